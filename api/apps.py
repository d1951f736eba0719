from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The public, read-only API: Wagtail API v2, the offers API, exports and the embed widget."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "api"
    verbose_name = _("public API")

    def ready(self):
        from . import removals  # noqa: F401  (connects the signal receivers)
