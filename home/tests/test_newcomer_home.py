"""The newcomer's home page, "Where do you live?", sitemap, robots and error pages."""

import pytest
from django.test import RequestFactory
from wagtail.models import Locale

from home.models import HomePage, StandardPage
from home.views import server_error
from offers.tests import factories
from publishing.pages import create_page

pytestmark = pytest.mark.django_db


def about_page():
    home = HomePage.objects.get(locale=Locale.get_default())
    return create_page(
        home, StandardPage(title="Over ikdoemee", slug="over-ikdoemee", introduction="Wie zijn we.", show_in_menus=True)
    )


def test_home_offers_every_language_in_its_own_name_and_script(client):
    html = client.get("/nl/").content.decode()
    assert '<a href="/ar/" hreflang="ar" lang="ar" dir="rtl">العربية</a>' in html
    assert '<a href="/uk/" hreflang="uk" lang="uk" dir="ltr">Українська</a>' in html
    assert '<a href="/prs/" hreflang="prs" lang="prs" dir="rtl">دری</a>' in html


def test_home_asks_where_you_live_with_a_plain_get_form_and_name_suggestions(client):
    html = client.get("/ar/").content.decode()
    assert '<form method="get" action="/ar/search/municipality/"' in html
    assert 'name="place"' in html
    assert '<option value="Merelbeke-Melle">' in html  # datalist of today's names


def test_home_shows_the_six_goals_as_pictogram_links_to_the_search(client):
    html = client.get("/nl/").content.decode()
    for code in ("practise_dutch", "meet_people", "make_friends", "learn_something", "volunteer", "prepare_for_work"):
        assert f'href="/nl/search/?goal={code}"' in html
    assert html.count('class="pictogram"') == 6


def test_standard_pages_are_linked_from_the_home_page_in_every_language(client):
    about_page()
    nl = client.get("/nl/").content.decode()
    assert 'href="/nl/over-ikdoemee/"' in nl
    ar = client.get("/ar/").content.decode()
    assert 'href="/ar/over-ikdoemee/" lang="nl" dir="ltr">Over ikdoemee</a> <span class="language-label">' in ar
    response = client.get("/ar/over-ikdoemee/")
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


@pytest.mark.parametrize(
    "language, typed, target",
    [
        ("nl", "Gent", "/nl/gent/"),
        ("nl", "gent", "/nl/gent/"),
        ("ar", "9000", "/ar/gent/"),
        ("nl", "Melle", "/nl/merelbeke-melle/"),  # merged into Merelbeke-Melle in 2025
        ("uk", "9090", "/uk/merelbeke-melle/"),  # Melle's postcode
        ("fr", "Gand", "/fr/gent/"),  # the French name
    ],
)
def test_where_do_you_live_goes_straight_to_the_municipality_in_the_readers_language(client, language, typed, target):
    response = client.get(f"/{language}/search/municipality/", {"place": typed})
    assert response.status_code == 302
    assert response["Location"] == target


def test_a_postcode_of_two_municipalities_offers_a_short_choice(client):
    response = client.get("/nl/search/municipality/", {"place": "1040"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<li><a href="/nl/') >= 2
    assert "Etterbeek" in html


def test_an_unknown_place_suggests_names_that_start_with_the_text(client):
    response = client.get("/nl/search/municipality/", {"place": "Gen"})
    html = response.content.decode()
    assert response.status_code == 404
    assert 'href="/nl/gent/">Gent</a>' in html
    assert 'href="/nl/genk/">Genk</a>' in html
    assert 'value="Gen"' in html  # the form again, with what was typed


def test_sitemap_lists_pages_with_hreflang_alternates_of_their_real_translations(client):
    offer = factories.offer(title="Buddy in Gent", slug="buddy-in-gent")
    response = client.get("/sitemap.xml")
    xml = response.content.decode()
    assert response["Content-Type"].startswith("application/xml")
    assert f"<loc>http://testserver/nl/gent/{offer.slug}/</loc>" in xml
    assert "<loc>http://testserver/nl/</loc>" in xml
    assert '<xhtml:link rel="alternate" hreflang="ar" href="http://testserver/ar/"/>' in xml  # the home page
    assert '<xhtml:link rel="alternate" hreflang="x-default" href="http://testserver/nl/"/>' in xml


def test_robots_txt_points_to_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_404_is_in_the_readers_language_through_the_base_template(client):
    response = client.get("/ar/bestaat-niet/")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="ar" dir="rtl">' in html
    assert 'href="/ar/"' in html
    assert 'class="skip-link"' in html


def test_500_page_is_in_the_readers_language_and_needs_no_database(django_assert_num_queries):
    request = RequestFactory().get("/ar/gent/")
    with django_assert_num_queries(0):
        response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="ar" dir="rtl">' in html
    assert 'href="/ar/"' in html
