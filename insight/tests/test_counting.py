"""Counting page views, unique visitors, searches, joins, prompt answers and referral codes."""

import datetime
import multiprocessing

import pytest
from django.apps import apps
from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.db.models import Q, Sum
from django.test import Client, RequestFactory

from insight.counting import count_search, visitor_hash
from insight.flush import flush_counts
from insight.models import (
    DailyJoinStat,
    DailyPageStat,
    DailyPromptAnswer,
    DailyReferralVisit,
    DailySearchStat,
    DailyUniqueVisitors,
    FlushBatch,
    ReferralCode,
)
from offers.tests.factories import municipality_page, offer

from .conftest import DESKTOP, PHONE, view

pytestmark = pytest.mark.django_db


def site_unique(day):
    return DailyUniqueVisitors.objects.get(day=day, scope="site").unique_visitors


def total_views(**filters):
    return DailyPageStat.objects.filter(**filters).aggregate(total=Sum("views"))["total"] or 0


def test_a_simulated_day_counts_every_view_and_each_visitor_once(store, client, on_day):
    on_day("2025-03-10")
    page = offer()
    gent = municipality_page("Gent")
    for visitor in range(7):
        for _ in range(3):
            view(client, page, ip=f"198.51.100.{visitor}")
        view(client, gent, ip=f"198.51.100.{visitor}")
    view(client, gent, ip="198.51.100.1", user_agent=DESKTOP)  # same address, other device: another visitor

    report = flush_counts(store, now=datetime.datetime(2025, 3, 10, 15, tzinfo=datetime.UTC))

    day = datetime.date(2025, 3, 10)
    assert report.counters == 29
    assert total_views(day=day, translation_key=page.translation_key) == 21
    assert total_views(day=day, page_type="municipality") == 8
    assert total_views(day=day, device_class="mobile") == 28
    assert total_views(day=day, device_class="desktop") == 1
    assert site_unique(day) == 8
    gent_unique = DailyUniqueVisitors.objects.get(day=day, scope="municipality", municipality=gent.municipality)
    assert gent_unique.unique_visitors == 8
    page_unique = DailyUniqueVisitors.objects.get(day=day, scope="page", translation_key=page.translation_key)
    assert page_unique.unique_visitors == 7


def test_flushing_twice_in_a_day_adds_only_the_new_views(store, client, on_day):
    on_day("2025-03-10")
    page = offer()
    noon = datetime.datetime(2025, 3, 10, 11, tzinfo=datetime.UTC)
    view(client, page, ip="198.51.100.1")
    flush_counts(store, now=noon)
    view(client, page, ip="198.51.100.1")
    view(client, page, ip="198.51.100.2")
    flush_counts(store, now=noon)
    flush_counts(store, now=noon)

    assert total_views(translation_key=page.translation_key) == 3
    assert site_unique(datetime.date(2025, 3, 10)) == 2


def test_two_days_count_unique_visitors_per_day_and_destroy_the_old_salt(store, client, on_day):
    page = offer()
    on_day("2025-03-10")
    for visitor in range(3):
        view(client, page, ip=f"198.51.100.{visitor}")
    first_salt = store.salt("2025-03-10")
    on_day("2025-03-11")
    for visitor in range(3):  # the same three people come back, and one new one
        view(client, page, ip=f"198.51.100.{visitor}")
    view(client, page, ip="198.51.100.99")
    second_salt = store.salt("2025-03-11")

    report = flush_counts(store, now=datetime.datetime(2025, 3, 11, 12, tzinfo=datetime.UTC))

    assert first_salt != second_salt
    assert site_unique(datetime.date(2025, 3, 10)) == 3
    assert site_unique(datetime.date(2025, 3, 11)) == 4
    assert report.days_closed == ["2025-03-10"]
    assert not store.has_salt("2025-03-10")
    assert store.has_salt("2025-03-11")
    assert store.unique_counts("2025-03-10") == {}


def _count_in_another_process(settings_values, translation_key, municipality_id, number, views):
    """Runs in a forked process with its own store client (no shared connection)."""
    from django.conf import settings
    from django.test import RequestFactory

    from insight import counting
    from insight.store import _store_for

    for name, value in settings_values.items():
        setattr(settings, name, value)
    _store_for.cache_clear()
    counting.today = lambda: "2025-03-10"
    factory = RequestFactory()
    params = {"k": translation_key, "t": "offer", "m": str(municipality_id), "l": "nl", "rh": ""}
    for index in range(views):
        request = factory.get("/i/v.gif", params, HTTP_USER_AGENT=PHONE, REMOTE_ADDR=f"192.0.2.{number}")
        request.user = None
        counting.count_page_view(request, request.GET)
        if index % 50 == 0:
            counting.get_store()._salts.clear()  # also exercise the shared salt under contention


def test_counts_from_two_processes_both_land(store, settings):
    page = offer()
    settings_values = {
        "INSIGHT_REDIS_URL": settings.INSIGHT_REDIS_URL,
        "INSIGHT_REDIS_PREFIX": settings.INSIGHT_REDIS_PREFIX,
        "INSIGHT_SPOOL_DIR": settings.INSIGHT_SPOOL_DIR,
    }
    context = multiprocessing.get_context("fork")
    processes = [
        context.Process(
            target=_count_in_another_process,
            args=(settings_values, str(page.translation_key), page.municipality_id, number, 300),
        )
        for number in (1, 2)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
        assert process.exitcode == 0

    flush_counts(store, now=datetime.datetime(2025, 3, 10, 12, tzinfo=datetime.UTC))

    assert total_views(translation_key=page.translation_key) == 600
    assert site_unique(datetime.date(2025, 3, 10)) == 2  # one salt for both processes


def test_bots_and_logged_in_editors_are_not_counted(store, client, django_user_model, on_day):
    on_day("2025-03-10")
    page = offer()
    view(client, page, user_agent="Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
    view(client, page, user_agent="")
    editor = django_user_model.objects.create_user(username="redactie", password="x")
    client.force_login(editor)
    view(client, page)
    client.logout()
    view(client, page)

    flush_counts(store, now=datetime.datetime(2025, 3, 10, 12, tzinfo=datetime.UTC))

    assert total_views(translation_key=page.translation_key) == 1


def test_referrer_categories_come_from_the_referrer_host_and_the_code(store, client, on_day):
    on_day("2025-03-10")
    page = offer()
    ReferralCode.objects.create(code="cw-gent", kind=ReferralCode.Kind.CASE_WORKER)
    view(client, page, rh="www.google.be")
    view(client, page, rh="l.facebook.com")
    view(client, page, rh="stad.gent")
    view(client, page, rh="www.leuven.be")
    view(client, page, rh="")
    view(client, page, rh="testserver")
    view(client, page, via="cw-gent")
    client.get("/i/v.gif", {"k": str(page.translation_key), "t": "offer"}, HTTP_USER_AGENT=PHONE)  # no script

    flush_counts(store, now=datetime.datetime(2025, 3, 10, 12, tzinfo=datetime.UTC))

    categories = dict(DailyPageStat.objects.values_list("referrer_category").annotate(total=Sum("views")))
    assert categories == {
        "search_engine": 1,
        "social": 1,
        "municipal_website": 2,
        "direct": 1,
        "internal": 1,
        "referral_code": 1,
        "unknown": 1,
    }


def test_referral_codes_count_visits_per_code_and_ignore_unknown_codes(store, client, on_day):
    on_day("2025-03-10")
    page = offer()
    code = ReferralCode.objects.create(code="cw-gent", kind=ReferralCode.Kind.CASE_WORKER)
    view(client, page, via="CW-GENT")
    view(client, page, via="cw-gent", ip="198.51.100.7")
    view(client, page, via="nobody-handed-this-out")

    flush_counts(store, now=datetime.datetime(2025, 3, 10, 12, tzinfo=datetime.UTC))

    assert DailyReferralVisit.objects.get(referral_code=code).visits == 2
    assert DailyReferralVisit.objects.count() == 1


def test_a_forged_beacon_for_a_page_that_does_not_exist_is_dropped(store, client, on_day):
    on_day("2025-03-10")
    client.get(
        "/i/v.gif",
        {"k": "00000000-0000-0000-0000-000000000000", "t": "offer", "m": "999999", "l": "nl"},
        HTTP_USER_AGENT=PHONE,
    )
    response = client.get("/i/v.gif", {"k": "not-a-key"}, HTTP_USER_AGENT=PHONE)

    flush_counts(store, now=datetime.datetime(2025, 3, 10, 12, tzinfo=datetime.UTC))

    assert response["Content-Type"] == "image/gif"
    assert "no-store" in response["Cache-Control"]
    assert DailyPageStat.objects.count() == 0


def test_prompt_answers_are_counted_once_per_browser_as_a_daily_aggregate(store, on_day):
    on_day("2025-03-10")
    for answer in ("yes", "yes", "no", "rather_not_say"):
        reader = Client(HTTP_USER_AGENT=PHONE)
        response = reader.post("/i/prompt/", {"answer": answer, "language": "nl", "next": "/nl/"})
        assert response.status_code == 200
        assert response.cookies["insight_prompt"].value == "answered"
        reader.post("/i/prompt/", {"answer": "no", "language": "nl", "next": "/nl/"})  # asked at most once

    flush_counts(store, now=datetime.datetime(2025, 3, 10, 12, tzinfo=datetime.UTC))

    answers = dict(DailyPromptAnswer.objects.values_list("answer", "answers"))
    assert answers == {"yes": 2, "no": 1, "rather_not_say": 1}


def test_searches_are_counted_and_zero_result_queries_listed(store, on_day):
    on_day("2025-03-10")
    factory = RequestFactory(HTTP_USER_AGENT=PHONE)

    def search(query, results, **params):
        request = factory.get("/nl/search/", {"q": query, **params})
        request.user = AnonymousUser()
        return count_search(request, query, results)

    search("  Taalcafé  ", 3)
    search("taalcafé", 3)
    assert not search("taalcafé", 3, page="2")  # the next page is not another search
    search("zwemles xyz", 0)

    flush_counts(store, now=datetime.datetime(2025, 3, 10, 12, tzinfo=datetime.UTC))

    rows = {row.query: row for row in DailySearchStat.objects.all()}
    assert rows["taalcafé"].searches == 2
    assert rows["zwemles xyz"].zero_result_searches == 1


def test_join_redirect_goes_to_the_offers_own_contact_and_is_counted(store, client, on_day):
    on_day("2025-03-10")
    page = offer(contact_url="https://desleutel.example.be/inschrijven")

    phone = client.get(f"/i/join/{page.pk}/phone/", HTTP_USER_AGENT=PHONE)
    mail = client.get(f"/i/join/{page.pk}/email/", HTTP_USER_AGENT=PHONE)
    website = client.get(f"/i/join/{page.pk}/website/?next=https://evil.example", HTTP_USER_AGENT=PHONE)
    unknown = client.get(f"/i/join/{page.pk}/fax/", HTTP_USER_AGENT=PHONE)
    flush_counts(store, now=datetime.datetime(2025, 3, 10, 12, tzinfo=datetime.UTC))

    assert phone["Location"] == "tel:092661111"
    assert mail["Location"] == "mailto:sara@desleutel.example.be"
    assert website["Location"] == "https://desleutel.example.be/inschrijven"
    # Not found; Django's LocaleMiddleware turns the 404 into a redirect to /nl/…, never to a contact.
    assert unknown.status_code == 404 or unknown["Location"] == f"/nl/i/join/{page.pk}/fax/"
    assert dict(DailyJoinStat.objects.values_list("channel", "joins")) == {"phone": 1, "email": 1, "website": 1}


def test_a_batch_left_by_a_crashed_flush_lands_exactly_once(store, client, on_day):
    on_day("2025-03-10")
    page = offer()
    view(client, page)
    view(client, page)
    token = store.claim("2025-03-10")  # the flush crashed right after taking the counters away
    view(client, page)

    flush_counts(store, now=datetime.datetime(2025, 3, 10, 12, tzinfo=datetime.UTC))
    assert total_views(translation_key=page.translation_key) == 3
    assert FlushBatch.objects.filter(token=token).exists()

    # Crash after the database commit but before the batch was deleted: not added twice.
    view(client, page)
    token = store.claim("2025-03-10")
    from insight.flush import FlushReport, apply_batch

    apply_batch("2025-03-10", store.read_batch("2025-03-10", token), token, FlushReport())
    flush_counts(store, now=datetime.datetime(2025, 3, 10, 12, tzinfo=datetime.UTC))
    assert total_views(translation_key=page.translation_key) == 4
    assert store.batches() == []


def test_no_ip_address_user_agent_or_visitor_hash_is_stored_in_any_table(store, on_day):
    on_day("2025-03-10")
    page = offer()
    ip, agent = "203.0.113.77", "Mozilla/5.0 (X11; Linux x86_64) UniqueAgentToken/9.9 Firefox/128.0"
    reader = Client(HTTP_USER_AGENT=agent, REMOTE_ADDR=ip)
    view(reader, page, ip=ip, user_agent=agent, rh="www.google.be")
    search_request = RequestFactory().get("/nl/search/", {"q": "taalcafé"}, HTTP_USER_AGENT=agent, REMOTE_ADDR=ip)
    search_request.user = AnonymousUser()
    count_search(search_request, "taalcafé", 2)
    reader.post("/i/prompt/", {"answer": "yes", "language": "nl", "next": "/nl/"})
    reader.post("/i/feedback/", {"page": page.pk, "helpful": "yes", "comment": "Goed", "language": "nl"})
    reader.get(f"/i/join/{page.pk}/phone/")
    salt = store.salt("2025-03-10")
    visitor = visitor_hash(salt, RequestFactory().get("/", HTTP_USER_AGENT=agent, REMOTE_ADDR=ip))
    secrets_to_find = [ip, "UniqueAgentToken", salt[:16], visitor[:16]]
    flush_counts(store, now=datetime.datetime(2025, 3, 11, 12, tzinfo=datetime.UTC))
    assert DailyPageStat.objects.exists() and DailySearchStat.objects.exists()

    scanned = 0
    for model in apps.get_models():
        text_fields = [
            f.name for f in model._meta.concrete_fields if isinstance(f, models.CharField | models.TextField)
        ]
        if not text_fields:
            continue
        condition = Q()
        for field in text_fields:
            for secret in secrets_to_find:
                condition |= Q(**{f"{field}__contains": secret})
        assert not model._default_manager.filter(condition).exists(), model
        scanned += 1
    assert scanned > 20
