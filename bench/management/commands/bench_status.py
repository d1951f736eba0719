"""Report, as one JSON line, what the benchmark database holds: bench/run.py uses it to decide
whether the data set is built and which URLs to measure."""

import json

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import DatabaseError, connection
from wagtail.models import Locale, Page

from .build_bench_data import EXTERNAL_SOURCE, FEATURED_MUNICIPALITY


def status():
    from wagtail.search.models import IndexEntry

    from home.models import HomePage
    from offers.models import MunicipalityPage, OfferPage

    result = {
        "vendor": connection.vendor,
        "database": str(connection.settings_dict["NAME"]),
        "pages": Page.objects.count(),
        "municipality_pages": MunicipalityPage.objects.count(),
        "offers": OfferPage.objects.count(),
        "live_offers": OfferPage.objects.live().count(),
        "bench_offers": OfferPage.objects.filter(external_source=EXTERNAL_SOURCE).count(),
        "indexed_offers": IndexEntry.objects.filter(content_type=ContentType.objects.get_for_model(OfferPage)).count(),
    }
    locale = Locale.get_default()
    home = HomePage.objects.filter(locale=locale).first()
    result["home_url"] = home.get_url() if home else None
    featured = MunicipalityPage.objects.filter(locale=locale, title=FEATURED_MUNICIPALITY).first()
    if featured is not None:
        # The featured page's offers are all visible and no other offer "also serves" it, so
        # its page must list exactly its own children.
        own = list(OfferPage.objects.child_of(featured).live().order_by("path"))
        result["featured"] = {
            "title": featured.title,
            "url": featured.get_url(),
            "offers": len(own),
            "offer_urls": [offer.get_url() for offer in own],
            "offer_url": own[0].get_url() if own else None,
        }
    return result


class Command(BaseCommand):
    help = "Print the benchmark data set's size and URLs as JSON."

    def handle(self, *args, **options):
        try:
            result = status()
        except DatabaseError as error:  # not migrated yet
            result = {"vendor": connection.vendor, "error": str(error).strip().splitlines()[0]}
        self.stdout.write(json.dumps(result))
