"""Caching, conditional requests and CORS on the public API."""

import pytest

from offers.tests import factories

pytestmark = pytest.mark.django_db

GET_URLS = [
    "/api/offers/",
    "/api/offers/export.json",
    "/api/offers/export.csv",
    "/api/municipalities/?limit=5",
    "/api/municipalities/gent/",
    "/api/schema/",
    "/api/v2/pages/?type=offers.OfferPage&fields=*",
    "/embed/44021/",
]


@pytest.mark.parametrize("url", GET_URLS)
def test_every_get_is_cacheable_and_a_repeat_with_its_etag_is_a_304(client, url):
    factories.offer()
    response = client.get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=300"
    assert response["ETag"]

    repeat = client.get(url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert repeat.status_code == 304
    assert repeat.content == b""


def test_the_etag_changes_when_an_offer_changes(client):
    offer = factories.offer()
    first = client.get("/api/offers/")
    offer.title = "Nieuwe titel"
    offer.save_revision().publish()
    second = client.get("/api/offers/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200
    assert second.json()["results"][0]["title"] == "Nieuwe titel"


def test_last_modified_answers_if_modified_since(client):
    factories.offer()
    response = client.get("/api/offers/")
    assert response["Last-Modified"]
    assert client.get("/api/offers/", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]).status_code == 304


def test_any_origin_may_read_the_api(client):
    response = client.get("/api/offers/", HTTP_ORIGIN="https://www.gent.be")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options("/api/offers/", HTTP_ORIGIN="https://www.gent.be")
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert client.get("/api/offers/?type=nope")["Access-Control-Allow-Origin"] == "*"


def test_the_site_itself_is_not_opened_to_other_origins(client):
    response = client.get("/nl/", HTTP_ORIGIN="https://www.gent.be")
    assert not response.has_header("Access-Control-Allow-Origin")


def test_the_api_does_not_accept_writes(client):
    assert client.post("/api/offers/", {}).status_code == 405
