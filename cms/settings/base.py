"""Settings shared by every environment. Values that differ per machine come from the
environment through ``cms.settings.environment``; dev, test and production adjust the rest."""

from pathlib import Path

import dj_database_url
import django.conf.locale

from .environment import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our capabilities, one app each.
    "home",
    "municipalities",
    "offers",
    "publishing",
    "search",
    "api",  # public API: Wagtail API v2, offers API, exports, embed widget (issue 6)
    "insight",
    "workflows",  # editorial roles, review workflow, freshness (issue 3)
    "demo",
    "translations",  # languages, Dutch fallback, machine translation, review status (issue 4)
    "quality",  # quality report, submit gate, quality dashboard (issue 7)
    "pipeline",  # proposals, import/export, UiTdatabank (issue 7)
    # Wagtail and friends.
    "wagtail_localize",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "wagtail.api.v2",
    "rest_framework",
    "ninja",  # django-ninja (offers API); listed so its docs page uses its own static files, not a CDN
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",  # pipeline: database task backend for `make run` (issue 7)
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Wagtail's search index uses a GinIndex on PostgreSQL (postgres.E005 without this).
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # translations: maps Accept-Language "fa-AF"/"fa" to Dari (prs) before LocaleMiddleware reads it.
    "translations.middleware.AcceptLanguageAliasMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "api.middleware.PublicAPIMiddleware",  # /api/ and /embed/: Cache-Control, ETag, 304, CORS; after Locale
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL (PostgreSQL in production and CI); SQLite file when unset or empty.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, otherwise this process's memory.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ikdoemee",
            "TIMEOUT": 300,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Usage insight (app `insight`, docs/insight.md) -----------------------------------------
# Counts wait in Redis (shared by every app server) until `manage.py flush_stats`; without
# Redis, in append-only spool files on this machine. Never in the database during a page view.
INSIGHT_COUNTING_ENABLED = env_bool("INSIGHT_COUNTING_ENABLED", True)
INSIGHT_REDIS_URL = env_str("INSIGHT_REDIS_URL", REDIS_URL)
INSIGHT_REDIS_PREFIX = env_str("INSIGHT_REDIS_PREFIX", "ikdoemee:insight")
INSIGHT_SPOOL_DIR = Path(env_str("INSIGHT_SPOOL_DIR", str(BASE_DIR / "var" / "insight")))
# Behind a reverse proxy that sets X-Forwarded-For (only then: the header is otherwise forgeable).
INSIGHT_TRUST_X_FORWARDED_FOR = env_bool("INSIGHT_TRUST_X_FORWARDED_FOR", False)
# Host names of municipal websites beyond the <municipality>.be / stad.<municipality> patterns.
INSIGHT_MUNICIPAL_WEBSITES = env_list("INSIGHT_MUNICIPAL_WEBSITES")
# Readers' "Did this help you?" feedback is deleted after this many days.
FEEDBACK_RETENTION_DAYS = env_int("FEEDBACK_RETENTION_DAYS", 365)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Dutch is the source language of all content and of the Wagtail admin.
LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True
# --- translations: the content languages (one list), their native names and writing direction ---
# Each language is named in itself. Dari is "prs" (ISO 639-3); browsers that send "fa-AF" or "fa"
# reach it through translations.middleware.AcceptLanguageAliasMiddleware.
LANGUAGES = [
    ("nl", "Nederlands"),
    ("en", "English"),
    ("fr", "Français"),
    ("ar", "العربية"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("tr", "Türkçe"),
    ("prs", "دری"),
    ("ps", "پښتو"),
    ("ti", "ትግርኛ"),
    ("so", "Soomaali"),
    ("es", "Español"),
]
LANGUAGES_BIDI = ["ar", "fa", "prs", "ps", "he", "ur"]
EXTRA_LANG_INFO = {
    "prs": {"bidi": True, "code": "prs", "name": "Dari", "name_local": "دری"},
    "ps": {"bidi": True, "code": "ps", "name": "Pashto", "name_local": "پښتو"},
    "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
    "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
}
django.conf.locale.LANG_INFO.update(EXTRA_LANG_INFO)
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]

# Static files and media.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = BASE_DIR / "media"

AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    # S3-compatible object storage for uploads, shared by every app server.
    media_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env_str("AWS_S3_REGION_NAME", "us-east-1"),
            "access_key": env_str("AWS_ACCESS_KEY_ID") or None,
            "secret_key": env_str("AWS_SECRET_ACCESS_KEY") or None,
            "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN") or None,
            "addressing_style": env_str("AWS_S3_ADDRESSING_STYLE", "path"),
            "signature_version": "s3v4",
            "file_overwrite": False,
            "default_acl": None,
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
        },
    }
else:
    media_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": media_storage,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail.
WAGTAIL_SITE_NAME = "ikdoemee"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    # translations: Wagtail's database backend; on PostgreSQL each object is indexed with the
    # text-search configuration of its locale and queried with that of the reader's language.
    "default": {"BACKEND": "translations.search_backend"},
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# translations: machine translation. DeepL when DEEPL_API_KEY is set, else a self-hosted
# LibreTranslate when LIBRETRANSLATE_URL is set, else the offline pseudo-translator (development, tests).
if env_str("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.machine.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env_str("DEEPL_API_KEY")},
    }
elif env_str("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.machine.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": env_str("LIBRETRANSLATE_URL"), "API_KEY": env_str("LIBRETRANSLATE_API_KEY")},
    }
else:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "translations.machine.LocalPseudoTranslator", "OPTIONS": {}}

# Background work (search index, reference index). Without TASKS it runs inside the request.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# E-mail: console in development; SMTP settings come from the environment in production.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "ikdoemee <noreply@ikdoemee.be>")

X_FRAME_OPTIONS = "DENY"  # everywhere but the embed widget (/embed/<nis-code>/)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Demo users (seed_demo) are never created when this is false.
DEMO_CONTENT_ALLOWED = env_bool("DEMO_CONTENT_ALLOWED", True)

# The reference data file with the municipalities of Flanders and Brussels.
MUNICIPALITIES_DATA_FILE = BASE_DIR / "municipalities" / "data" / "municipalities.csv"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# Public API (app `api`): how long clients and proxies may reuse a response, in seconds; Wagtail
# API v2 at /api/v2/ renders rich text as HTML and allows listings of up to 100 items.
API_CACHE_MAX_AGE = env_int("API_CACHE_MAX_AGE", 300)
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL

# --- Content pipeline (apps `pipeline`, `quality`; docs/import-format.md) ---------------------
# TASKS_BACKEND=database queues background work (admin imports, search index) in the database;
# a worker runs it: `manage.py db_worker` (package django-tasks-db). Default: run immediately.
if env_str("TASKS_BACKEND") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# UiTdatabank search API v3 (publiq): used by pipeline.uitdatabank.UiTdatabankClient (never in tests).
UITDATABANK_API_URL = env_str("UITDATABANK_API_URL", "https://search.uitdatabank.be/offers/")
UITDATABANK_API_KEY = env_str("UITDATABANK_API_KEY")
# Proposals: at most this many per client (hashed, never the raw IP) per hour.
PROPOSALS_PER_HOUR = env_int("PROPOSALS_PER_HOUR", 5)
PROPOSAL_IMAGE_MAX_BYTES = env_int("PROPOSAL_IMAGE_MAX_BYTES", 5 * 1024 * 1024)
