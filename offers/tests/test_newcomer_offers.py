"""The municipality page with its filters, and the offer page, as a newcomer uses them."""

import json
import re

import pytest
from django.contrib.staticfiles import finders
from django.utils import translation

from municipalities.models import Municipality
from offers.tests import factories

pytestmark = pytest.mark.django_db

MAX_PAGE_WEIGHT_BYTES = 60 * 1024


def nl(message: str) -> str:
    """What the Dutch interface shows for ``message`` (the catalogue may translate it)."""
    with translation.override("nl"):
        return translation.gettext(message)


def offers_count(number: int) -> str:
    with translation.override("nl"):
        return translation.ngettext("%(counter)s offer", "%(counter)s offers", number) % {"counter": number}


def titles_listed(html: str) -> list[str]:
    offers = html.split('id="offers-heading"')[1].split('id="nearby-heading"')[0]
    return re.findall(r'<h3[^>]*><a href="[^"]+">([^<]+)</a></h3>', offers)


def test_little_dutch_and_buddy_filters_narrow_the_list_with_a_count_and_a_way_back(client):
    gent = factories.municipality_page("Gent")
    factories.offer(gent, title="Buddy voor beginners", slug="buddy-beginners", offer_type="buddy", dutch_level=1)
    factories.offer(gent, title="Buddy voor gevorderden", slug="buddy-gevorderden", offer_type="buddy", dutch_level=3)
    factories.offer(gent, title="Taalcafé", slug="taalcafe", offer_type="language_practice", dutch_level=2)

    html = client.get("/nl/gent/", {"type": "buddy", "dutch_level_max": "2"}).content.decode()

    assert titles_listed(html) == ["Buddy voor beginners"]
    assert f"{offers_count(1)}</h2>" in html
    assert '<a class="remove-filters" href="/nl/gent/">' in html
    assert '<option value="buddy" selected>' in html
    assert '<details class="more-filters" open>' in html


def test_quick_links_keep_the_other_filters_in_a_shareable_url(client):
    factories.offer(factories.municipality_page("Gent"), offer_type="buddy")
    html = client.get("/nl/gent/", {"type": "buddy"}).content.decode()
    assert 'href="?type=buddy&amp;dutch_level_max=2"' in html  # "I speak little Dutch"


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"goal": "make_friends"}, ["Vrienden maken"]),
        ({"trajectory": "true"}, ["Taal oefenen"]),
        ({"day_part": "evening"}, ["Vrienden maken"]),
        ({"free": "true"}, ["Taal oefenen"]),
        ({"childcare": "true"}, ["Vrienden maken"]),
        ({"wheelchair": "true"}, ["Taal oefenen"]),
        ({"online": "true"}, ["Vrienden maken"]),
    ],
)
def test_each_filter_of_the_municipality_page(client, params, expected):
    gent = factories.municipality_page("Gent")
    factories.offer(
        gent, title="Taal oefenen", slug="taal-oefenen", goals=("practise_dutch",), is_wheelchair_accessible=True
    )
    factories.offer(
        gent,
        title="Vrienden maken",
        slug="vrienden-maken",
        goals=("make_friends",),
        signs_proof_of_participation=False,
        weekday_daytime=False,
        evening=True,
        is_free=False,
        cost_description="€ 2",
        has_childcare=True,
        is_online=True,
    )
    assert titles_listed(client.get("/nl/gent/", params).content.decode()) == expected


def test_a_bad_filter_value_is_explained_not_an_error(client):
    response = client.get("/nl/gent/", {"dutch_level_max": "9"})
    assert response.status_code == 200
    assert nl("The Dutch level is a number of language icons from 1 to 4.") in response.content.decode()


def test_regional_offers_from_elsewhere_are_filtered_too(client):
    regional = factories.offer(
        factories.municipality_page("Merelbeke-Melle"),
        title="Regionale buddy",
        slug="regionale-buddy",
        offer_type="buddy",
    )
    regional.also_serves.set([Municipality.objects.get(name_nl="Gent")])
    regional.save_revision().publish()
    assert titles_listed(client.get("/nl/gent/", {"type": "buddy"}).content.decode()) == ["Regionale buddy"]
    assert titles_listed(client.get("/nl/gent/", {"type": "volunteer"}).content.decode()) == []


def test_pagination_keeps_the_filters(client):
    gent = factories.municipality_page("Gent")
    for number in range(23):
        factories.offer(gent, title=f"Buddy {number:02d}", slug=f"buddy-{number:02d}", offer_type="buddy")
    first = client.get("/nl/gent/", {"type": "buddy"}).content.decode()
    assert len(titles_listed(first)) == 20
    assert 'href="?type=buddy&amp;page=2" rel="next"' in first
    second = client.get("/nl/gent/", {"type": "buddy", "page": "2"}).content.decode()
    assert titles_listed(second) == ["Buddy 20", "Buddy 21", "Buddy 22"]
    assert offers_count(23) in second


def test_offers_within_15_km_are_shown_below_nearest_first(client):
    factories.offer(factories.municipality_page("Gent"), title="Hier in Gent", slug="hier")
    factories.offer(factories.municipality_page("Lochristi"), title="In Lochristi", slug="lochristi")
    factories.offer(factories.municipality_page("Merelbeke-Melle"), title="In Merelbeke", slug="merelbeke")
    factories.offer(factories.municipality_page("Antwerpen"), title="Ver weg", slug="ver-weg")

    html = client.get("/nl/gent/").content.decode()
    nearby = html.split('id="nearby-heading"')[1]
    assert "Ver weg" not in html
    assert "Hier in Gent" not in nearby
    distances = [
        (place, float(km.replace(",", ".")))
        for place, km in re.findall(r"(Lochristi|Merelbeke-Melle), ([0-9.,]+) km", nearby)
    ]
    assert {place for place, _ in distances} == {"Lochristi", "Merelbeke-Melle"}
    assert all(km <= 15 for _, km in distances)
    assert [km for _, km in distances] == sorted(km for _, km in distances)  # nearest first


def test_municipality_page_with_filters_and_nearby_offers_has_a_constant_query_count(
    client, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    gent = factories.municipality_page("Gent")
    lochristi = factories.municipality_page("Lochristi")
    factories.offer(gent, offer_type="buddy", organisation=factories.organisation())
    factories.offer(lochristi, offer_type="buddy", organisation=factories.organisation())
    params = {"type": "buddy", "dutch_level_max": "2", "free": "true"}
    client.get("/ar/gent/", params)
    with CaptureQueriesContext(connection) as few:
        client.get("/ar/gent/", params)
    for _ in range(25):
        factories.offer(
            gent, offer_type="buddy", organisation=factories.organisation(), goals=("volunteer", "make_friends")
        )
        factories.offer(lochristi, offer_type="buddy", organisation=factories.organisation())

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/ar/gent/", params)
    assert response.content.decode().count('class="offer-card"') == 20 + 6


def test_a_municipality_page_with_20_offers_weighs_at_most_60_kb_with_its_css(client):
    gent = factories.municipality_page("Gent")
    gent.introduction = "<p>In Gent kan je op veel plaatsen Nederlands oefenen en nieuwe mensen leren kennen.</p>"
    gent.contact_service = "Dienst Samenleven, Welzijn en Gezondheid"
    gent.contact_email = "samenleven@stad.gent"
    gent.contact_phone = "09 266 12 34"
    gent.save_revision().publish()
    for number in range(20):
        factories.offer(
            gent,
            title=f"Buddywerking Gent Samen: samen de stad ontdekken {number}",
            summary="Een vrijwilliger uit de buurt trekt een half jaar met je op: koffie, wandelen, de bib.",
            organisation=factories.organisation(name=f"Buddywerking Gent Samen {number}"),
            offer_type="buddy",
        )
    html = client.get("/nl/gent/").content
    with open(finders.find("home/site.css"), "rb") as css_file:
        css = css_file.read()
    assert html.count(b'class="offer-card"') == 20
    assert len(html) + len(css) <= MAX_PAGE_WEIGHT_BYTES, (len(html), len(css))


def test_offer_page_has_map_links_for_a_phone_and_the_web(client):
    offer = factories.offer(latitude="51.05000", longitude="3.72000")
    html = client.get(offer.url).content.decode()
    assert 'href="geo:51.05000,3.72000?q=51.05000,3.72000"' in html
    assert 'href="https://www.openstreetmap.org/?mlat=51.05000&amp;mlon=3.72000#map=17/51.05000/3.72000"' in html


def test_offer_page_says_why_it_counts_and_whether_someone_can_go_along(client):
    offer = factories.offer(can_accompany_first_time=False)
    html = client.get(offer.url).content.decode()
    assert (
        nl(
            "Why: it takes place in Dutch, in a duo or a group, you meet new people, you have a good chance of "
            "lasting contacts, and the organisation signs your proof of participation."
        )
        in html
    )
    assert nl("Would you like someone to go with you the first time? Ask your case worker.") in html
    assert html.count('class="icon-on"') == 1 and html.count('class="icon-off"') == 3  # 1 of 4 icons


def test_full_offer_says_so_plainly_and_points_to_similar_open_ones(client):
    gent = factories.municipality_page("Gent")
    full = factories.offer(gent, title="Volle buddy", slug="volle-buddy", offer_type="buddy", status="full")
    factories.offer(gent, title="Open buddy", slug="open-buddy", offer_type="buddy")
    factories.offer(gent, title="Open taalcafé", slug="open-taalcafe", offer_type="language_practice")
    factories.offer(gent, title="Gepauzeerde buddy", slug="gepauzeerde-buddy", offer_type="buddy", status="paused")

    html = client.get(full.url).content.decode()
    notice = html.split('class="notice" role="status"')[1].split("</div>")[0]
    assert nl("Full at the moment") in notice
    assert nl("You cannot join it now.") in notice
    assert 'href="/nl/gent/open-buddy/"' in notice
    assert "Open taalcafé" not in notice and "Gepauzeerde buddy" not in notice


def test_offer_page_has_schema_org_json_ld_that_cannot_break_out_of_its_script(client):
    organisation = factories.organisation(name="Buddywerking </script><script>alert(1)</script>")
    offer = factories.offer(title="Samen </script> koken", organisation=organisation, start_date="2025-03-01")
    html = client.get(offer.url).content.decode()
    assert "</script><script>alert(1)" not in html
    raw = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    data = json.loads(raw)
    assert data["@type"] == "Event"
    assert data["name"] == "Samen </script> koken"
    assert data["organizer"]["@type"] == "Organization"
    assert data["organizer"]["name"].startswith("Buddywerking </script>")
    assert data["location"]["address"]["postalCode"] == "9000"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["startDate"] == "2025-03-01"
