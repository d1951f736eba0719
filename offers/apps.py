from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    name = "offers"
    verbose_name = _("Offers")

    def ready(self):
        from municipalities.signals import municipalities_loaded

        from .municipality_pages import sync_municipality_pages

        municipalities_loaded.connect(sync_municipality_pages, dispatch_uid="offers.sync_municipality_pages")
