"""Nothing stale stays online.

- An offer's end date sets Wagtail's ``expire_at`` (the end of that day in Brussels), so
  ``publish_scheduled`` unpublishes it; listings hide past-end offers at once
  (``offers.listing.visible_offers``).
- Unpublishing a Dutch source page unpublishes its translations (Wagtail only does aliases).
- Every published offer has a review-by date, by default six months after it was published;
  ``sweep_offers`` sends each municipality's editors one digest of offers due for review."""

import calendar
import datetime
import logging
from collections import defaultdict
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, Page

from offers.models import OfferPage

from .models import MunicipalityEditorGroup, ReviewReminder

logger = logging.getLogger(__name__)

BRUSSELS = ZoneInfo("Europe/Brussels")
REVIEW_INTERVAL_MONTHS = 6
REVIEW_SOON_DAYS = 30


def expiry_for(end_date: datetime.date | None) -> datetime.datetime | None:
    """The last moment of ``end_date`` in Brussels, or None for an ongoing offer."""
    if end_date is None:
        return None
    return datetime.datetime.combine(end_date, datetime.time(23, 59, 59), tzinfo=BRUSSELS)


def add_months(day: datetime.date, months: int) -> datetime.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_review_by(published_at: datetime.datetime) -> datetime.date:
    return add_months(timezone.localtime(published_at, BRUSSELS).date(), REVIEW_INTERVAL_MONTHS)


def set_review_by_on_publish(offer: OfferPage) -> bool:
    """Give a just-published offer a review-by date when it has none or it has passed; kept in
    the live revision too, so the next edit starts from it. Returns whether it changed."""
    today = timezone.localdate()
    if offer.review_by is not None and offer.review_by > today:
        return False
    offer.review_by = default_review_by(offer.last_published_at or timezone.now())
    OfferPage.objects.filter(pk=offer.pk).update(review_by=offer.review_by)
    revision = offer.live_revision
    if revision is not None:
        revision.content["review_by"] = offer.review_by.isoformat()
        revision.save(update_fields=["content"])
    return True


def unpublish_translations(page: Page) -> int:
    """Unpublish the live translations of a source page. Returns how many."""
    translations = Page.objects.live().filter(translation_key=page.translation_key).exclude(locale_id=page.locale_id)
    count = 0
    for translation_page in translations.specific():
        translation_page.unpublish(log_action=True)
        count += 1
    return count


def offers_due_for_review(today: datetime.date | None = None, *, within_days: int = 0):
    """Live Dutch offers whose review-by date is today or earlier (or within ``within_days``)."""
    today = today or timezone.localdate()
    return (
        OfferPage.objects.live()
        .filter(locale=Locale.get_default(), review_by__lte=today + datetime.timedelta(days=within_days))
        .select_related("municipality")
        .order_by("review_by", "title")
    )


def editor_addresses(municipality_id: int) -> list[str]:
    link = MunicipalityEditorGroup.objects.filter(municipality_id=municipality_id).select_related("group").first()
    if link is None:
        return []
    users = link.group.user_set.filter(is_active=True).exclude(email="").order_by("email")
    return list(users.values_list("email", flat=True).distinct())


def sweep_offers(today: datetime.date | None = None, stdout=None) -> dict[str, int]:
    """E-mail each municipality's editors one digest of the offers newly due for review.

    An offer is announced once per review-by date (``ReviewReminder``), so a second run the same
    day, or the next, sends nothing new. Returns counts."""
    today = today or timezone.localdate()
    announced = set(ReviewReminder.objects.values_list("offer_id", "review_by"))
    by_municipality = defaultdict(list)
    for offer in offers_due_for_review(today):
        if (offer.pk, offer.review_by) not in announced and offer.municipality_id:
            by_municipality[offer.municipality_id].append(offer)
    counts = {"digests sent": 0, "offers announced": 0, "municipalities without editors": 0}
    for municipality_id, offers in sorted(by_municipality.items()):
        recipients = editor_addresses(municipality_id)
        if not recipients:
            counts["municipalities without editors"] += 1
            continue
        with transaction.atomic():
            ReviewReminder.objects.bulk_create(
                [
                    ReviewReminder(offer=offer, review_by=offer.review_by, recipients=", ".join(recipients))
                    for offer in offers
                ]
            )
            _send_digest(offers[0].municipality, offers, recipients, today)
        counts["digests sent"] += 1
        counts["offers announced"] += len(offers)
        if stdout is not None:
            stdout.write(f"  {offers[0].municipality}: {len(offers)} offer(s) to {len(recipients)} editor(s)")
    return counts


def _send_digest(municipality, offers, recipients, today):
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "municipality": municipality,
            "today": today,
            "offers": [
                {"offer": offer, "edit_url": base_url + reverse("wagtailadmin_pages:edit", args=(offer.pk,))}
                for offer in offers
            ],
            "report_url": base_url + reverse("workflows_offers_to_review"),
        }
        subject = render_to_string("workflows/email/review_digest_subject.txt", context).strip()
        body = render_to_string("workflows/email/review_digest.txt", context)
    EmailMessage(subject=subject, body=body, to=recipients).send()
