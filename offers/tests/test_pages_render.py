import pytest
from wagtail.models import Locale

from home.models import HomePage, StandardPage
from offers.tests import factories
from publishing.pages import create_page

pytestmark = pytest.mark.django_db


def in_english(url: str) -> str:
    """The same page with the English interface (the Dutch content falls back), so these tests
    read the interface text as written in the templates, whatever the Dutch catalogue says."""
    return url.replace("/nl/", "/en/", 1)


def test_home_lists_municipalities_that_have_offers(client):
    factories.offer(factories.municipality_page("Genk"))
    response = client.get("/nl/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl" dir="ltr">' in html
    assert ">Genk</a>" in html
    assert ">Aalter</a>" not in html  # no offers there


def test_municipality_page_shows_its_offers_and_its_contact(client):
    gent = factories.municipality_page("Gent")
    gent.contact_service = "Dienst Samenleven"
    gent.contact_phone = "09 266 12 34"
    gent.save_revision().publish()
    factories.offer(gent, title="Fietsen met een buddy", slug="fietsen-met-een-buddy")

    response = client.get("/nl/gent/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Fietsen met een buddy" in html
    assert "Dienst Samenleven" in html
    assert 'href="tel:092661234"' in html


def test_municipality_page_includes_regional_offers_from_elsewhere(client):
    from municipalities.models import Municipality

    regional = factories.offer(factories.municipality_page("Merelbeke-Melle"), title="Wandelgroep Schelde")
    regional.also_serves.set([Municipality.objects.get(name_nl="Gent")])
    regional.save_revision().publish()

    assert "Wandelgroep Schelde" in client.get("/nl/gent/").content.decode()
    assert "Wandelgroep Schelde" not in client.get("/nl/antwerpen/").content.decode()


def test_past_end_offer_is_not_listed(client):
    factories.offer(title="Zomerkamp 2020", start_date="2020-07-01", end_date="2020-07-31")
    assert "Zomerkamp 2020" not in client.get("/nl/gent/").content.decode()


def test_offer_page_answers_a_newcomers_questions(client):
    organisation = factories.organisation(name="Voetbalclub Sparta")
    offer = factories.offer(
        title="Voetballen op zaterdag",
        slug="voetballen-op-zaterdag",
        offer_type="leisure",
        organisation=organisation,
        dutch_level=2,
        weekend=True,
        weekday_daytime=False,
        hours_per_week="2",
        is_free=False,
        cost_description="€ 5 per maand",
        has_childcare=True,
        can_accompany_first_time=True,
        contact_url="https://sparta.example.be/inschrijven",
        contact_languages=["ar", "en"],
    )

    response = client.get(in_english(offer.url))

    assert response.status_code == 200
    html = response.content.decode()
    for expected in [
        "Voetballen op zaterdag",
        "Voetbalclub Sparta",
        "2 language icons",
        "Yes. This activity counts for the participation and network trajectory.",
        "weekends",
        "€ 5 per maand",
        "Childcare available",
        "Someone can go with you the first time.",
        f'href="/i/join/{offer.pk}/phone/"',
        f'href="/i/join/{offer.pk}/email/"',
        f'href="/i/join/{offer.pk}/website/"',
        'lang="ar"',
        "geo:",
    ]:
        assert expected in html, expected
    # The join buttons go through insight's counting redirect (issue: usage insight) to the phone's apps.
    assert client.get(f"/i/join/{offer.pk}/phone/")["Location"] == "tel:092661111"
    assert client.get(f"/i/join/{offer.pk}/email/")["Location"] == "mailto:sara@desleutel.example.be"
    assert client.get(f"/i/join/{offer.pk}/website/")["Location"] == "https://sparta.example.be/inschrijven"


def test_offer_that_does_not_count_says_what_is_missing(client):
    offer = factories.offer(signs_proof_of_participation=False)
    html = client.get(in_english(offer.url)).content.decode()
    assert "Probably not" in html
    assert "the organisation can sign the proof of participation" in html


def test_full_offer_says_so(client):
    offer = factories.offer(status="full")
    assert "Full at the moment" in client.get(in_english(offer.url)).content.decode()


def test_standard_page_renders_its_stream(client):
    home = HomePage.objects.get(locale=Locale.get_default())
    page = create_page(
        home,
        StandardPage(
            title="Voor organisaties",
            slug="voor-organisaties",
            introduction="Zo zet je jouw aanbod op ikdoemee.",
            body=[
                {"type": "heading", "value": "Wat telt mee?"},
                {"type": "paragraph", "value": "<p>Een activiteit in het Nederlands, in groep.</p>"},
            ],
        ),
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h2>Wat telt mee?</h2>" in html
    assert "Een activiteit in het Nederlands, in groep." in html


def test_drafts_are_not_served(client):
    draft = factories.offer(title="Nog geheim", slug="nog-geheim", publish=False)
    assert not draft.live
    assert client.get("/nl/gent/nog-geheim/").status_code == 404
    assert "Nog geheim" not in client.get("/nl/gent/").content.decode()


def test_search_finds_an_offer(client):
    factories.offer(title="Schaakclub De Toren", slug="schaakclub-de-toren", summary="Schaken met buren.")
    response = client.get("/nl/search/", {"q": "schaakclub"})
    assert response.status_code == 200
    assert "Schaakclub De Toren" in response.content.decode()


def test_municipality_page_query_count_does_not_grow_with_its_offers(client, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    gent = factories.municipality_page("Gent")
    organisation = factories.organisation()
    factories.offer(gent, organisation=organisation)
    factories.offer(gent, organisation=organisation, goals=("meet_people", "make_friends"))
    client.get("/nl/gent/")  # warm caches (site root, locales)
    with CaptureQueriesContext(connection) as few:
        client.get("/nl/gent/")

    for _ in range(20):
        factories.offer(gent, organisation=factories.organisation(), goals=("practise_dutch", "volunteer"))

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/nl/gent/")
    html = response.content.decode()
    # Paginated since issue 5: 20 cards on the first page, the count says 22.
    assert html.count('class="offer-card"') == 20
    assert 'rel="next"' in html


def test_paginated_listing_shows_every_offer_once_even_when_titles_repeat(client):
    gent = factories.municipality_page("Gent")
    slugs = {factories.offer(gent, title="Buurtfeest mee organiseren").slug for _ in range(23)}
    shown = []
    for page_number in (1, 2):
        html = client.get("/nl/gent/", {"page": page_number}).content.decode()
        shown += [slug for slug in slugs if f"/nl/gent/{slug}/" in html]
    assert sorted(shown) == sorted(slugs)
