import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from offers.models import GoalCategory, OfferPage
from offers.tests import factories
from tests.interface import ui_text
from translations.machine import LocalPseudoTranslator, translate_page
from translations.status import CHECKED, MACHINE, MISSING, OUTDATED, is_checked, mark_checked, state_of

pytestmark = pytest.mark.django_db

ALL_LANGUAGES = [code for code, _name in settings.LANGUAGES]


def machine_translate(offer, code, capture):
    with capture(execute=True):
        outcome = translate_page(offer, Locale.objects.get(language_code=code), LocalPseudoTranslator({}))
    return outcome


def test_every_content_language_has_a_locale_and_a_home_page(client):
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == sorted(ALL_LANGUAGES)
    for code in ALL_LANGUAGES:
        assert client.get(f"/{code}/").status_code == 200, code


def test_new_dutch_offer_answers_in_every_language_marked_as_dutch(client):
    offer = factories.offer(title="Samen koken", slug="samen-koken")
    for code in ALL_LANGUAGES:
        response = client.get(f"/{code}/gent/samen-koken/")
        assert response.status_code == 200, code
        html = response.content.decode()
        assert f'<html lang="{code}"' in html
        assert "Samen koken" in html
        if code != "nl":
            assert '<div lang="nl" dir="ltr">' in html
            assert ui_text("This offer is only available in Dutch.", code) in html
    assert offer.get_translations().count() == 0  # no alias tree: the fallback is decided while routing


def test_right_to_left_languages_carry_dir_rtl_and_dutch_text_stays_ltr(client):
    factories.offer(slug="fietsles")
    for code in ("ar", "ps", "prs"):
        html = client.get(f"/{code}/gent/fietsles/").content.decode()
        assert f'<html lang="{code}" dir="rtl">' in html
        assert '<div lang="nl" dir="ltr">' in html


def test_tigrinya_and_somali_pages_answer(client):
    factories.offer()
    for code in ("ti", "so"):
        assert client.get(f"/{code}/").status_code == 200
        assert client.get(f"/{code}/gent/").status_code == 200


def test_root_redirects_to_the_browsers_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="uk,en;q=0.5")["Location"] == "/uk/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fa-AF,fa;q=0.8")["Location"] == "/prs/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE")["Location"] == "/nl/"


def test_links_in_a_listing_stay_in_the_readers_language(client):
    factories.offer(slug="wandelen-in-het-park")
    html = client.get("/ar/gent/").content.decode()
    assert 'href="/ar/gent/wandelen-in-het-park/"' in html
    assert 'href="/nl/gent/wandelen-in-het-park/"' not in html
    home = client.get("/ar/").content.decode()
    assert 'href="/ar/gent/"' in home


def test_language_switcher_keeps_the_reader_on_the_same_page(client):
    factories.offer(slug="zwemmen")
    html = client.get("/uk/gent/zwemmen/").content.decode()
    assert '<a href="/ar/gent/zwemmen/" hreflang="ar" lang="ar">العربية</a>' in html
    assert '<a href="/ti/gent/zwemmen/" hreflang="ti" lang="ti">ትግርኛ</a>' in html


def test_machine_translation_shows_translated_text_and_notice_with_slug_and_phone_unchanged(
    client, django_capture_on_commit_callbacks
):
    offer = factories.offer(title="Samen tuinieren", slug="samen-tuinieren", contact_phone="09 266 11 11")

    assert machine_translate(offer, "ar", django_capture_on_commit_callbacks) == "created"

    translated = OfferPage.objects.get(translation_key=offer.translation_key, locale__language_code="ar")
    assert translated.live
    assert translated.title == "[ar] Samen tuinieren"
    assert translated.slug == "samen-tuinieren"
    assert translated.contact_phone == "09 266 11 11"
    response = client.get("/ar/gent/samen-tuinieren/")
    html = response.content.decode()
    assert "[ar] Samen tuinieren" in html
    assert ui_text("This text was automatically translated from Dutch and has not been checked yet.", "ar") in html
    assert '<div lang="nl"' not in html
    assert 'hreflang="ar"' in html and 'hreflang="nl"' in html
    # the parent municipality was created as an alias; routing still serves the Dutch one around it
    assert client.get("/ar/gent/").status_code == 200
    assert 'href="/ar/gent/samen-tuinieren/"' in client.get("/ar/gent/").content.decode()
    assert "[ar] Samen tuinieren" in client.get("/ar/gent/").content.decode()
    # and the other languages still fall back to Dutch
    assert (
        ui_text("This offer is only available in Dutch.", "fr")
        in client.get("/fr/gent/samen-tuinieren/").content.decode()
    )


def test_machine_translation_is_recorded_for_the_translation_editor(django_capture_on_commit_callbacks):
    from wagtail_localize.models import StringTranslation, Translation

    offer = factories.offer()
    machine_translate(offer, "uk", django_capture_on_commit_callbacks)

    translation = Translation.objects.get(source__object_id=offer.translation_key, target_locale__language_code="uk")
    total, done = translation.get_progress()
    assert total == done > 0
    assert set(
        StringTranslation.objects.filter(locale__language_code="uk").values_list("translation_type", flat=True)
    ) == {StringTranslation.TRANSLATION_TYPE_MACHINE}
    assert machine_translate(offer, "uk", django_capture_on_commit_callbacks) == "up to date"


def test_changing_a_goal_category_on_the_source_reaches_the_translation(django_capture_on_commit_callbacks):
    offer = factories.offer(goals=("meet_people",))
    machine_translate(offer, "fr", django_capture_on_commit_callbacks)

    offer.goals = list(GoalCategory.objects.filter(code__in=["practise_dutch", "volunteer"]))
    offer.save_revision().publish()

    translated = OfferPage.objects.get(translation_key=offer.translation_key, locale__language_code="fr")
    assert sorted(translated.goals.values_list("code", flat=True)) == ["practise_dutch", "volunteer"]
    assert sorted(translated.live_revision.as_object().goals.values_list("code", flat=True)) == [
        "practise_dutch",
        "volunteer",
    ]


def test_changing_the_text_makes_the_translation_outdated_and_resets_checked(
    client, django_capture_on_commit_callbacks, admin_user
):
    offer = factories.offer(slug="breien")
    fr = Locale.objects.get(language_code="fr")
    assert state_of(offer, fr) == MISSING
    machine_translate(offer, "fr", django_capture_on_commit_callbacks)
    assert state_of(offer, fr) == MACHINE

    mark_checked(offer, fr, admin_user)
    assert state_of(offer, fr) == CHECKED
    automatic = ui_text("This text was automatically translated from Dutch and has not been checked yet.", "fr")
    assert automatic not in client.get("/fr/gent/breien/").content.decode()

    offer.summary = "Je breit samen met andere mensen, elke woensdag."
    offer.save_revision().publish()
    offer.refresh_from_db()

    assert state_of(offer, fr) == OUTDATED
    assert not is_checked(offer, fr)
    page = client.get("/fr/gent/breien/").content.decode()
    changed = [
        ui_text("The Dutch text has changed since this translation; the Dutch version is the most recent.", "fr"),
        ui_text("The Dutch text has changed since; the Dutch version is the most recent.", "fr"),
    ]
    assert any(notice in page for notice in changed)

    assert machine_translate(offer, "fr", django_capture_on_commit_callbacks) == "updated"
    assert state_of(offer, fr) == MACHINE


def test_municipality_page_query_count_does_not_grow_with_offers(client, django_capture_on_commit_callbacks):
    gent = factories.municipality_page("Gent")
    first = factories.offer(gent)
    machine_translate(first, "ar", django_capture_on_commit_callbacks)
    client.get("/ar/gent/")  # warm caches (site root paths, content types)

    with CaptureQueriesContext(connection) as few:
        assert client.get("/ar/gent/").status_code == 200
    for _ in range(6):
        factories.offer(gent)
    machine_translate(factories.offer(gent), "ar", django_capture_on_commit_callbacks)
    with CaptureQueriesContext(connection) as many:
        assert client.get("/ar/gent/").status_code == 200

    assert len(many) == len(few), [query["sql"] for query in many.captured_queries]


def test_translators_group_may_edit_only_its_own_languages_pages():
    from django.contrib.auth import get_user_model

    from home.models import HomePage

    user = get_user_model().objects.create_user("vertaler-ar", password="x")
    from django.contrib.auth.models import Group

    user.groups.add(Group.objects.get(name="Vertalers Arabisch"))
    arabic_home = HomePage.objects.get(locale__language_code="ar")
    dutch_gent = factories.municipality_page("Gent")
    assert arabic_home.permissions_for_user(user).can_edit()
    assert arabic_home.permissions_for_user(user).can_publish()
    assert not dutch_gent.permissions_for_user(user).can_edit()
    assert not HomePage.objects.get(locale__language_code="fr").permissions_for_user(user).can_edit()


def test_status_report_counts_machine_translated_and_missing(admin_client, django_capture_on_commit_callbacks):
    from translations.report import translation_status_rows

    gent = factories.municipality_page("Gent")
    offers = [factories.offer(gent) for _ in range(2)]
    machine_translate(offers[0], "en", django_capture_on_commit_callbacks)
    rows = {row["locale"].language_code: row for row in translation_status_rows() if str(row["municipality"]) == "Gent"}
    # checked, translated, machine, outdated, missing
    assert rows["en"]["counts"] == [0, 0, 1, 0, 1]
    assert rows["ar"]["counts"] == [0, 0, 0, 0, 2]
    response = admin_client.get("/admin/translations/status/")
    assert response.status_code == 200
    assert "Gent" in response.content.decode()


def test_reviewer_marks_a_translation_checked_in_the_admin(admin_client, django_capture_on_commit_callbacks):
    offer = factories.offer()
    machine_translate(offer, "en", django_capture_on_commit_callbacks)
    translated = offer.get_translation(Locale.objects.get(language_code="en"))
    assert admin_client.get(f"/admin/translations/check/{translated.pk}/").status_code == 200
    admin_client.post(f"/admin/translations/check/{translated.pk}/")
    assert state_of(offer, translated.locale) == CHECKED


def test_translate_offers_command_reports_unsupported_pairs(settings, capsys):
    from django.core.management import call_command

    factories.offer(slug="schaken")
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.machine.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "not-used"},
    }
    call_command("translate_offers", "--locale", "ti", "--municipality", "gent")
    out = capsys.readouterr().out
    assert "cannot translate nl → ti" in out
    assert not OfferPage.objects.filter(locale__language_code="ti").exists()
