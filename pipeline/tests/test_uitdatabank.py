"""UiTdatabank JSON-LD search results map to offers: dates, day parts, levels, places, removal."""

import datetime
import json
from pathlib import Path

import pytest

from offers.models import OfferPage
from pipeline.formats import read_rows
from pipeline.importer import import_offers
from pipeline.uitdatabank import UiTdatabankClient, event_to_row

FIXTURES = Path(__file__).parent / "fixtures"
SEARCH = FIXTURES / "uitdatabank-search.json"
CHANGES = FIXTURES / "uitdatabank-changes.json"


def mapped():
    return {row["external_id"][-2:]: row for _number, row in read_rows(SEARCH.read_bytes(), "uitdatabank")}


def test_single_event_gives_its_date_evening_and_the_taaliconen_level():
    row = mapped()["01"]
    assert row["external_id"] == "0a1b2c3d-1111-4a5b-8c9d-000000000001"
    assert row["title"] == "Praatcafé in de bib"
    assert row["summary"] == "Je praat Nederlands met andere mensen."
    assert row["dutch_level"] == 2  # "twee taaliconen"
    assert row["start_date"] == row["end_date"] == datetime.date(2027, 3, 2)  # not availableTo
    assert (row["evening"], row["weekday_daytime"], row["weekend"]) == (True, False, False)
    assert row["municipality"] == "9000" and row["place"] == "Gent"
    assert row["organisation"] == "Bibliotheek Gent"
    assert row["is_free"] is True
    assert row["contact_email"] == "praatcafe@bibgent.example.be"


def test_multiple_event_spans_its_sub_events_and_reads_hidden_labels():
    row = mapped()["02"]
    assert row["dutch_level"] == 1  # "één taalicoon" in hiddenLabels
    assert (row["start_date"], row["end_date"]) == (datetime.date(2027, 2, 6), datetime.date(2027, 2, 17))
    assert row["weekend"] and row["weekday_daytime"] and not row["evening"]  # a Saturday and a Wednesday morning
    assert row["is_free"] is False and row["cost_description"] == "€ 5"


def test_periodic_event_uses_its_period_and_opening_hours_not_the_publication_window():
    row = mapped()["03"]
    assert row["dutch_level"] == 3  # "Drie taaliconen", any capitalisation
    assert (row["start_date"], row["end_date"]) == (datetime.date(2027, 1, 4), datetime.date(2027, 6, 30))
    assert row["weekday_daytime"] and not row["weekend"]
    assert row["contact_phone"] == "016 20 30 40"


def test_permanent_place_has_no_dates_and_its_own_address():
    row = mapped()["12"]
    assert row["dutch_level"] == 4
    assert row["start_date"] is None and row["end_date"] is None
    assert row["weekend"] and row["postcode"] == "8000" and row["address"] == "Hoekstraat 3"


def test_cancelled_or_deleted_events_become_removals_and_postponed_ones_pause():
    rows = {row["external_id"][-2:]: row for _n, row in read_rows(CHANGES.read_bytes(), "uitdatabank")}
    assert rows["01"] == {"source": "uitdatabank", "external_id": rows["01"]["external_id"], "removed": True}
    assert rows["02"]["removed"] is True
    assert "removed" not in rows["03"] and rows["03"]["status"] == "paused"


def test_event_that_has_ended_is_removed():
    event = json.loads(SEARCH.read_text())["member"][0] | {
        "startDate": "2020-03-02T19:00:00+01:00",
        "endDate": "2020-03-02T21:00:00+01:00",
    }
    assert event_to_row(event)["removed"] is True


@pytest.mark.django_db
def test_uitdatabank_import_creates_offers_and_changes_unpublish_them(reviewer):
    report = import_offers(read_rows(SEARCH.read_bytes(), "uitdatabank"), source="uitdatabank")
    assert report.errors == []
    assert report.counts["create"] == 4
    offers = {page.external_id[-2:]: page for page in OfferPage.objects.filter(external_source="uitdatabank")}
    assert offers["01"].municipality.name_nl == "Gent"
    assert offers["02"].municipality.name_nl == "Antwerpen"
    assert offers["02"].organisation.name == "Buurtwerk Antwerpen-Zuid"
    for page in offers.values():
        page.current_workflow_state.current_task_state.approve(user=reviewer)

    report = import_offers(read_rows(CHANGES.read_bytes(), "uitdatabank"), source="uitdatabank")

    assert report.counts["unpublish"] == 2 and report.counts["update"] == 1
    assert not OfferPage.objects.get(pk=offers["01"].pk).live
    assert not OfferPage.objects.get(pk=offers["02"].pk).live
    paused = OfferPage.objects.get(pk=offers["03"].pk)
    assert paused.live and paused.get_latest_revision_as_object().status == "paused"
    assert paused.workflow_in_progress


def test_client_refuses_to_fetch_without_an_api_key(settings):
    settings.UITDATABANK_API_KEY = ""
    with pytest.raises(RuntimeError):
        UiTdatabankClient().search("taaliconen")
