"""Where counts wait between a page view and the next ``flush_stats``: never the database.

Two stores with the same small interface:

* ``RedisStore`` (``REDIS_URL`` / ``INSIGHT_REDIS_URL`` set): one hash of counters per day
  (``HINCRBY``), one HyperLogLog per day and scope for unique visitors (``PFADD``), and the day's
  salt (``SET NX`` with an expiry). Every app server shares it, so nothing is per-process.
* ``SpoolStore`` (a developer machine without Redis): append-only files in
  ``INSIGHT_SPOOL_DIR``, one line per count, written under an exclusive ``fcntl`` lock, so
  every process on *this machine* lands. It is not shared between servers: production runs
  with Redis.

The flush takes a day's counters away atomically (``RENAME`` of the hash or of the file) into a
*batch* named by a token, adds the batch to the database in one transaction that also records
the token, and then deletes the batch. A crash between those steps leaves the batch; the next
flush applies it once (its token is not in the database yet) or just deletes it (it is)."""

import fcntl
import os
import secrets
import uuid
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from django.conf import settings

SALT_TTL_SECONDS = 48 * 3600
COUNTER_TTL_SECONDS = 10 * 24 * 3600  # a safety net if cron never runs; flush normally empties them far sooner


class RedisStore:
    def __init__(self, url: str, prefix: str):
        import redis

        self.redis = redis.Redis.from_url(url, decode_responses=True, socket_timeout=2, socket_connect_timeout=2)
        self.prefix = prefix
        self._salts: dict[str, str] = {}

    def _key(self, *parts) -> str:
        return ":".join((self.prefix, *parts))

    # --- the request path: only increments -----------------------------------------------
    def salt(self, day: str) -> str:
        cached = self._salts.get(day)
        if cached:
            return cached
        key = self._key("salt", day)
        self.redis.set(key, secrets.token_hex(32), nx=True, ex=SALT_TTL_SECONDS)
        value = self.redis.get(key)
        self._salts = {day: value}  # only today's salt stays in this process's memory
        return value

    def record(self, day: str, counters, visitor: str | None = None, scopes=()):
        pipe = self.redis.pipeline(transaction=False)
        counter_key = self._key("c", day)
        for field in counters:
            pipe.hincrby(counter_key, field, 1)
        pipe.expire(counter_key, COUNTER_TTL_SECONDS)
        if visitor:
            for scope in scopes:
                uv_key = self._key("uv", day, scope)
                pipe.pfadd(uv_key, visitor)
                pipe.expire(uv_key, COUNTER_TTL_SECONDS)
        pipe.execute()

    # --- the flush ---------------------------------------------------------------------------
    def counter_days(self) -> list[str]:
        return sorted(key.rsplit(":", 1)[1] for key in self.redis.scan_iter(self._key("c", "*")))

    def claim(self, day: str) -> str | None:
        token = uuid.uuid4().hex
        try:
            self.redis.rename(self._key("c", day), self._key("batch", day, token))
        except Exception as error:  # redis.ResponseError: no such key
            if "no such key" in str(error).lower():
                return None
            raise
        return token

    def batches(self) -> list[tuple[str, str]]:
        found = []
        for key in self.redis.scan_iter(self._key("batch", "*")):
            day, token = key.split(":")[-2:]
            found.append((day, token))
        return sorted(found)

    def read_batch(self, day: str, token: str) -> dict[str, int]:
        return {field: int(value) for field, value in self.redis.hgetall(self._key("batch", day, token)).items()}

    def drop_batch(self, day: str, token: str):
        self.redis.delete(self._key("batch", day, token))

    def unique_days(self) -> list[str]:
        return sorted({key.split(":")[-2] for key in self.redis.scan_iter(self._key("uv", "*"))})

    def unique_counts(self, day: str) -> dict[str, int]:
        start = len(self._key("uv", day)) + 1
        return {key[start:]: self.redis.pfcount(key) for key in self.redis.scan_iter(self._key("uv", day, "*"))}

    def forget_day(self, day: str):
        """Destroy the day's salt and unique-visitor sketches: nobody can be followed further."""
        keys = list(self.redis.scan_iter(self._key("uv", day, "*")))
        self.redis.delete(self._key("salt", day), *keys)
        self._salts.pop(day, None)

    def has_salt(self, day: str) -> bool:
        return bool(self.redis.exists(self._key("salt", day)))

    def clear(self):
        """Remove every key of this store (tests only)."""
        keys = list(self.redis.scan_iter(self._key("*")))
        if keys:
            self.redis.delete(*keys)


class SpoolStore:
    def __init__(self, directory):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._salts: dict[str, str] = {}

    def _append(self, path: Path, lines: str):
        while True:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                try:
                    current = os.stat(path)
                except FileNotFoundError:
                    current = None
                if current is None or current.st_ino != os.fstat(fd).st_ino:
                    continue  # the flush took the file away while we waited: write to the new one
                os.write(fd, lines.encode())
                return
            finally:
                os.close(fd)

    def salt(self, day: str) -> str:
        cached = self._salts.get(day)
        if cached:
            return cached
        path = self.directory / f"salt-{day}"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as file:
                file.write(secrets.token_hex(32))
        for _attempt in range(50):
            value = path.read_text().strip()
            if value:
                break
        self._salts = {day: value}
        return value

    def record(self, day: str, counters, visitor: str | None = None, scopes=()):
        if counters:
            self._append(self.directory / f"c-{day}.log", "".join(f"{field}\n" for field in counters))
        if visitor and scopes:
            self._append(self.directory / f"uv-{day}.log", "".join(f"{scope}\t{visitor}\n" for scope in scopes))

    def counter_days(self) -> list[str]:
        return sorted(path.name[2:-4] for path in self.directory.glob("c-*.log"))

    def claim(self, day: str) -> str | None:
        token = uuid.uuid4().hex
        try:
            os.rename(self.directory / f"c-{day}.log", self.directory / f"batch-{day}-{token}.log")
        except FileNotFoundError:
            return None
        return token

    def batches(self) -> list[tuple[str, str]]:
        return sorted(tuple(path.name[6:-4].rsplit("-", 1)) for path in self.directory.glob("batch-*.log"))

    def read_batch(self, day: str, token: str) -> dict[str, int]:
        path = self.directory / f"batch-{day}-{token}.log"
        with open(path) as file:
            fcntl.flock(file, fcntl.LOCK_EX)  # a writer that opened the file before the rename finishes first
            return dict(Counter(line.rstrip("\n") for line in file if line.strip()))

    def drop_batch(self, day: str, token: str):
        (self.directory / f"batch-{day}-{token}.log").unlink(missing_ok=True)

    def unique_days(self) -> list[str]:
        return sorted(path.name[3:-4] for path in self.directory.glob("uv-*.log"))

    def unique_counts(self, day: str) -> dict[str, int]:
        visitors = defaultdict(set)
        path = self.directory / f"uv-{day}.log"
        if path.exists():
            with open(path) as file:
                fcntl.flock(file, fcntl.LOCK_SH)
                for line in file:
                    scope, _, visitor = line.rstrip("\n").partition("\t")
                    visitors[scope].add(visitor)
        return {scope: len(hashes) for scope, hashes in visitors.items()}

    def forget_day(self, day: str):
        (self.directory / f"uv-{day}.log").unlink(missing_ok=True)
        (self.directory / f"salt-{day}").unlink(missing_ok=True)
        self._salts.pop(day, None)

    def has_salt(self, day: str) -> bool:
        return (self.directory / f"salt-{day}").exists()

    def clear(self):
        for path in self.directory.iterdir():
            path.unlink()


@lru_cache(maxsize=4)
def _store_for(url: str, prefix: str, spool_dir: str):
    if url:
        return RedisStore(url, prefix)
    return SpoolStore(spool_dir)


def get_store():
    return _store_for(settings.INSIGHT_REDIS_URL, settings.INSIGHT_REDIS_PREFIX, str(settings.INSIGHT_SPOOL_DIR))
