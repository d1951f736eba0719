from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = _("Translations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from municipalities.signals import municipalities_loaded

        from .locales import ensure_locales
        from .synchronise import copy_synchronised_fields_to_translations

        municipalities_loaded.connect(ensure_locales, dispatch_uid="translations.ensure_locales")
        page_published.connect(
            copy_synchronised_fields_to_translations, dispatch_uid="translations.copy_synchronised_fields"
        )
