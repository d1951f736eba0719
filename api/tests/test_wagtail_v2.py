"""Wagtail API v2 at /api/v2/ for headless front ends."""

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from api.tests.conftest import translate
from offers.tests import factories
from tests.interface import ui_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def image(db):
    return get_image_model().objects.create(
        title="Taalcafé", file=get_test_image_file(filename="taalcafe.png", size=(1600, 1000))
    )


def test_offer_pages_carry_their_structured_data(client, image):
    organisation = factories.organisation(name="Voetbalclub Sparta")
    offer = factories.offer(
        title="Voetbal",
        organisation=organisation,
        goals=("meet_people", "make_friends"),
        image=image,
        image_alt_text="Een bal",
    )

    response = client.get("/api/v2/pages/", {"type": "offers.OfferPage", "fields": "*"})

    assert response.status_code == 200
    item = response.json()["items"][0]
    assert item["id"] == offer.pk
    assert item["meta"]["locale"] == "nl"
    assert item["meta"]["html_url"].endswith("/nl/gent/" + offer.slug + "/")
    assert item["goals"] == [
        {"code": "meet_people", "label": ui_text("Meet new people", "nl")},
        {"code": "make_friends", "label": ui_text("Make friends", "nl")},
    ]
    assert item["organisation"]["name"] == "Voetbalclub Sparta"
    assert item["municipality"] == {"nis_code": "44021", "name": "Gent", "slug": "gent"}
    assert item["also_serves"] == []
    assert item["description"].startswith("<p>Elke dinsdag")  # HTML, not the database format
    assert item["image"]["width"] == 800 and item["image"]["height"] == 450
    assert item["image"]["url"].endswith(".png")
    assert item["counts_for_trajectory"] is True


def test_municipality_pages_carry_their_municipality(client):
    response = client.get("/api/v2/pages/", {"type": "offers.MunicipalityPage", "fields": "*", "slug": "gent"})
    item = response.json()["items"][0]
    assert item["municipality"] == {"nis_code": "44021", "name": "Gent", "slug": "gent"}


def test_locale_and_translation_of_filters(client, english):
    offer = factories.offer(title="Taalcafé")
    translation = translate(offer, english, title="Language café")

    english_items = client.get("/api/v2/pages/", {"type": "offers.OfferPage", "locale": "en"}).json()["items"]
    translations = client.get("/api/v2/pages/", {"translation_of": offer.pk, "locale": "en"}).json()["items"]

    assert [item["title"] for item in english_items] == ["Language café"]
    assert [item["id"] for item in translations] == [translation.pk]


def test_images_and_documents_endpoints_answer(client, image):
    assert client.get("/api/v2/images/").json()["meta"]["total_count"] == 1
    assert client.get("/api/v2/documents/").status_code == 200


def test_a_listing_of_50_offers_costs_a_bounded_number_of_queries(client, image, django_assert_max_num_queries):
    organisations = [factories.organisation() for _ in range(5)]
    gent = factories.municipality_page("Gent")
    for number in range(50):
        factories.offer(
            gent,
            organisation=organisations[number % 5],
            goals=("meet_people", "practise_dutch"),
            image=image,
            image_alt_text="Een foto",
        )
    client.get("/api/v2/pages/", {"type": "offers.OfferPage", "fields": "*", "limit": 50})  # renditions, caches

    with django_assert_max_num_queries(12) as captured:
        response = client.get("/api/v2/pages/", {"type": "offers.OfferPage", "fields": "*", "limit": 50})

    assert len(response.json()["items"]) == 50
    print(f"API v2, 50 offers with fields=*: {len(captured.captured_queries)} queries")
