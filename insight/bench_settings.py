"""Settings for insight/bench_counting.py only: production-like (DEBUG off), its own SQLite file,
counting switched on or off by INSIGHT_COUNTING_ENABLED, Redis from INSIGHT_REDIS_URL."""

from cms.settings.base import *  # noqa: F401,F403
from cms.settings.environment import env_str

DEBUG = False
SECRET_KEY = "insight-bench-only-insecure-key"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": env_str("INSIGHT_BENCH_DB", "/tmp/h_insight_bench.sqlite3"),
    }
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
