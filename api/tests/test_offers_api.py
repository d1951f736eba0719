"""The offers API as a partner site uses it: languages, paging, detail, municipalities,
synchronising with removals, exports."""

import csv
import datetime
import io

import pytest
from django.utils import timezone
from wagtail.models import Locale

from api.exports import neutralise_cell
from api.models import OfferRemoval
from api.removals import removed_since
from api.tests.conftest import translate
from offers.models import OfferPage
from offers.tests import factories
from tests.interface import ui_text

pytestmark = pytest.mark.django_db


def test_offers_are_shown_in_the_requested_language_with_the_dutch_fallback_marked(client, offer_set, english):
    translate(offer_set["buddy"], english, title="Buddy Ghent", summary="You meet a buddy.")

    body = client.get("/api/offers/", {"locale": "en", "municipality": "gent"}).json()

    assert body["language"] == "en"
    by_id = {offer["id"]: offer for offer in body["results"]}
    buddy = by_id[offer_set["buddy"].pk]
    assert (buddy["title"], buddy["summary"], buddy["language"], buddy["is_fallback"]) == (
        "Buddy Ghent",
        "You meet a buddy.",
        "en",
        False,
    )
    assert "/en/" in buddy["url"]
    # the same ID and the same facts as the Dutch offer
    assert buddy["type"]["code"] == "buddy" and buddy["free"] is False
    taalcafe = by_id[offer_set["taalcafe"].pk]
    assert (taalcafe["title"], taalcafe["language"], taalcafe["is_fallback"]) == ("Taalcafé Gent", "nl", True)


def test_dutch_is_the_default_and_never_a_fallback(client, offer_set):
    body = client.get("/api/offers/").json()
    assert body["language"] == "nl"
    assert {(offer["language"], offer["is_fallback"]) for offer in body["results"]} == {("nl", False)}


def test_an_offer_carries_its_structured_data(client, offer_set):
    organisation = factories.organisation(name="Voetbalclub Sparta", website="https://sparta.example.be")
    offer = factories.offer(title="Voetbal", organisation=organisation, hours_per_week="2.5", contact_languages=["ar"])

    data = client.get(f"/api/offers/{offer.pk}/").json()

    assert data["organisation"] == {
        "id": organisation.pk,
        "name": "Voetbalclub Sparta",
        "website": "https://sparta.example.be",
    }
    assert data["goals"] == [{"code": "meet_people", "label": ui_text("Meet new people", "nl")}]
    assert data["dutch_level"]["level"] == 1
    assert data["hours_per_week"] == 2.5
    assert data["contact_languages"] == ["ar"]
    assert data["municipality"] == {"nis_code": "44021", "name": "Gent", "slug": "gent"}
    assert data["description"].startswith("<p>Elke dinsdag")
    assert (data["latitude"], data["longitude"]) == (51.05, 3.71667)  # the municipality's centre
    assert data["url"].endswith(f"/nl/gent/{offer.slug}/")


def test_an_unknown_or_hidden_offer_is_a_404_not_a_redirect(client, offer_set):
    draft = factories.offer(publish=False)
    for url in [f"/api/offers/{draft.pk}/", "/api/offers/999999/", "/api/municipalities/atlantis/"]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json() == {"detail": "Not Found"}


def test_paging_is_stable_and_counts_everything(client, offer_set):
    first = client.get("/api/offers/", {"limit": 2}).json()
    second = client.get(first["next"]).json()
    third = client.get(second["next"]).json()
    assert first["count"] == second["count"] == third["count"] == 5
    assert first["previous"] is None and third["next"] is None
    ids = [offer["id"] for page in (first, second, third) for offer in page["results"]]
    assert len(ids) == len(set(ids)) == 5
    assert ids == [o.pk for o in OfferPage.objects.filter(pk__in=ids).order_by("-last_published_at", "id")]


def test_partners_learn_which_offers_were_removed_since_their_last_sync(client, offer_set):
    before = timezone.now() - datetime.timedelta(days=2)
    offer_set["buddy"].unpublish()
    OfferPage.objects.get(pk=offer_set["wandelen"].pk).delete()
    expired = factories.offer(title="Zomerkamp", end_date=timezone.localdate() - datetime.timedelta(days=1))

    body = client.get("/api/offers/", {"updated_since": before.isoformat()}).json()

    removed = {removal["id"]: removal["reason"] for removal in body["removed"]}
    assert removed == {offer_set["buddy"].pk: "unpublished", offer_set["wandelen"].pk: "deleted", expired.pk: "expired"}
    assert offer_set["buddy"].pk not in {offer["id"] for offer in body["results"]}
    # a later sync no longer hears about them
    later = client.get("/api/offers/", {"updated_since": (timezone.now() + datetime.timedelta(days=1)).isoformat()})
    assert later.json()["removed"] == []


def test_a_republished_offer_is_not_reported_as_removed(offer_set):
    before = timezone.now() - datetime.timedelta(seconds=1)
    offer_set["buddy"].unpublish()
    offer_set["buddy"].save_revision().publish()
    assert OfferRemoval.objects.filter(page_id=offer_set["buddy"].pk).exists()
    assert removed_since(before) == []


def test_removing_a_translation_or_a_draft_is_not_a_removal(offer_set, english):
    translation = translate(offer_set["buddy"], english, title="Buddy Ghent")
    translation.unpublish()
    factories.offer(publish=False).delete()
    assert not OfferRemoval.objects.exists()


def test_municipalities_list_with_offer_counts(client, offer_set):
    body = client.get("/api/municipalities/", {"limit": 500}).json()
    assert body["count"] == 304
    by_code = {municipality["nis_code"]: municipality for municipality in body["results"]}
    assert by_code["44021"]["offer_count"] == 3  # two own plus the online offer serving Gent
    assert by_code["44021"]["slug"] == "gent"
    assert "9000" in by_code["44021"]["postcodes"]
    assert by_code["11001"]["offer_count"] == 0
    assert [m["name"] for m in client.get("/api/municipalities/", {"q": "gand"}).json()["results"]] == ["Gent"]


def test_municipality_detail_by_code_or_slug_in_the_requested_language(client, offer_set, english):
    gent = factories.municipality_page("Gent")
    gent.contact_service = "Dienst Samenleven"
    gent.save_revision().publish()
    translate(gent, english, contact_service="Department of Living Together")

    dutch = client.get("/api/municipalities/44021/").json()
    english_body = client.get("/api/municipalities/gent/", {"locale": "en"}).json()

    assert dutch["contact"]["service"] == "Dienst Samenleven" and dutch["is_fallback"] is False
    assert english_body["contact"]["service"] == "Department of Living Together"
    assert (english_body["language"], english_body["is_fallback"]) == ("en", False)
    assert english_body["offer_count"] == 3
    assert english_body["offers_url"].endswith("/api/offers/?municipality=44021")
    Locale.objects.get_or_create(language_code="fr")
    french = client.get("/api/municipalities/gent/", {"locale": "fr"}).json()
    assert (french["contact"]["service"], french["language"], french["is_fallback"]) == (
        "Dienst Samenleven",
        "nl",
        True,
    )
    assert client.get("/api/municipalities/gent/", {"locale": "xx"}).json()["errors"] == {
        "locale": ui_text("Unknown language: %(code)s.", "nl") % {"code": "xx"}
    }


def test_csv_export_has_every_filtered_offer_and_neutralises_formulas(client, offer_set):
    factories.offer(title='=HYPERLINK("http://evil.example")', summary="+31 sneaky")

    response = client.get("/api/offers/export.csv", {"municipality": "gent"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    titles = {row["title"] for row in rows}
    assert titles == {"Taalcafé Gent", "Buddy Gent", "Online praatgroep", '\'=HYPERLINK("http://evil.example")'}
    assert all(not row[column].startswith(("=", "+", "-", "@")) for row in rows for column in row)


def test_json_export_has_the_list_shape_without_paging(client, offer_set):
    body = client.get("/api/offers/export.json", {"goal": "practise_dutch"}).json()
    assert body["count"] == 2
    assert {offer["title"] for offer in body["results"]} == {"Taalcafé Gent", "Online praatgroep"}


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("+32 9 266", "'+32 9 266"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("Taalcafé", "Taalcafé"),
        (-2, "-2"),
        (True, "true"),
    ],
)
def test_neutralise_cell(value, expected):
    assert neutralise_cell(value) == expected
