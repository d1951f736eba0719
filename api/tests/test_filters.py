"""Every filter of the offers API alone and combined (the same OfferFilters the newcomer
pages use)."""

import datetime

import pytest
from django.utils import timezone

from offers.filtering import OfferFilters, filter_offers
from offers.models import OfferPage

pytestmark = pytest.mark.django_db


def titles(client, **params) -> set[str]:
    response = client.get("/api/offers/", params)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["count"] == len(body["results"])
    return {offer["title"] for offer in body["results"]}


ALL = {"Taalcafé Gent", "Buddy Gent", "Wandelgroep Schelde", "Online praatgroep", "Vrijwilliger in het woonzorgcentrum"}


@pytest.mark.parametrize(
    "params, expected",
    [
        ({}, ALL),
        # municipality by NIS code or slug, with the regional/online offer that also serves Gent
        ({"municipality": "44021"}, {"Taalcafé Gent", "Buddy Gent", "Online praatgroep"}),
        ({"municipality": "gent"}, {"Taalcafé Gent", "Buddy Gent", "Online praatgroep"}),
        ({"municipality": "hasselt"}, {"Vrijwilliger in het woonzorgcentrum"}),
        # a postcode alone selects its municipality; with a radius, everything within that distance
        ({"postcode": "9000"}, {"Taalcafé Gent", "Buddy Gent", "Online praatgroep"}),
        (
            {"postcode": "9000", "radius": "15"},
            {"Taalcafé Gent", "Buddy Gent", "Wandelgroep Schelde", "Online praatgroep"},
        ),
        ({"postcode": "9000", "radius": "0"}, {"Taalcafé Gent", "Buddy Gent", "Online praatgroep"}),
        ({"municipality": "44021", "radius": "100"}, ALL - {"Vrijwilliger in het woonzorgcentrum"}),
        ({"type": "buddy"}, {"Buddy Gent"}),
        ({"goal": "practise_dutch"}, {"Taalcafé Gent", "Online praatgroep"}),
        ({"dutch_level_max": "2"}, {"Taalcafé Gent", "Wandelgroep Schelde", "Vrijwilliger in het woonzorgcentrum"}),
        ({"trajectory": "false"}, {"Online praatgroep"}),
        ({"trajectory": "true"}, ALL - {"Online praatgroep"}),
        ({"day_part": "evening"}, {"Buddy Gent"}),
        ({"day_part": "weekend"}, {"Wandelgroep Schelde"}),
        ({"free": "false"}, {"Buddy Gent"}),
        ({"childcare": "true"}, {"Buddy Gent"}),
        ({"wheelchair": "true"}, {"Wandelgroep Schelde"}),
        ({"online": "true"}, {"Online praatgroep"}),
        ({"online": "false"}, ALL - {"Online praatgroep"}),
        ({"q": "video"}, {"Online praatgroep"}),
        ({"q": "WANDEL"}, {"Wandelgroep Schelde"}),
        # combined
        ({"municipality": "gent", "goal": "practise_dutch"}, {"Taalcafé Gent", "Online praatgroep"}),
        ({"postcode": "9000", "radius": "15", "day_part": "weekend", "wheelchair": "true"}, {"Wandelgroep Schelde"}),
        ({"municipality": "gent", "online": "false", "free": "true", "dutch_level_max": "1"}, {"Taalcafé Gent"}),
        (
            {"type": "volunteer", "goal": "prepare_for_work", "trajectory": "true"},
            {"Vrijwilliger in het woonzorgcentrum"},
        ),
        ({"municipality": "gent", "type": "leisure"}, set()),
    ],
)
def test_each_filter_alone_and_combined(client, offer_set, params, expected):
    assert titles(client, **params) == expected


def test_old_postcode_and_old_nis_code_find_the_merged_municipality(client, offer_set):
    # Melle (9090, NIS 44040) merged into Merelbeke-Melle on 1 January 2025.
    assert titles(client, postcode="9090") == {"Wandelgroep Schelde"}
    assert titles(client, municipality="44040") == {"Wandelgroep Schelde"}


def test_radius_results_carry_their_distance(client, offer_set):
    body = client.get("/api/offers/", {"postcode": "9000", "radius": "15"}).json()
    distances = {offer["title"]: offer["distance_km"] for offer in body["results"]}
    assert distances["Taalcafé Gent"] == 0.0
    assert 3 < distances["Wandelgroep Schelde"] < 15


def test_updated_since_keeps_offers_published_since_then(client, offer_set):
    old = timezone.now() - datetime.timedelta(days=30)
    OfferPage.objects.exclude(pk=offer_set["buddy"].pk).update(last_published_at=old)
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    assert titles(client, updated_since=since) == {"Buddy Gent"}


def test_updated_since_includes_offers_whose_translation_changed(client, offer_set, english):
    from api.tests.conftest import translate

    old = timezone.now() - datetime.timedelta(days=30)
    OfferPage.objects.update(last_published_at=old)
    translate(offer_set["wandelen"], english, title="Walking group")
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    assert titles(client, updated_since=since, locale="en") == {"Walking group"}


def test_free_text_also_matches_a_translation(client, offer_set, english):
    from api.tests.conftest import translate

    translate(offer_set["buddy"], english, title="Buddy project Ghent", summary="Meet a local friend.")
    assert titles(client, q="local friend", locale="en") == {"Buddy project Ghent"}
    assert titles(client, q="local friend") == {"Buddy Gent"}


def test_the_filter_function_is_usable_without_the_api(offer_set):
    filters, errors = OfferFilters.from_params({"municipality": "gent", "day_part": "evening"})
    assert errors == {}
    assert [offer.title for offer in filter_offers(filters)] == ["Buddy Gent"]


@pytest.mark.parametrize(
    "params, parameter",
    [
        ({"municipality": "atlantis"}, "municipality"),
        ({"municipality": "99999"}, "municipality"),
        ({"postcode": "0000"}, "postcode"),
        ({"postcode": "9000", "radius": "101"}, "radius"),
        ({"postcode": "9000", "radius": "-1"}, "radius"),
        ({"postcode": "9000", "radius": "far"}, "radius"),
        ({"radius": "5"}, "radius"),
        ({"type": "concert"}, "type"),
        ({"goal": "fame"}, "goal"),
        ({"dutch_level_max": "5"}, "dutch_level_max"),
        ({"dutch_level_max": "two"}, "dutch_level_max"),
        ({"trajectory": "maybe"}, "trajectory"),
        ({"day_part": "night"}, "day_part"),
        ({"free": "gratis"}, "free"),
        ({"updated_since": "yesterday"}, "updated_since"),
        ({"updated_since": "2025-13-45T99:00:00"}, "updated_since"),
        ({"locale": "xx"}, "locale"),
        ({"limit": "0"}, "limit"),
        ({"limit": "1000"}, "limit"),
        ({"offset": "-3"}, "offset"),
    ],
)
def test_bad_input_is_a_400_naming_the_parameter(client, params, parameter):
    response = client.get("/api/offers/", params)
    assert response.status_code == 400
    assert parameter in response.json()["errors"]
    # the exports share the filters and the answer
    if parameter not in ("limit", "offset"):
        assert parameter in client.get("/api/offers/export.json", params).json()["errors"]
        assert client.get("/api/offers/export.csv", params).status_code == 400


def test_the_parser_reports_every_bad_parameter_at_once():
    _, errors = OfferFilters.from_params({"type": "x", "goal": "y", "radius": "500", "postcode": "9000"})
    assert set(errors) == {"type", "goal", "radius"}
