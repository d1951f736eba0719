"""The settings read the environment safely; production refuses unsafe defaults."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _import_settings(module: str, **env) -> subprocess.CompletedProcess:
    unset = ("DATABASE_URL", "SECRET_KEY", "REDIS_URL", "AWS_STORAGE_BUCKET_NAME")
    environment = {key: value for key, value in os.environ.items() if key not in unset}
    environment.update(env)
    code = (
        f"import django, os; os.environ['DJANGO_SETTINGS_MODULE']='{module}'; django.setup(); "
        "from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'])"
    )
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True)


def test_production_refuses_to_start_without_a_secret_key():
    result = _import_settings("cms.settings.production", ALLOWED_HOSTS="ikdoemee.be")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_starts_with_a_secret_key_and_uses_redis_when_configured():
    result = _import_settings(
        "cms.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="ikdoemee.be",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/ikdoemee",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.postgresql", "django_redis.cache.RedisCache"]


@pytest.mark.parametrize("database_url", ["", "   "])
def test_an_empty_database_url_means_sqlite(database_url):
    result = _import_settings("cms.settings.dev", DATABASE_URL=database_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "django.db.backends.sqlite3"


def test_s3_media_storage_when_a_bucket_is_configured():
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='cms.settings.dev'; django.setup(); "
        "from django.core.files.storage import default_storage as s; print(type(s._wrapped if hasattr(s, '_wrapped') "
        "else s).__name__, s.bucket_name)"
    )
    environment = dict(
        os.environ, AWS_STORAGE_BUCKET_NAME="ikdoemee-media", AWS_S3_ENDPOINT_URL="http://127.0.0.1:4568"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["S3Storage", "ikdoemee-media"]


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgresql_uses_wagtails_postgres_search_backend():
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
    from wagtail.search.backends import get_search_backend

    assert isinstance(get_search_backend(), PostgresSearchBackend)
