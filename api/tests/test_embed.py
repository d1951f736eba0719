"""The widget a municipality pastes into its own website."""

import pytest

from api.tests.conftest import translate
from offers.tests import factories
from tests.interface import ui_text

pytestmark = pytest.mark.django_db


def test_embed_page_lists_the_municipalitys_offers_and_may_be_framed(client):
    factories.offer(title="Taalcafé Gent")
    factories.offer(factories.municipality_page("Antwerpen"), title="Taalcafé Antwerpen")

    response = client.get("/embed/44021/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl" dir="ltr">' in html
    assert "Taalcafé Gent" in html and "Taalcafé Antwerpen" not in html
    assert not response.has_header("X-Frame-Options")
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert "http" not in html.split("<main>")[0]  # nothing loaded from elsewhere


def test_the_rest_of_the_site_may_not_be_framed(client):
    assert client.get("/nl/")["X-Frame-Options"] == "DENY"
    assert client.get("/api/offers/")["X-Frame-Options"] == "DENY"


def test_embed_page_stays_under_30_kb_with_many_offers(client):
    gent = factories.municipality_page("Gent")
    for _ in range(40):
        factories.offer(gent, summary="Je praat Nederlands met andere mensen bij een kop koffie. " * 3)
    response = client.get("/embed/gent/")
    assert response.status_code == 200
    assert len(response.content) <= 30 * 1024
    assert ui_text("See all activities on ikdoemee", "nl") in response.content.decode()


def test_embed_page_speaks_the_host_pages_language_and_marks_dutch_fallbacks(client, english):
    offer = factories.offer(title="Taalcafé")
    translate(offer, english, title="Language café")
    factories.offer(title="Wandelen")

    html = client.get("/embed/44021/", {"lang": "en-GB"}).content.decode()

    assert '<html lang="en" dir="ltr">' in html
    assert "Language café" in html
    assert '<li lang="nl" dir="ltr">' in html  # the untranslated offer is marked as Dutch


def test_embed_page_for_an_unknown_municipality_is_a_404(client):
    assert client.get("/embed/99999/").status_code == 404


def test_embed_script_creates_and_sizes_the_frame(client):
    response = client.get("/embed.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    script = response.content.decode()
    assert "data-ikdoemee-municipality" in script and "ikdoemee:height" in script
    assert len(response.content) < 3 * 1024
