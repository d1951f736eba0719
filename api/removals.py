"""Remember offers that leave the public listings, and list what left since a moment.

Unpublished and deleted Dutch source offers are recorded by signal receivers; expired offers
(end date passed) are derived from their end date, so nothing has to run at midnight."""

import datetime

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import Locale
from wagtail.signals import page_unpublished

from offers.listing import visible_offers
from offers.models import OfferPage

from .models import OfferRemoval


def _is_source_offer(page) -> bool:
    return isinstance(page, OfferPage) and page.locale_id == Locale.get_default().pk


@receiver(page_unpublished, sender=OfferPage)
def record_unpublished_offer(sender, instance, **kwargs):
    if _is_source_offer(instance):
        OfferRemoval.objects.create(
            page_id=instance.pk,
            translation_key=instance.translation_key,
            removed_at=timezone.now(),
            reason=OfferRemoval.Reason.UNPUBLISHED,
        )


@receiver(pre_delete, sender=OfferPage)
def record_deleted_offer(sender, instance, **kwargs):
    # A draft that never went live was in no one's copy. (Wagtail unpublishes a live page just
    # before deleting it, so ``live`` is already False here.)
    if instance.first_published_at is not None and _is_source_offer(instance):
        OfferRemoval.objects.create(
            page_id=instance.pk,
            translation_key=instance.translation_key,
            removed_at=timezone.now(),
            reason=OfferRemoval.Reason.DELETED,
        )


def removed_since(since: datetime.datetime) -> list[dict]:
    """Offers that left the listings at or after ``since`` and are not back: unpublished,
    deleted, or expired (the day after their end date). Oldest first; three queries."""
    visible_ids = set(visible_offers().values_list("pk", flat=True))
    removals = {}
    for removal in OfferRemoval.objects.filter(removed_at__gte=since):
        already = removals.get(removal.page_id)
        # Wagtail unpublishes a live page while deleting it: the deletion is what counts.
        if removal.page_id not in visible_ids and not (already and already["reason"] == OfferRemoval.Reason.DELETED):
            removals[removal.page_id] = {
                "id": removal.page_id,
                "translation_key": str(removal.translation_key),
                "removed_at": removal.removed_at,
                "reason": removal.reason,
            }
    today = timezone.localdate()
    since_day = timezone.localtime(since).date() if timezone.is_aware(since) else since.date()
    # An offer ending on day D is gone from the start of D + 1 (local time).
    expired = (
        OfferPage.objects.live()
        .filter(locale=Locale.get_default(), end_date__gte=since_day - datetime.timedelta(days=1))
        .filter(end_date__lt=today)
        .values_list("pk", "translation_key", "end_date")
    )
    for page_id, translation_key, end_date in expired:
        gone_at = timezone.make_aware(datetime.datetime.combine(end_date + datetime.timedelta(days=1), datetime.time()))
        if gone_at >= since and page_id not in removals:
            removals[page_id] = {
                "id": page_id,
                "translation_key": str(translation_key),
                "removed_at": gone_at,
                "reason": "expired",
            }
    return sorted(removals.values(), key=lambda removal: (removal["removed_at"], removal["id"]))
