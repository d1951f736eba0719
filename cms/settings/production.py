from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .environment import env_bool, env_int

DEBUG = False

if not SECRET_KEY or SECRET_KEY.startswith(("dev-only", "test-only", "bench-only")):  # noqa: F405
    raise ImproperlyConfigured("Production needs a SECRET_KEY from the environment.")
if "*" in ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Production needs explicit ALLOWED_HOSTS, not '*'.")

DEMO_CONTENT_ALLOWED = False
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
