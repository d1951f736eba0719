"""Count the SQL queries each benchmarked URL runs once caches are warm, and flag repeated
queries (the usual sign of an N+1). Uses Django's test client in-process: no network."""

import json
import re
import time
from collections import Counter

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

NUMBERS = re.compile(r"\b\d+\b")
STRINGS = re.compile(r"'(?:[^']|'')*'")


def shape(sql: str) -> str:
    return NUMBERS.sub("?", STRINGS.sub("?", sql))


class Command(BaseCommand):
    help = "Print, as JSON, the queries per request of the given paths."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="name=path pairs, e.g. home=/nl/")

    def handle(self, *args, **options):
        client = Client(HTTP_HOST="127.0.0.1")
        result = {}
        for pair in options["paths"]:
            name, _, path = pair.partition("=")
            client.get(path)  # warm: site root paths, template cache, content types
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(path)
                elapsed = time.perf_counter() - started
            shapes = Counter(shape(q["sql"]) for q in queries.captured_queries)
            repeated = [(count, sql) for sql, count in shapes.most_common(3) if count > 2]
            result[name] = {
                "path": path,
                "status": response.status_code,
                "queries": len(queries.captured_queries),
                "sql_ms": round(sum(float(q["time"]) for q in queries.captured_queries) * 1000, 1),
                "response_ms": round(elapsed * 1000, 1),
                "bytes": len(response.content),
                "repeated": [{"count": count, "sql": sql[:300]} for count, sql in repeated],
            }
        self.stdout.write(json.dumps(result))
