"""Settings for the benchmark (``make bench``, ``bench/run.py``) and nothing else.

Production-like (DEBUG off, cached templates, whitenoise) but self-contained: its own database,
static and media folders, so it can never touch the developer's data or production's."""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .base import BASE_DIR, INSTALLED_APPS, STORAGES
from .environment import env_str

DEBUG = False
# Fixed, public, worthless key: only ever used by the benchmark on 127.0.0.1.
SECRET_KEY = "bench-only-insecure-key-do-not-use-anywhere-else"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
CSRF_TRUSTED_ORIGINS = []

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]
# cms.urls uses i18n_patterns, which Django refuses inside include(): bench.urls extends the
# list instead and puts the framework floor (/bench/floor/) in front.
ROOT_URLCONF = "bench.urls"

BENCH_OUTPUT_DIR = BASE_DIR / "bench" / "output"
BENCH_POSTGRES_NAME = "ikdoemee_bench"
BENCH_SQLITE_FILE = BENCH_OUTPUT_DIR / "bench.sqlite3"

# The benchmark's own database, chosen by bench/run.py. DATABASE_URL is ignored on purpose.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("BENCH_DATABASE_URL", f"sqlite:///{BENCH_SQLITE_FILE}"),
        conn_max_age=600,
        conn_health_checks=True,
    )
}
_db = DATABASES["default"]
if _db["ENGINE"].endswith("postgresql"):
    if _db["NAME"] != BENCH_POSTGRES_NAME:
        raise ImproperlyConfigured(f"The benchmark only uses the PostgreSQL database {BENCH_POSTGRES_NAME!r}.")
elif _db["ENGINE"].endswith("sqlite3"):
    if Path(_db["NAME"]).resolve() != BENCH_SQLITE_FILE.resolve():
        raise ImproperlyConfigured(f"The benchmark only uses the SQLite file {BENCH_SQLITE_FILE}.")
else:
    raise ImproperlyConfigured("The benchmark runs on PostgreSQL or SQLite.")

# One cache per gunicorn worker, as in a single-server deployment without REDIS_URL.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Static files served by whitenoise from a bench-only folder; uploads in a bench-only folder.
STATIC_ROOT = BENCH_OUTPUT_DIR / "static"
MEDIA_ROOT = BENCH_OUTPUT_DIR / "media"
STORAGES = {
    **STORAGES,
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Nothing leaves the machine.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
DEMO_CONTENT_ALLOWED = False
