"""Benchmark (not a test): page throughput with usage counting on and off.

Starts gunicorn twice on 127.0.0.1 (counting on, then off; settings insight.bench_settings, its
own SQLite file, Redis DB 12) and fetches an offer page in a bounded loop from a few threads. With
counting on, every page view also fetches the beacon the page's script would load, so the
figure is "page views per second including their counting". Prints both rates and the ratio.

    .venv/bin/python insight/bench_counting.py [--requests 2000] [--threads 4]
"""

import argparse
import http.client
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PORT = 8765
BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126 Mobile Safari/537.36"


def environment(counting: bool) -> dict:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="insight.bench_settings",
        INSIGHT_COUNTING_ENABLED="true" if counting else "false",
        INSIGHT_REDIS_URL=os.environ.get("INSIGHT_BENCH_REDIS_URL", "redis://127.0.0.1:6379/12"),
        INSIGHT_REDIS_PREFIX="insight-bench",
        HOME=os.environ.get("HOME", "/tmp"),
    )
    return env


def prepare():
    env = environment(True)
    manage = [PYTHON, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([*manage, "load_municipalities", "-v0"], cwd=ROOT, env=env, check=True)
    script = (
        "from offers.models import OfferPage\n"
        "from offers.tests.factories import offer\n"
        "page = OfferPage.objects.live().first() or offer()\n"
        "print(page.url)\n"
    )
    result = subprocess.run(
        [*manage, "shell", "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return result.stdout.strip().splitlines()[-1]


def fetch(connection, path):
    connection.request("GET", path, headers={"User-Agent": BROWSER, "Host": f"127.0.0.1:{PORT}"})
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        raise RuntimeError(f"{path}: {response.status}")
    return body


def run(counting: bool, path: str, total: int, threads: int) -> float:
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "cms.wsgi", "-w", "2", "-b", f"127.0.0.1:{PORT}", "--log-level", "warning"],
        cwd=ROOT,
        env=environment(counting),
    )
    try:
        for _ in range(100):
            try:
                fetch(http.client.HTTPConnection("127.0.0.1", PORT, timeout=5), path)
                break
            except OSError:
                time.sleep(0.2)
        html = fetch(http.client.HTTPConnection("127.0.0.1", PORT, timeout=5), path).decode()
        match = re.search(r'src="(/i/v\.gif\?[^"]+)"', html)
        beacon = match.group(1).replace("&amp;", "&") + "&rh=" if match else None
        if counting and not beacon:
            raise RuntimeError("counting is on but the page has no beacon")
        per_thread = total // threads

        def worker():
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
            for _ in range(per_thread):
                fetch(connection, path)
                if beacon:
                    fetch(connection, beacon)

        workers = [threading.Thread(target=worker) for _ in range(threads)]
        start = time.perf_counter()
        for thread in workers:
            thread.start()
        for thread in workers:
            thread.join()
        return per_thread * threads / (time.perf_counter() - start)
    finally:
        server.terminate()
        server.wait(10)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=4)
    options = parser.parse_args()
    path = prepare()
    off = run(False, path, options.requests, options.threads)
    on = run(True, path, options.requests, options.threads)
    print(f"page: {path}")
    print(f"counting off: {off:.0f} page views/s")
    print(f"counting on:  {on:.0f} page views/s (each with its beacon request)")
    print(f"on/off ratio: {on / off:.2f}")
    import redis

    client = redis.Redis.from_url(environment(True)["INSIGHT_REDIS_URL"])
    keys = list(client.scan_iter("insight-bench:*"))
    if keys:
        client.delete(*keys)  # the benchmark's counts are never flushed anywhere


if __name__ == "__main__":
    sys.exit(main())
