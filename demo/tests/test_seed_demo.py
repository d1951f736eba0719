"""seed_demo: what it creates, that a second run creates nothing, the demo users, and the demo
content data itself (checked without a database)."""

import csv
from collections import Counter
from io import StringIO

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Locale, Page, Revision

from demo.content import DEMO_PASSWORD, PLACES, USERS
from demo.generator import YEAR, build_offers, build_organisations
from demo.templates import ACTIVITIES, ALL_CRITERIA
from home.models import StandardPage
from offers.choices import OfferType
from offers.models import MunicipalityPage, OfferPage, Organisation

USERNAMES = [user[0] for user in USERS]


def load_municipalities():
    """The root conftest loads them once per session; without it, load them here."""
    if not MunicipalityPage.objects.exists():
        call_command("load_municipalities", stdout=StringIO())


def seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def current_postcodes() -> dict[str, set[str]]:
    """Postcodes of the current municipalities, straight from the reference file."""
    with open(django_settings.MUNICIPALITIES_DATA_FILE, newline="", encoding="utf-8") as handle:
        return {
            row["name_nl"]: set(row["postcodes"].split(";"))
            for row in csv.DictReader(handle)
            if not row["merged_into_2025"]
        }


# --- the data, without a database ------------------------------------------------------------


def test_demo_content_is_varied_plausible_and_deterministic():
    assert len(ACTIVITIES) >= 40
    assert len({activity.key for activity in ACTIVITIES}) == len(ACTIVITIES)
    organisations = build_organisations()
    offers = build_offers(organisations)
    postcodes = current_postcodes()

    assert len(organisations) >= 40
    assert len({org.name for org in organisations}) == len(organisations)
    for org in organisations:
        assert org.postcode in postcodes[org.municipality], org.name
        assert org.website.startswith("https://") and org.website.endswith(".be")

    assert len(offers) >= 300
    assert {offer.municipality for offer in offers} == {place.name for place in PLACES}
    assert [offer.fields for offer in build_offers()] == [offer.fields for offer in offers]  # same seed, same offers
    slugs = Counter((offer.municipality, offer.slug) for offer in offers)
    assert max(slugs.values()) == 1
    assert len({offer.fields["summary"] for offer in offers}) >= 40

    for offer in offers:
        fields = offer.fields
        if fields["is_online"]:
            assert not fields["address"]
        else:
            assert fields["address"] and fields["postcode"] in postcodes[offer.municipality], fields["title"]
        assert fields["contact_email"] or fields["contact_phone"] or fields["contact_url"], fields["title"]
        assert fields["is_free"] or fields["cost_description"]
        assert fields["weekday_daytime"] or fields["evening"] or fields["weekend"]
        assert 1 <= len(offer.goals) <= 3
        assert len(fields["summary"]) <= 200 and "{" not in fields["summary"] + fields["description"]
        assert fields["review_by"].year == YEAR
        if fields["end_date"]:
            assert fields["end_date"].year == YEAR and fields["end_date"] >= fields["start_date"]
        assert all(name in postcodes for name in offer.also_serves)

    assert {offer.fields["offer_type"] for offer in offers} == set(OfferType.values)
    assert {offer.fields["dutch_level"] for offer in offers} == {1, 2, 3, 4}
    counting = sum(all(offer.fields[name] for name in ALL_CRITERIA) for offer in offers)
    assert 0.7 < counting / len(offers) < 0.9
    statuses = Counter(offer.fields["status"] for offer in offers)
    assert statuses["full"] and statuses["paused"] and statuses["open"] > 0.8 * len(offers)
    assert any(offer.fields["is_online"] for offer in offers)
    assert any(offer.also_serves and not offer.fields["is_online"] for offer in offers)
    assert any(
        offer.fields["has_childcare"] and not (offer.fields["evening"] or offer.fields["weekend"]) for offer in offers
    )


# --- the command -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_seed_demo_needs_the_municipality_pages():
    load_municipalities()
    page = MunicipalityPage.objects.get(municipality__name_nl="Halle", locale=Locale.get_default())
    page.delete()

    with pytest.raises(CommandError, match="Halle.*load_municipalities"):
        seed()
    assert not Organisation.objects.exists()


@pytest.mark.django_db
def test_seed_demo_creates_the_demo_site_once(settings):
    load_municipalities()
    User = get_user_model()

    # First run on a site that allows no demo users: all content, no users.
    settings.DEMO_CONTENT_ALLOWED = False
    output = seed()
    assert "DEMO_CONTENT_ALLOWED" in output
    assert not User.objects.filter(username__in=USERNAMES).exists()

    assert Organisation.objects.filter(locale=Locale.get_default()).count() >= 40
    offers = OfferPage.objects.live().filter(locale=Locale.get_default())
    assert offers.count() >= 300
    for place in PLACES:
        municipality_page = MunicipalityPage.objects.get(municipality__name_nl=place.name, locale=Locale.get_default())
        assert OfferPage.objects.child_of(municipality_page).live().count() == place.offers
        assert municipality_page.contact_service and municipality_page.introduction
    assert set(offers.values_list("offer_type", flat=True)) == set(OfferType.values)
    assert set(offers.values_list("dutch_level", flat=True)) == {1, 2, 3, 4}
    assert offers.filter(counts_for_trajectory=True).count() > 0.7 * offers.count()
    assert offers.exclude(also_serves=None).exists()
    standard_pages = StandardPage.objects.live().filter(show_in_menus=True)
    assert set(standard_pages.values_list("slug", flat=True)) >= {
        "over-ikdoemee",
        "voor-organisaties",
        "voor-gemeenten",
    }

    # Second run, users allowed: only the users are new.
    settings.DEMO_CONTENT_ALLOWED = True
    counts = (Organisation.objects.count(), OfferPage.objects.count(), Page.objects.count(), Revision.objects.count())
    output = seed()
    assert "0 organisations created" in output and "0 offers created" in output and "5 users" in output
    for username, *_rest, is_superuser in USERS:
        user = authenticate(username=username, password=DEMO_PASSWORD)
        assert user is not None and user.is_staff and user.is_superuser == is_superuser
        assert user.email.endswith("@example.be") and user.first_name and user.last_name

    # Third run: nothing changes at all.
    output = seed()
    assert "0 organisations created" in output and "0 offers created" in output
    assert "0 standard pages, 0 users" in output
    assert counts == (
        Organisation.objects.count(),
        OfferPage.objects.count(),
        Page.objects.count(),
        Revision.objects.count(),
    )
    assert User.objects.filter(username__in=USERNAMES).count() == len(USERS)
