"""Search: words in the reader's language, the shared filters, near a postcode, and no dead ends."""

import pytest
from django.utils import translation

from offers.tests import factories

pytestmark = pytest.mark.django_db


def shown(language: str, message: str) -> str:
    with translation.override(language):
        return translation.gettext(message)


def test_words_and_filters_together(client):
    factories.offer(title="Buddy wandelen", slug="buddy-wandelen", summary="Samen wandelen.", offer_type="buddy")
    factories.offer(title="Wandelclub", slug="wandelclub", summary="Samen wandelen in groep.", offer_type="leisure")
    html = client.get("/nl/search/", {"q": "wandelen", "type": "buddy"}).content.decode()
    assert "Buddy wandelen" in html
    assert "Wandelclub" not in html
    assert html.count('<li><a href="/nl/gent/') == 1


def test_a_goal_alone_lists_the_offers_with_dutch_fallbacks_labelled(client):
    factories.offer(title="Vrienden in Gent", slug="vrienden", goals=("make_friends",))
    factories.offer(title="Werk zoeken", slug="werk", goals=("prepare_for_work",))
    html = client.get("/ar/search/", {"goal": "make_friends"}).content.decode()
    assert 'href="/ar/gent/vrienden/"' in html
    assert "Werk zoeken" not in html
    assert f"({shown('ar', 'in Dutch')})" in html
    assert '<option value="make_friends" selected>' in html


def test_near_a_postcode_within_a_radius_nearest_first(client):
    factories.offer(factories.municipality_page("Lochristi"), title="In Lochristi", slug="in-lochristi")
    factories.offer(factories.municipality_page("Gent"), title="In Gent", slug="in-gent")
    factories.offer(factories.municipality_page("Antwerpen"), title="In Antwerpen", slug="in-antwerpen")
    html = client.get("/nl/search/", {"postcode": "9000", "radius": "15"}).content.decode()
    assert "In Antwerpen" not in html
    assert html.index("In Gent") < html.index("In Lochristi")


def test_no_result_suggests_nearby_municipalities_and_wider_filters(client):
    factories.offer(factories.municipality_page("Lochristi"), title="Buddy Lochristi", slug="b", offer_type="buddy")
    response = client.get("/nl/search/", {"q": "schaken", "postcode": "9000", "radius": "5", "type": "buddy"})
    html = response.content.decode()
    assert shown("nl", "Nothing found. Try one of these:") in html
    assert 'href="/nl/lochristi/">Lochristi</a>' in html  # nearby, with offers
    assert shown("nl", "without the type of offer") in html
    assert shown("nl", "anywhere in Flanders and Brussels") in html
    assert 'href="/nl/search/?q=schaken&amp;postcode=9000&amp;radius=5"' in html


def test_filtered_listing_has_a_constant_query_count(client, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    factories.offer(offer_type="buddy", organisation=factories.organisation())
    params = {"type": "buddy", "postcode": "9000", "radius": "10"}
    client.get("/ar/search/", params)
    with CaptureQueriesContext(connection) as few:
        client.get("/ar/search/", params)
    for _ in range(25):
        factories.offer(offer_type="buddy", organisation=factories.organisation(), goals=("volunteer", "make_friends"))
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get("/ar/search/", params).content.decode()
    assert html.count('<li><a href="/ar/gent/') == 20  # the first page of 26
