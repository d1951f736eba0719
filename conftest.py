"""Shared pytest set-up.

The test database gets the municipalities once per session (304 pages cost seconds, not
something to repeat per test); every test then runs in a transaction that is rolled back.

Tests marked ``postgres`` or ``browser`` skip with a reason where PostgreSQL or Chromium is
missing. CI sets IKDOEMEE_REQUIRE_POSTGRES / IKDOEMEE_REQUIRE_BROWSER so that such a skip
fails the run instead of hiding."""

import os
import shutil

import pytest
from django.core.management import call_command
from django.db import connection


def _required(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0", "false")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_municipalities", verbosity=0, stdout=open(os.devnull, "w"))


def _redis_reachable() -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


MISSING = {
    "postgres": (
        "IKDOEMEE_REQUIRE_POSTGRES",
        lambda: connection.vendor != "postgresql",
        "needs PostgreSQL: run with DATABASE_URL=postgres://…",
    ),
    "redis": (
        "IKDOEMEE_REQUIRE_REDIS",
        lambda: not _redis_reachable(),
        "needs Redis on 127.0.0.1:6379: redis-server --daemonize yes --bind 127.0.0.1 --save ''",
    ),
    "browser": (
        "IKDOEMEE_REQUIRE_BROWSER",
        lambda: not shutil.which("chromium"),
        "needs Chromium: apt-get install chromium chromium-driver",
    ),
}


@pytest.fixture(autouse=True)
def interface_language():
    """Each test starts in English (the msgids) and leaves no language behind: Django keeps the
    last activated language per thread, so one test's /ar/ request would otherwise turn the next
    test's command output Arabic. Requests still pick their language from the URL."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


def pytest_runtest_setup(item):
    for marker, (variable, is_missing, reason) in MISSING.items():
        if item.get_closest_marker(marker) and is_missing():
            if _required(variable):
                pytest.fail(f"{reason} ({variable} is set, so this may not be skipped)", pytrace=False)
            pytest.skip(reason)
