#!/usr/bin/env python
"""The benchmark behind ``make bench``: build (once) a data set of 20,000 offers in a separate
database, serve it with gunicorn on 127.0.0.1, and measure four URLs against the framework
floor (a bare Django view behind the same middleware).

    .venv/bin/python bench/run.py [--database auto|postgres|sqlite] [--rebuild] [--seconds N]

See docs/benchmark.md. Only ever talks to 127.0.0.1; never touches the developer's database."""

import argparse
import csv
import datetime
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUTPUT = BENCH / "output"
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"

PG_HOST, PG_PORT, PG_USER = HOST, 5432, "postgres"
PG_NAME = "ikdoemee_bench"  # cms.settings.bench refuses any other PostgreSQL database
SQLITE_FILE = OUTPUT / "bench.sqlite3"  # … and any other SQLite file

BUSY_LIMIT = 25  # % CPU used by other processes before the load: above it, warn
OTHER_CPU_LIMIT = 10  # % CPU used by other processes during a measurement: above it, warn

ENDPOINTS = ("home", "municipality", "offer", "floor")


class BenchError(Exception):
    pass


def say(text=""):
    print(text, flush=True)


# --- database -------------------------------------------------------------------------------


def postgres_reachable() -> bool:
    try:
        import psycopg

        with psycopg.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, dbname="postgres", connect_timeout=3):
            return True
    except Exception:
        return False


def postgres_admin(sql_statements, dbname="postgres"):
    import psycopg

    with psycopg.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, dbname=dbname, autocommit=True) as conn:
        for sql in sql_statements:
            conn.execute(sql)


def postgres_exists() -> bool:
    import psycopg

    with psycopg.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, dbname="postgres") as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [PG_NAME]).fetchone() is not None


def reset_database(vendor: str):
    """Throw the benchmark database away (never any other)."""
    if vendor == "postgres":
        postgres_admin([f'DROP DATABASE IF EXISTS "{PG_NAME}" WITH (FORCE)'])
    else:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{SQLITE_FILE}{suffix}").unlink(missing_ok=True)


def ensure_database(vendor: str):
    if vendor == "postgres":
        if not postgres_exists():
            postgres_admin([f'CREATE DATABASE "{PG_NAME}"'])
            say(f"created PostgreSQL database {PG_NAME}")
    OUTPUT.mkdir(parents=True, exist_ok=True)


def database_url(vendor: str) -> str:
    if vendor == "postgres":
        return f"postgres://{PG_USER}@{PG_HOST}:{PG_PORT}/{PG_NAME}"
    return f"sqlite:///{SQLITE_FILE}"


# --- Django management commands -----------------------------------------------------------


class Manage:
    def __init__(self, vendor: str):
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.bench",
            "BENCH_DATABASE_URL": database_url(vendor),
            "PYTHONUNBUFFERED": "1",
        }

    def __call__(self, *args, echo=True, prefix="    ", max_lines=40) -> str:
        """Run manage.py, echo (up to max_lines of) its output as it comes, return all of it;
        raise on failure. The whole output goes to bench/output/logs/<command>.log."""
        logs = OUTPUT / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        log_path = logs / f"{args[0]}.log"
        process = subprocess.Popen(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        lines, shown = [], 0
        with open(log_path, "w") as log:
            for line in process.stdout:
                lines.append(line)
                log.write(line)
                if echo and not line.startswith("BENCH_"):
                    shown += 1
                    if shown <= max_lines:
                        print(prefix + line.rstrip(), flush=True)
        if echo and shown > max_lines:
            say(f"{prefix}… {shown - max_lines} more lines in {log_path.relative_to(ROOT)}")
        if process.wait() != 0:
            if not echo:
                sys.stdout.write("".join(lines[-max_lines:]))
            raise BenchError(
                f"manage.py {' '.join(args)} failed (exit {process.returncode}); "
                f"full output in {log_path.relative_to(ROOT)}"
            )
        return "".join(lines)

    def json(self, *args):
        output = self(*args, echo=False)
        return json.loads(output.strip().splitlines()[-1])


def is_built(status: dict, offers: int, featured: int) -> bool:
    return (
        "error" not in status
        and status["bench_offers"] == offers
        and status.get("featured", {}).get("offers") == featured
        and status["indexed_offers"] >= status["bench_offers"]
    )


def build(manage: Manage, vendor: str, args) -> dict:
    steps = {}

    def step(name, *command, echo=True):
        say(f"  {name}: manage.py {' '.join(command)}")
        started = time.perf_counter()
        output = manage(*command, echo=echo)
        steps[name] = round(time.perf_counter() - started, 1)
        say(f"  {name}: {steps[name]} s")
        return output

    started = time.perf_counter()
    step("migrate", "migrate", "--noinput", echo=False)
    step("municipalities", "load_municipalities")
    output = step(
        "offers", "build_bench_data", "--offers", str(args.offers), "--featured-offers", str(args.featured_offers)
    )
    rate = next(
        (
            dict(kv.split("=") for kv in line.split()[1:])
            for line in output.splitlines()
            if line.startswith("BENCH_BUILD")
        ),
        {},
    )
    output = step("fixtree", "fixtree", "--noinput")
    if output.count("No problems found.") != 2 or "Incorrect" in output or "Orphaned" in output:
        raise BenchError("fixtree found problems in the bulk-built tree (see above).")
    step("update_index", "update_index")
    if vendor == "postgres":
        # What autovacuum would do within minutes: without statistics on the 20,000 fresh rows
        # the planner guesses (e.g. 8 pages per locale) and picks bad plans for the first runs.
        say("  analyze: VACUUM ANALYZE")
        analyze_started = time.perf_counter()
        postgres_admin(["VACUUM ANALYZE"], dbname=PG_NAME)
        steps["analyze"] = round(time.perf_counter() - analyze_started, 1)
        say(f"  analyze: {steps['analyze']} s")
    total = round(time.perf_counter() - started, 1)
    info = {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "database": vendor,
        "offers": int(rate.get("offers", 0)),
        "bulk_seconds": float(rate.get("seconds", 0)),
        "bulk_pages_per_second": float(rate.get("rate", 0)),
        "steps_seconds": steps,
        "total_seconds": total,
    }
    (OUTPUT / f"build-{vendor}.json").write_text(json.dumps(info, indent=2))
    say(f"  data set built in {total} s; bulk load {info['bulk_pages_per_second']:,.0f} pages/s")
    return info


# --- gunicorn -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def fetch(port: int, path: str, timeout: float = 30) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": f"{HOST}:{port}"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


class Gunicorn:
    def __init__(self, manage: Manage, workers: int):
        self.env = manage.env
        self.workers = workers
        self.port = free_port()
        self.log_path = OUTPUT / "gunicorn.log"
        self.process = None

    def start(self):
        executable = BIN / "gunicorn"
        if not executable.exists():
            executable = shutil.which("gunicorn") or "gunicorn"
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen(
            [
                str(executable),
                "cms.wsgi:application",
                "--bind",
                f"{HOST}:{self.port}",
                "--workers",
                str(self.workers),
                "--chdir",
                str(ROOT),
                "--no-control-socket",
                "--timeout",
                "60",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches run.py, which stops gunicorn itself
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"gunicorn exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                status, _body = fetch(self.port, "/bench/floor/", timeout=2)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise BenchError(f"gunicorn did not answer within 60 s:\n{self.log_tail()}")

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()  # graceful: the master stops its workers
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)  # its own session, started above
            self.process.wait()
        self.log.close()

    def log_tail(self, lines=30) -> str:
        self.log.flush()
        return "".join(self.log_path.read_text(errors="replace").splitlines(keepends=True)[-lines:])


def check_listing(port: int, path: str, first_page: bytes, offer_urls: list[str], problems: list[str]):
    """The municipality page must link every one of its offers, on its first page or on the
    following pages of its pagination (?page=2, 3, … until a page brings nothing new)."""
    wanted, seen, pages = set(offer_urls), set(), 0
    body = first_page
    while True:
        pages += 1
        html = body.decode("utf-8", errors="replace")
        new = {url for url in wanted - seen if f'"{url}"' in html}
        if not new or pages > 50:
            break
        seen |= new
        if seen == wanted:
            break
        status, body = fetch(port, f"{path}?page={pages + 1}")
        if status != 200:
            problems.append(f"municipality: GET {path}?page={pages + 1} answered {status}")
            break
    first = sum(1 for url in wanted if f'"{url}"'.encode() in first_page)
    say(f"   {'municipality':<13} links {first} offers on its first page, {len(seen)} of {len(wanted)} in all")
    if seen != wanted:
        missing = sorted(wanted - seen)
        problems.append(f"municipality page does not link {len(missing)} of its offers, e.g. {missing[:3]}")


# --- load generators ------------------------------------------------------------------------


def run_wrk(url: str, seconds: int, connections: int) -> dict:
    command = [
        shutil.which("wrk"),
        "-t",
        str(min(2, connections)),
        "-c",
        str(connections),
        "-d",
        f"{seconds}s",
        "--timeout",
        "10s",
        "-s",
        str(BENCH / "wrk_report.lua"),
        url,
    ]
    finished = subprocess.run(command, capture_output=True, text=True)
    if finished.returncode != 0:
        raise BenchError(f"wrk failed (exit {finished.returncode}): {finished.stderr or finished.stdout}")
    output = finished.stdout
    line = next((line for line in output.splitlines() if line.startswith("BENCH_JSON ")), None)
    if line is None:
        raise BenchError(f"wrk printed no result:\n{output}")
    raw = json.loads(line[len("BENCH_JSON ") :])
    duration = raw["duration_us"] / 1e6
    errors = {f"HTTP {code}": n for code, n in raw["statuses"].items() if code != "200"}
    errors.update({f"socket {kind}": n for kind, n in raw["socket_errors"].items() if n})
    ok = raw["statuses"].get("200", 0)
    return {
        "requests": raw["requests"],
        "requests_per_s": raw["requests"] / duration,
        "p50_ms": raw["latency_us"]["p50"] / 1000,
        "p95_ms": raw["latency_us"]["p95"] / 1000,
        "p99_ms": raw["latency_us"]["p99"] / 1000,
        "errors": sum(errors.values()),
        "error_kinds": errors,
        "bytes_per_response": round(raw["bytes"] / raw["requests"]) if raw["requests"] else 0,
        "ok": ok,
    }


def number(text: str) -> float:
    try:
        return float(text)
    except ValueError:  # locust writes N/A when nothing finished
        return 0.0


def run_locust(url: str, seconds: int, connections: int) -> dict:
    scheme_host, _, path = url.partition(HOST)
    port, _, path = path.partition("/")
    host, path = f"{scheme_host}{HOST}{port}", f"/{path}"
    executable = BIN / "locust"
    if not executable.exists():
        executable = shutil.which("locust") or "locust"
    with tempfile.TemporaryDirectory() as folder:
        prefix = Path(folder) / "locust"
        subprocess.run(
            [
                str(executable),
                "-f",
                str(BENCH / "locustfile.py"),
                "--headless",
                "-u",
                str(connections),
                "-r",
                str(connections),
                "-t",
                f"{seconds}s",
                "--host",
                host,
                "--csv",
                str(prefix),
                "--only-summary",
                "--loglevel",
                "ERROR",
            ],
            env={**os.environ, "BENCH_PATH": path},
            capture_output=True,
            text=True,
        )
        try:
            with open(f"{prefix}_stats.csv", newline="") as handle:
                row = next(r for r in csv.DictReader(handle) if r["Name"] == "Aggregated")
            with open(f"{prefix}_failures.csv", newline="") as handle:
                failures = {
                    re.sub(r"^CatchResponseError\('(.*)'\)$", r"\1", r["Error"]): int(r["Occurrences"])
                    for r in csv.DictReader(handle)
                }
        except (OSError, StopIteration) as error:
            raise BenchError(f"locust produced no statistics: {error}") from error
    requests = int(row["Request Count"])
    return {
        "requests": requests,
        "requests_per_s": number(row["Requests/s"]),
        "p50_ms": number(row["50%"]),
        "p95_ms": number(row["95%"]),
        "p99_ms": number(row["99%"]),
        "errors": int(row["Failure Count"]),
        "error_kinds": failures,
        "bytes_per_response": round(number(row["Average Content Size"])),
        "ok": requests - int(row["Failure Count"]),
    }


def cpu_busy_percent(seconds: float = 1.0) -> float | None:
    """How busy the CPUs are (all processes) over a short sample, from /proc/stat (Linux)."""

    def sample():
        with open("/proc/stat") as handle:
            values = [int(v) for v in handle.readline().split()[1:]]
        return sum(values), values[3] + values[4]  # total, idle + iowait

    try:
        total_a, idle_a = sample()
        time.sleep(seconds)
        total_b, idle_b = sample()
    except OSError:
        return None
    total = total_b - total_a
    return round(100 * (1 - (idle_b - idle_a) / total), 1) if total else None


class CpuWatch:
    """Where the CPU went during a measurement: gunicorn (master and workers), the load
    generator (a child of this process), and everything else — other processes on the machine,
    whose share makes the numbers incomparable."""

    def __init__(self, gunicorn_pid: int):
        self.gunicorn_pid = gunicorn_pid
        self.ticks_per_second = os.sysconf("SC_CLK_TCK")

    @staticmethod
    def _machine():
        with open("/proc/stat") as handle:
            values = [int(v) for v in handle.readline().split()[1:]]
        return sum(values), values[3] + values[4]

    @staticmethod
    def _process(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rpartition(")")[2].split()
            return int(fields[11]) + int(fields[12])  # utime + stime
        except (OSError, IndexError, ValueError):
            return 0

    def _server(self) -> tuple[int, int]:
        """CPU ticks of gunicorn (master and workers) and of the PostgreSQL backends serving the
        benchmark database (their process title names it)."""
        gunicorn, database = {self.gunicorn_pid}, set()
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    if int(handle.read().rpartition(")")[2].split()[1]) == self.gunicorn_pid:
                        gunicorn.add(int(entry))
                        continue
                with open(f"/proc/{entry}/cmdline", "rb") as handle:
                    if f" {PG_NAME} ".encode() in handle.read():
                        database.add(int(entry))
            except (OSError, IndexError, ValueError):
                pass
        return sum(self._process(pid) for pid in gunicorn), sum(self._process(pid) for pid in database)

    def _children(self) -> float:
        times = os.times()
        return (times.children_user + times.children_system) * self.ticks_per_second

    def __enter__(self):
        self.start = (self._machine(), self._server(), self._children())
        return self

    def __exit__(self, *exc):
        (total_a, idle_a), (gunicorn_a, database_a), children_a = self.start
        (total_b, idle_b), (gunicorn_b, database_b), children_b = self._machine(), self._server(), self._children()
        total = max(total_b - total_a, 1)
        busy = total - (idle_b - idle_a)
        gunicorn, database, loadgen = gunicorn_b - gunicorn_a, database_b - database_a, children_b - children_a
        self.server_cpu_seconds = (gunicorn + database) / self.ticks_per_second
        self.result = {
            "gunicorn_cpu_percent": round(100 * gunicorn / total, 1),
            "database_cpu_percent": round(100 * database / total, 1),
            "loadgen_cpu_percent": round(100 * loadgen / total, 1),
            "other_cpu_percent": round(max(0.0, 100 * (busy - gunicorn - database - loadgen) / total), 1),
        }
        return False


# --- report ---------------------------------------------------------------------------------


def print_table(results: list[dict]):
    header = (
        f"{'endpoint':<14}{'requests/s':>12}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}"
        f"{'CPU ms/req':>12}{'share of floor':>16}"
    )
    say(header)
    say("-" * len(header))
    for r in results:
        cpu = f"{r['cpu_ms_per_request']:.2f}" if "cpu_ms_per_request" in r else "-"
        say(
            f"{r['endpoint']:<14}{r['requests_per_s']:>12,.1f}{r['p50_ms']:>9.1f}{r['p95_ms']:>9.1f}"
            f"{r['p99_ms']:>9.1f}{r['errors']:>8}{cpu:>12}{r['share_of_floor']:>16.2f}"
        )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--database",
        choices=["auto", "postgres", "sqlite"],
        default="auto",
        help="auto: PostgreSQL on 127.0.0.1:5432 when reachable, else SQLite",
    )
    parser.add_argument("--rebuild", action="store_true", help="throw the benchmark database away and rebuild it")
    parser.add_argument("--seconds", type=int, default=10, help="measurement per endpoint, seconds (default 10)")
    parser.add_argument("--warmup", type=int, default=2, help="warm-up per endpoint, not measured (default 2)")
    parser.add_argument("--connections", type=int, default=8, help="concurrent connections (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument(
        "--tool",
        choices=["auto", "wrk", "locust"],
        default="auto",
        help="load generator: wrk when installed, else locust (headless)",
    )
    parser.add_argument(
        "--wait-idle",
        type=int,
        default=0,
        metavar="SECONDS",
        help="wait up to this long for other processes to leave the CPU before measuring (default 0)",
    )
    parser.add_argument("--offers", type=int, default=20_000, help=argparse.SUPPRESS)
    parser.add_argument("--featured-offers", type=int, default=100, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that finally: stops gunicorn
    started = time.perf_counter()

    vendor = args.database
    if vendor == "auto":
        vendor = "postgres" if postgres_reachable() else "sqlite"
    elif vendor == "postgres" and not postgres_reachable():
        raise BenchError(f"PostgreSQL is not reachable on {PG_HOST}:{PG_PORT} as {PG_USER}.")
    tool = args.tool
    if tool == "auto":
        tool = "wrk" if shutil.which("wrk") else "locust"
    elif tool == "wrk" and not shutil.which("wrk"):
        raise BenchError("wrk is not installed (apt-get install wrk), use --tool locust")
    load = run_wrk if tool == "wrk" else run_locust

    say(f"== database: {vendor} ({database_url(vendor)})")
    if args.rebuild:
        say("   --rebuild: dropping the benchmark database")
        reset_database(vendor)
    ensure_database(vendor)
    manage = Manage(vendor)

    say("== data set")
    manage("migrate", "--noinput", echo=False)
    status = manage.json("bench_status")
    build_info = None
    if not is_built(status, args.offers, args.featured_offers):
        if status.get("municipality_pages") or status.get("offers"):
            say("   an incomplete or different data set is there: starting from an empty database")
            reset_database(vendor)
            ensure_database(vendor)
        say(f"   building {args.offers:,} offers ({args.featured_offers} under the featured municipality)…")
        build_info = build(manage, vendor, args)
        status = manage.json("bench_status")
        if not is_built(status, args.offers, args.featured_offers):
            raise BenchError(f"the data set is not complete after building: {status}")
    else:
        say("   already built (use --rebuild to start over)")
        stored = OUTPUT / f"build-{vendor}.json"
        if stored.exists():
            build_info = json.loads(stored.read_text())
    featured = status["featured"]
    say(
        f"   {status['pages']:,} pages, {status['offers']:,} offers ({status['live_offers']:,} live), "
        f"{status['municipality_pages']} municipality "
        f"pages; {featured['title']} ({featured['url']}) has {featured['offers']} offers"
    )
    if build_info:
        say(
            f"   built {build_info['date']}: {build_info['total_seconds']} s in all, bulk load "
            f"{build_info['bulk_pages_per_second']:,.0f} pages/s ({build_info['steps_seconds']})"
        )

    paths = {
        "home": status["home_url"],
        "municipality": featured["url"],
        "offer": featured["offer_url"],
        "floor": "/bench/floor/",
    }

    say("== static files")
    manage("bench_collectstatic", prefix="   ")

    say("== queries per request (in-process, warm caches)")
    queries = manage.json("bench_queries", *(f"{name}={path}" for name, path in paths.items()))
    for name in ENDPOINTS:
        q = queries[name]
        say(
            f"   {name:<13} {q['queries']:>3} queries, {q['sql_ms']:>6.1f} ms SQL, {q['response_ms']:>6.1f} ms, "
            f"{q['bytes']:>7,} bytes, HTTP {q['status']}"
        )
        for repeated in q["repeated"]:
            say(f"      repeated {repeated['count']}×: {repeated['sql'][:160]}")

    gunicorn = Gunicorn(manage, args.workers)
    results, problems, warnings, machine = [], [], [], {}
    try:
        say(f"== gunicorn: {args.workers} workers on http://{HOST}:{gunicorn.port} (log: {gunicorn.log_path})")
        gunicorn.start()

        busy = cpu_busy_percent()
        waited_until = time.monotonic() + args.wait_idle
        while busy is not None and busy > BUSY_LIMIT and time.monotonic() < waited_until:
            say(f"   the machine is {busy}% busy: waiting for it to quiet down (--wait-idle)")
            time.sleep(4)
            busy = cpu_busy_percent()
        machine = {"cores": os.cpu_count(), "busy_percent_before_load": busy, "loadavg": os.getloadavg()}
        say(
            f"== machine: {machine['cores']} cores, {busy}% busy before the load starts, "
            f"load average {machine['loadavg'][0]:.2f}"
        )
        if busy is not None and busy > BUSY_LIMIT:
            warnings.append(
                f"the machine was {busy}% busy before the load started (other processes): "
                "these numbers are not comparable with a quiet run"
            )
            say(f"   WARNING: {warnings[-1]}")

        say("== checks")
        for name in ENDPOINTS:
            status_code, body = fetch(gunicorn.port, paths[name])
            say(f"   {name:<13} GET {paths[name]} → {status_code}, {len(body):,} bytes")
            if status_code != 200:
                problems.append(f"{name}: GET {paths[name]} answered {status_code}")
            if name == "municipality" and status_code == 200:
                check_listing(gunicorn.port, paths[name], body, featured["offer_urls"], problems)

        say(f"== load: {tool}, {args.connections} connections, {args.warmup} s warm-up + {args.seconds} s per endpoint")
        for name in ENDPOINTS:
            url = f"http://{HOST}:{gunicorn.port}{paths[name]}"
            if args.warmup > 0:
                load(url, args.warmup, args.connections)
            try:
                with CpuWatch(gunicorn.process.pid) as cpu:
                    measured = load(url, args.seconds, args.connections)
                cpu_use = cpu.result
                if measured["requests"]:
                    # CPU time gunicorn and PostgreSQL spent per request: unlike requests/s, hardly
                    # affected by other processes competing for the CPU.
                    cpu_use["cpu_ms_per_request"] = round(1000 * cpu.server_cpu_seconds / measured["requests"], 2)
            except OSError:  # no /proc (not Linux)
                measured, cpu_use = load(url, args.seconds, args.connections), {}
            result = {"endpoint": name, "path": paths[name], **measured, **cpu_use}
            results.append(result)
            if cpu_use.get("other_cpu_percent", 0) > OTHER_CPU_LIMIT:
                warnings.append(
                    f"{name}: other processes used {cpu_use['other_cpu_percent']}% of the CPU during the measurement"
                )
            say(
                f"   {name:<13} {result['requests_per_s']:>9,.1f} requests/s, p50 {result['p50_ms']:.1f} ms, "
                f"{result['errors']} errors"
                + (
                    f"; CPU: gunicorn {cpu_use['gunicorn_cpu_percent']}%, "
                    + (f"PostgreSQL {cpu_use['database_cpu_percent']}%, " if vendor == "postgres" else "")
                    + f"{tool} {cpu_use['loadgen_cpu_percent']}%, other {cpu_use['other_cpu_percent']}%"
                    if cpu_use
                    else ""
                )
            )
            if result["errors"]:
                kinds = ", ".join(f"{kind} ×{n}" for kind, n in result["error_kinds"].items())
                problems.append(f"{name}: {result['errors']} of {result['requests']} responses were errors ({kinds})")
        if problems:
            say("\n== gunicorn log (tail)\n" + gunicorn.log_tail())
    finally:
        gunicorn.stop()

    floor_result = next(r for r in results if r["endpoint"] == "floor")
    floor, floor_cpu = floor_result["requests_per_s"], floor_result.get("cpu_ms_per_request")
    for r in results:
        r["share_of_floor"] = round(r["requests_per_s"] / floor, 4) if floor else 0.0
        if floor_cpu and r.get("cpu_ms_per_request"):
            # The same ratio from CPU time per request: steadier on a machine shared with others.
            r["cpu_share_of_floor"] = round(floor_cpu / r["cpu_ms_per_request"], 3)
        r["queries"] = queries[r["endpoint"]]["queries"]

    say()
    say(
        f"database: {vendor} ({'PostgreSQL ' + PG_NAME if vendor == 'postgres' else SQLITE_FILE.relative_to(ROOT)}); "
        f"data set: {status['pages']:,} pages, {status['offers']:,} offers, "
        f"{featured['offers']} on {featured['url']}"
    )
    say(
        f"load: {tool}, {args.connections} connections, {args.seconds} s per endpoint; "
        f"gunicorn {args.workers} sync workers"
    )
    say()
    print_table(results)
    report = {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "database": vendor,
        "dataset": {
            "pages": status["pages"],
            "offers": status["offers"],
            "live_offers": status["live_offers"],
            "municipality_pages": status["municipality_pages"],
            "featured_offers": featured["offers"],
        },
        "load": {
            "tool": tool,
            "connections": args.connections,
            "seconds": args.seconds,
            "warmup_seconds": args.warmup,
            "gunicorn_workers": args.workers,
        },
        "build": build_info,
        "machine": machine,
        "warnings": warnings,
        "results": [
            {key: (round(value, 4) if isinstance(value, float) else value) for key, value in r.items()} for r in results
        ],
        "queries": queries,
        "problems": problems,
    }
    (OUTPUT / "latest.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    say(f"\nwritten to {(OUTPUT / 'latest.json').relative_to(ROOT)}; run took {time.perf_counter() - started:.0f} s")
    for warning in warnings:
        say(f"WARNING: {warning}")
    if problems:
        say("\nPROBLEMS:")
        for problem in problems:
            say(f"  - {problem}")
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as error:
        print(f"bench: {error}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("bench: interrupted", file=sys.stderr)
        sys.exit(130)
