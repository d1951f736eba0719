"""Export offers in the import format, so that an export imports again as a no-op.

Offers that came from a source keep their (source, external ID); offers made on this site are
exported with source "ikdoemee" and their page ID. CSV cells that a spreadsheet would run as a
formula (starting with =, +, - or @) get a leading apostrophe, which the importer removes again."""

import csv
import datetime
import decimal
import io
import json

from wagtail.models import Locale

from offers.models import OfferPage

from .importer import OWN_EXPORT_SOURCE
from .rows import BOOLEAN_FIELDS, COLUMNS, neutralise_cell


def offers_to_export(municipality=None):
    offers = OfferPage.objects.filter(locale=Locale.get_default()).select_related("municipality").order_by("path")
    if municipality is not None:
        offers = offers.filter(municipality=municipality)
    return offers


def offer_record(page: OfferPage) -> dict:
    """One offer as import-format values (the latest revision: what an editor last saved)."""
    current = page.get_latest_revision_as_object() if page.has_unpublished_changes else page
    record = {}
    for name in COLUMNS:
        if name == "source":
            value = page.external_source or OWN_EXPORT_SOURCE
        elif name == "external_id":
            value = page.external_id if page.external_source else str(page.pk)
        elif name == "municipality":
            value = page.municipality.name_nl if page.municipality_id else ""
        elif name == "organisation":
            value = current.organisation.name if current.organisation_id else ""
        elif name == "goals":
            value = sorted(goal.pk for goal in current.goals.all())
        else:
            value = getattr(current, name)
        record[name] = value
    return record


def _json_value(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def _csv_value(name, value):
    if name in BOOLEAN_FIELDS:
        return "ja" if value else "nee"
    if isinstance(value, list):
        return ",".join(value)
    value = _json_value(value)
    return neutralise_cell("" if value is None else str(value))


def export_json(offers) -> str:
    records = [{name: _json_value(value) for name, value in offer_record(page).items()} for page in offers]
    return json.dumps({"offers": records}, ensure_ascii=False, indent=2)


def export_csv(offers) -> str:
    output = io.StringIO()
    writer = csv.writer(output, delimiter=";", lineterminator="\n")
    writer.writerow(COLUMNS)
    for page in offers:
        record = offer_record(page)
        writer.writerow([_csv_value(name, record[name]) for name in COLUMNS])
    return output.getvalue()
