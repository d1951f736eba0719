"""Readers' feedback, the dashboard's permissions, the parliamentary report and CSV exports."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from insight.exports import neutralise
from insight.models import (
    DailyPageStat,
    DailyPromptAnswer,
    DailyReferralVisit,
    DailyUniqueVisitors,
    Feedback,
    ReferralCode,
)
from insight.reports import wilson_interval
from offers.tests.factories import municipality_page, offer
from tests.interface import ui_text

from .conftest import PHONE, editor_of, reviewer

pytestmark = pytest.mark.django_db


def denied(response) -> bool:
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard and a message."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def give_feedback(page, helpful="yes", comment=""):
    reader = Client(HTTP_USER_AGENT=PHONE)
    return reader.post(
        "/i/feedback/", {"page": page.pk, "helpful": helpful, "comment": comment, "language": "nl", "next": "/nl/"}
    )


def test_offer_page_shows_the_beacon_the_feedback_form_and_the_newcomer_question(client):
    page = offer()
    response = client.get(page.url, HTTP_USER_AGENT=PHONE)
    html = response.content.decode()
    assert f"/i/v.gif?k={page.translation_key}" in html
    assert 'action="/i/feedback/"' in html
    assert 'action="/i/prompt/"' in html
    assert f"/i/join/{page.pk}/phone/" in html


def test_the_newcomer_question_is_not_shown_again_after_an_answer(client):
    page = offer()
    client.cookies["insight_prompt"] = "answered"
    assert 'action="/i/prompt/"' not in client.get(page.url).content.decode()


def test_feedback_is_stored_with_page_language_and_day_but_no_identity():
    page = offer()
    response = give_feedback(page, "no", "Ik vond het adres niet.")
    assert response.status_code == 200
    item = Feedback.objects.get()
    assert (item.page_id, item.locale, item.day, item.helpful) == (page.pk, "nl", timezone.localdate(), False)
    assert item.municipality.name_nl == "Gent"
    assert item.comment == "Ik vond het adres niet."


def test_feedback_needs_an_answer():
    page = offer()
    response = give_feedback(page, helpful="maybe")
    assert response.status_code == 400
    assert not Feedback.objects.exists()


def test_gent_editor_sees_gent_comments_but_not_antwerpen_comments(client, django_user_model):
    give_feedback(offer(municipality_page("Gent")), "no", "Gent: de uren kloppen niet")
    give_feedback(offer(municipality_page("Antwerpen")), "no", "Antwerpen: geen parking")
    client.force_login(editor_of("Gent", django_user_model, "redactie-gent"))

    html = client.get("/admin/insight/").content.decode()

    assert "Gent: de uren kloppen niet" in html
    assert "Antwerpen: geen parking" not in html


def test_reviewer_sees_comments_of_every_municipality(client, django_user_model):
    give_feedback(offer(municipality_page("Gent")), "no", "Gent: de uren kloppen niet")
    give_feedback(offer(municipality_page("Antwerpen")), "no", "Antwerpen: geen parking")
    client.force_login(reviewer(django_user_model))

    html = client.get("/admin/insight/").content.decode()

    assert "Gent: de uren kloppen niet" in html and "Antwerpen: geen parking" in html


def test_gent_editor_cannot_open_the_antwerpen_dashboard_or_delete_its_feedback(client, django_user_model):
    give_feedback(offer(municipality_page("Antwerpen")), "no", "Antwerpen: geen parking")
    antwerpen = municipality_page("Antwerpen").municipality
    client.force_login(editor_of("Gent", django_user_model, "redactie-gent"))

    dashboard = client.get("/admin/insight/", {"scope": f"municipality-{antwerpen.pk}"})
    everything = client.get("/admin/insight/", {"scope": "all"})
    delete = client.post(f"/admin/insight/feedback/{Feedback.objects.get().pk}/delete/")

    assert denied(dashboard) and denied(everything) and denied(delete)
    assert Feedback.objects.exists()


def test_editor_can_delete_feedback_on_their_own_municipality(client, django_user_model):
    give_feedback(offer(municipality_page("Gent")), "no", "Mijn telefoonnummer is 0470 12 34 56")
    client.force_login(editor_of("Gent", django_user_model, "redactie-gent"))
    client.post(f"/admin/insight/feedback/{Feedback.objects.get().pk}/delete/")
    assert not Feedback.objects.exists()


def test_an_admin_user_without_page_rights_gets_no_dashboard(client, django_user_model):
    user = django_user_model.objects.create_user(username="vertaler", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))  # admin, but no page rights
    client.force_login(user)
    assert denied(client.get("/admin/insight/"))


def test_feedback_older_than_the_retention_period_is_deleted(settings):
    settings.FEEDBACK_RETENTION_DAYS = 365
    page = offer()
    today = timezone.localdate()
    old = Feedback.objects.create(page=page, locale="nl", day=today - datetime.timedelta(days=366), helpful=True)
    kept = Feedback.objects.create(page=page, locale="nl", day=today - datetime.timedelta(days=364), helpful=True)

    call_command("purge_feedback", verbosity=0)

    assert not Feedback.objects.filter(pk=old.pk).exists()
    assert Feedback.objects.filter(pk=kept.pk).exists()


def test_wilson_interval_matches_the_textbook_values():
    low, high = wilson_interval(50, 100)
    assert round(low, 4) == 0.4038 and round(high, 4) == 0.5962
    low, high = wilson_interval(0, 10)
    assert low == 0 and round(high, 4) == 0.2775
    assert wilson_interval(0, 0) is None


def test_csv_cells_that_look_like_formulas_are_neutralised():
    assert neutralise('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert neutralise("+32 9 266 11 11") == "'+32 9 266 11 11"
    assert neutralise("-1") == "'-1"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("taalcafé") == "taalcafé"
    assert neutralise(12) == "12"


def build_known_period():
    """Three days in March 2025 with known figures, for Gent and Antwerpen."""
    gent_offer = offer(municipality_page("Gent"), offer_type="buddy")
    offer(municipality_page("Gent"), offer_type="language_practice")
    offer(municipality_page("Antwerpen"), offer_type="buddy")
    gent = gent_offer.municipality
    for number, day in enumerate((10, 11, 12)):
        date = datetime.date(2025, 3, day)
        DailyPageStat.objects.create(
            day=date,
            translation_key=gent_offer.translation_key,
            page_type="offer",
            municipality=gent,
            locale="nl",
            referrer_category="direct",
            device_class="mobile",
            views=100 + number,
        )
        DailyUniqueVisitors.objects.create(day=date, scope="site", unique_visitors=40 + number)
        DailyUniqueVisitors.objects.create(day=date, scope="municipality", municipality=gent, unique_visitors=30)
    DailyPromptAnswer.objects.create(day=datetime.date(2025, 3, 10), locale="nl", answer="yes", answers=30)
    DailyPromptAnswer.objects.create(day=datetime.date(2025, 3, 11), locale="ar", answer="yes", answers=20)
    DailyPromptAnswer.objects.create(day=datetime.date(2025, 3, 11), locale="nl", answer="no", answers=50)
    DailyPromptAnswer.objects.create(day=datetime.date(2025, 3, 12), locale="nl", answer="rather_not_say", answers=9)
    DailyPromptAnswer.objects.create(day=datetime.date(2025, 4, 1), locale="nl", answer="yes", answers=999)  # outside
    code = ReferralCode.objects.create(code="cw-gent", kind=ReferralCode.Kind.CASE_WORKER, municipality=gent)
    DailyReferralVisit.objects.create(day=datetime.date(2025, 3, 11), referral_code=code, visits=17)
    for helpful in (True, True, True, False):
        Feedback.objects.create(
            page=gent_offer,
            municipality=gent,
            locale="nl",
            day=datetime.date(2025, 3, 11),
            helpful=helpful,
            comment="" if helpful else "te moeilijk",
        )


def test_parliamentary_report_figures_match_a_known_fixture(client, django_user_model):
    build_known_period()
    client.force_login(reviewer(django_user_model))

    response = client.get("/admin/insight/report/", {"start": "2025-03-10", "end": "2025-03-12", "scope": "all"})
    answer = response.context["answer"]
    export = client.get(
        "/admin/insight/report/", {"start": "2025-03-10", "end": "2025-03-12", "scope": "all", "export": "csv"}
    )

    assert answer["unique_visitors_sum"] == 40 + 41 + 42
    assert answer["page_views"] == 100 + 101 + 102
    assert answer["newcomers"]["answers"] == 109
    assert answer["newcomers"]["share"] == 0.5
    assert [round(x, 4) for x in answer["newcomers"]["interval"]] == [0.4038, 0.5962]
    assert answer["case_worker_visits"] == 17
    assert answer["offers_total"] == 3
    assert answer["offers_fresh"] == 3  # the offer figures describe today: all just published
    assert dict((str(name), total) for name, total in answer["offers_per_type"]) == {
        ui_text("Buddy project", "nl"): 2,  # the admin speaks Dutch by default
        ui_text("Language practice", "nl"): 1,
    }
    assert dict(answer["offers_per_municipality"]) == {"Antwerpen": 1, "Gent": 2}
    assert (answer["feedback"]["yes"], answer["feedback"]["no"], answer["feedback"]["comments"]) == (3, 1, 1)
    assert ui_text("Unique visitors (sum of daily unique visitors)", "nl") in response.content.decode()
    rows = {(row[0], row[1]): row[2] for row in csv.reader(io.StringIO(export.content.decode("utf-8-sig")))}
    assert rows[("use", "sum of daily unique visitors")] == "123"
    assert rows[("newcomers", "yes share")] == "0.5000"
    assert rows[("offers per municipality", "Gent")] == "2"


def test_dashboard_exports_tables_as_csv_for_the_editors_municipality(client, django_user_model):
    build_known_period()
    gent = municipality_page("Gent").municipality
    client.force_login(editor_of("Gent", django_user_model, "redactie-gent"))

    page = client.get("/admin/insight/", {"start": "2025-03-10", "end": "2025-03-12"})
    export = client.get("/admin/insight/", {"start": "2025-03-10", "end": "2025-03-12", "export": "visits"})

    assert page.context["scope"].municipality_ids == frozenset([gent.pk])
    assert "<svg" in page.content.decode()
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert rows[1:] == [["2025-03-10", "100", "30"], ["2025-03-11", "101", "30"], ["2025-03-12", "102", "30"]]
