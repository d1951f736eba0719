"""Move counts from the store into the daily aggregate tables (``manage.py flush_stats``).

Counters are taken away in batches (see ``store``) and *added* to the aggregates in one
transaction with the batch token, so each batch lands exactly once. Unique visitors are
recounted from the day's sketch and *set* (never lowered). A finished day's salt and sketches
are destroyed after its last flush."""

import datetime
import logging
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from municipalities.models import Municipality

from .models import (
    DailyFilterStat,
    DailyJoinStat,
    DailyPageStat,
    DailyPromptAnswer,
    DailyReferralVisit,
    DailySearchStat,
    DailyUniqueVisitors,
    Feedback,
    FlushBatch,
    ReferralCode,
)
from .store import get_store

logger = logging.getLogger(__name__)

RAW_RETENTION_DAYS = 30


@dataclass
class FlushReport:
    batches: int = 0
    counters: int = 0
    dropped: int = 0
    days_closed: list = field(default_factory=list)
    feedback_deleted: int = 0


def _add(model, amount_field: str, amount: int, **dimensions):
    row, created = model.objects.get_or_create(**dimensions, defaults={amount_field: amount})
    if not created:
        model.objects.filter(pk=row.pk).update(**{amount_field: F(amount_field) + amount})


def _known_keys(keys) -> set[str]:
    return {str(key) for key in Page.objects.filter(translation_key__in=keys).values_list("translation_key", flat=True)}


def apply_batch(day: str, counters: dict[str, int], token: str, report: FlushReport):
    """Add one batch to the aggregates; rows naming pages, municipalities or codes that do not
    exist (a forged beacon) are dropped."""
    date = datetime.date.fromisoformat(day)
    parsed = [(name.split("|"), amount) for name, amount in counters.items()]
    keys = {parts[1] for parts, _ in parsed if parts[0] in ("v", "j") and len(parts) > 1}
    known_keys = _known_keys(keys) if keys else set()
    municipality_ids = set()
    for parts, _ in parsed:
        position = {"v": 3, "j": 2, "f": 1}.get(parts[0])
        if position is not None and len(parts) > position and parts[position].isdigit():
            municipality_ids.add(int(parts[position]))
    known_municipalities = set(Municipality.objects.filter(pk__in=municipality_ids).values_list("pk", flat=True))
    codes = {code.code.lower(): code for code in ReferralCode.objects.all()}

    def municipality(value):
        return int(value) if value.isdigit() and int(value) in known_municipalities else None

    with transaction.atomic():
        for parts, amount in parsed:
            kind = parts[0]
            if kind == "v" and len(parts) == 7 and parts[1] in known_keys:
                _, key, page_type, muni, locale, category, device = parts
                _add(
                    DailyPageStat,
                    "views",
                    amount,
                    day=date,
                    translation_key=key,
                    page_type=page_type,
                    municipality_id=municipality(muni),
                    locale=locale,
                    referrer_category=category,
                    device_class=device,
                )
            elif kind == "j" and len(parts) == 5 and parts[1] in known_keys:
                _, key, muni, locale, channel = parts
                _add(
                    DailyJoinStat,
                    "joins",
                    amount,
                    day=date,
                    translation_key=key,
                    municipality_id=municipality(muni),
                    locale=locale,
                    channel=channel,
                )
            elif kind == "s" and len(parts) == 4:
                _, locale, zero, query = parts
                row, created = DailySearchStat.objects.get_or_create(
                    day=date,
                    query=query,
                    locale=locale,
                    defaults={"searches": amount, "zero_result_searches": amount if zero == "1" else 0},
                )
                if not created:
                    DailySearchStat.objects.filter(pk=row.pk).update(
                        searches=F("searches") + amount,
                        zero_result_searches=F("zero_result_searches") + (amount if zero == "1" else 0),
                    )
            elif kind == "f" and len(parts) == 3:
                _add(
                    DailyFilterStat,
                    "uses",
                    amount,
                    day=date,
                    municipality_id=municipality(parts[1]),
                    filter_name=parts[2],
                )
            elif kind == "a" and len(parts) == 3:
                _add(DailyPromptAnswer, "answers", amount, day=date, locale=parts[1], answer=parts[2])
            elif kind == "r" and len(parts) == 2 and parts[1] in codes:
                _add(DailyReferralVisit, "visits", amount, day=date, referral_code=codes[parts[1]])
            else:
                report.dropped += amount
                continue
            report.counters += amount
        FlushBatch.objects.create(token=token, day=date)
    report.batches += 1


def _store_unique_counts(day: str, counts: dict[str, int]):
    date = datetime.date.fromisoformat(day)
    page_keys = {scope[2:] for scope in counts if scope.startswith("p.")}
    known_keys = _known_keys(page_keys) if page_keys else set()
    municipality_ids = {int(scope[2:]) for scope in counts if scope.startswith("m.") and scope[2:].isdigit()}
    known_municipalities = set(Municipality.objects.filter(pk__in=municipality_ids).values_list("pk", flat=True))
    with transaction.atomic():
        for scope, count in counts.items():
            if scope == "all":
                dimensions = {"scope": DailyUniqueVisitors.Scope.SITE, "municipality_id": None, "translation_key": None}
            elif scope.startswith("m.") and scope[2:].isdigit() and int(scope[2:]) in known_municipalities:
                dimensions = {"scope": "municipality", "municipality_id": int(scope[2:]), "translation_key": None}
            elif scope.startswith("p.") and scope[2:] in known_keys:
                dimensions = {"scope": "page", "municipality_id": None, "translation_key": uuid.UUID(scope[2:])}
            else:
                continue
            row, created = DailyUniqueVisitors.objects.get_or_create(
                day=date, **dimensions, defaults={"unique_visitors": count}
            )
            if not created and count > row.unique_visitors:
                # Never lowered: after a Redis restart the sketch starts again from nothing.
                DailyUniqueVisitors.objects.filter(pk=row.pk).update(unique_visitors=count)


def flush_counts(store=None, *, now=None) -> FlushReport:
    store = store or get_store()
    now = now or timezone.now()
    current_day = timezone.localdate(now).isoformat()
    report = FlushReport()

    # 1. Batches a crashed flush left behind: apply them unless their token already landed.
    for day, token in store.batches():
        if not FlushBatch.objects.filter(token=token).exists():
            apply_batch(day, store.read_batch(day, token), token, report)
        store.drop_batch(day, token)

    # 2. Take every day's counters away and add them.
    for day in store.counter_days():
        token = store.claim(day)
        if token is None:
            continue
        apply_batch(day, store.read_batch(day, token), token, report)
        store.drop_batch(day, token)

    # 3. Unique visitors: recount from the sketch; a finished day is closed and its salt destroyed.
    for day in store.unique_days():
        _store_unique_counts(day, store.unique_counts(day))
        if day < current_day:
            store.forget_day(day)
            report.days_closed.append(day)
    return report


def purge_old_records(*, now=None) -> tuple[int, int]:
    """Delete feedback older than FEEDBACK_RETENTION_DAYS and flush tokens older than 30 days."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    feedback_cutoff = today - datetime.timedelta(days=settings.FEEDBACK_RETENTION_DAYS)
    feedback_deleted, _ = Feedback.objects.filter(day__lt=feedback_cutoff).delete()
    batches_deleted, _ = FlushBatch.objects.filter(
        flushed_at__lt=now - datetime.timedelta(days=RAW_RETENTION_DAYS)
    ).delete()
    return feedback_deleted, batches_deleted
