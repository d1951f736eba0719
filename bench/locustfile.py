"""Fallback load generator for bench/run.py when wrk is not installed: one path (BENCH_PATH),
no think time, every response that is not a 200 counts as a failure."""

import os

from locust import FastHttpUser, constant, task

PATH = os.environ.get("BENCH_PATH", "/bench/floor/")


class BenchUser(FastHttpUser):
    wait_time = constant(0)

    @task
    def get(self):
        with self.client.get(PATH, name=PATH, catch_response=True, allow_redirects=False) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
