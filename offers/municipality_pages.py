"""Keep one MunicipalityPage per current municipality, under the Dutch home page.

Runs after the reference data loads (``municipalities_loaded``). The data file owns the title
(the Dutch name); an editor owns everything else. A page with an editor's pending draft is left
alone and reported."""

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale

from home.models import HomePage
from municipalities.models import Municipality
from publishing.pages import create_page

from .models import MunicipalityPage


def municipality_slug(municipality: Municipality) -> str:
    return slugify(municipality.name_nl)


def source_home_page() -> HomePage:
    return HomePage.objects.get(locale=Locale.get_default())


def sync_municipality_pages(sender=None, report=None, stdout=None, **kwargs):
    home = source_home_page()
    locale = home.locale
    pages = {page.municipality_id: page for page in MunicipalityPage.objects.filter(locale=locale)}
    current = list(Municipality.objects.current().order_by("name_nl"))
    created = retitled = 0
    for number, municipality in enumerate(current, start=1):
        page = pages.get(municipality.pk)
        if page is None:
            with transaction.atomic():
                create_page(
                    home,
                    MunicipalityPage(
                        title=municipality.name_nl,
                        slug=municipality_slug(municipality),
                        municipality=municipality,
                        locale=locale,
                    ),
                )
            created += 1
        elif page.title != municipality.name_nl:
            if page.has_unpublished_changes:
                if report is not None:
                    report.messages.append(
                        f"{municipality.nis_code}: name is now {municipality.name_nl!r}, but the page "
                        "has a pending draft; left as it is."
                    )
                continue
            page.title = municipality.name_nl
            page.save_revision(log_action=True).publish()
            retitled += 1
        if stdout is not None and (number % 50 == 0 or number == len(current)):
            stdout.write(f"  municipality pages: {number}/{len(current)}")
    if report is not None:
        report.count("municipality pages created", created)
        report.count("municipality pages renamed", retitled)
        report.count("municipality pages", len(current))
