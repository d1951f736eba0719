import pytest
from wagtail.models import Locale, Site

from municipalities.models import Municipality
from offers.tests import factories

SCHEMATHESIS_CASES = {"count": 0}


def pytest_terminal_summary(terminalreporter):
    if SCHEMATHESIS_CASES["count"]:
        terminalreporter.write_line(f"schemathesis: {SCHEMATHESIS_CASES['count']} cases run against the offers API")


@pytest.fixture
def english(db):
    locale, _ = Locale.objects.get_or_create(language_code="en")
    yield locale
    Site.clear_site_root_paths_cache()  # the English home page of this test is rolled back


def translate(page, locale, **texts):
    """A live translation of ``page`` in ``locale`` (its parents copied as needed)."""
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in texts.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    Site.clear_site_root_paths_cache()  # a new translated home page is a new site root path
    return translation


@pytest.fixture
def offer_set(db):
    """A small, varied set of offers around Gent and beyond."""
    gent = factories.municipality_page("Gent")
    merelbeke = factories.municipality_page("Merelbeke-Melle")
    antwerpen = factories.municipality_page("Antwerpen")
    hasselt = factories.municipality_page("Hasselt")
    offers = {
        "taalcafe": factories.offer(gent, title="Taalcafé Gent", goals=("practise_dutch", "meet_people")),
        "buddy": factories.offer(
            gent,
            title="Buddy Gent",
            offer_type="buddy",
            goals=("make_friends",),
            dutch_level=3,
            weekday_daytime=False,
            evening=True,
            is_free=False,
            cost_description="€ 10 per jaar",
            has_childcare=True,
        ),
        "wandelen": factories.offer(
            merelbeke,
            title="Wandelgroep Schelde",
            offer_type="leisure",
            goals=("meet_people",),
            dutch_level=2,
            weekday_daytime=False,
            weekend=True,
            is_wheelchair_accessible=True,
        ),
        "online": factories.offer(
            antwerpen,
            title="Online praatgroep",
            summary="Samen Nederlands praten via video.",
            goals=("practise_dutch",),
            is_online=True,
            address="",
            postcode="",
            dutch_level=4,
            signs_proof_of_participation=False,
        ),
        "vrijwilliger": factories.offer(
            hasselt,
            title="Vrijwilliger in het woonzorgcentrum",
            offer_type="volunteer",
            goals=("volunteer", "prepare_for_work"),
            dutch_level=2,
            latitude="50.93000",
            longitude="5.33800",
        ),
    }
    # The online offer from Antwerpen also serves Gent.
    online = offers["online"]
    online.also_serves.set([Municipality.objects.get(name_nl="Gent")])
    online.save_revision().publish()
    return offers
