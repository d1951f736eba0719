"""A real server for the browser tests: its own throwaway SQLite database, migrated and filled
once per session (pytest-django's transactional ``live_server`` would flush the session's
municipalities), served by ``manage.py runserver --noreload --insecure`` on a free port."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def site_server():
    workdir = Path(tempfile.mkdtemp(prefix="ikdoemee-browser-"))
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="cms.settings.test",
        DATABASE_URL=f"sqlite:///{workdir / 'site.sqlite3'}",
        PYTHONUNBUFFERED="1",
    )
    manage = [sys.executable, str(ROOT / "manage.py")]
    log = open(workdir / "server.log", "w")
    for command in (
        ["migrate", "--no-input", "-v", "0"],
        ["load_municipalities", "-v", "0"],
        ["shell", "-c", "from home.tests.browser_site import build; build()"],
    ):
        subprocess.run(manage + command, env=env, cwd=ROOT, check=True, stdout=log, stderr=subprocess.STDOUT)
    port = _free_port()
    server = subprocess.Popen(
        manage + ["runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/robots.txt", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError(f"the test server did not start: see {workdir / 'server.log'}")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
