"""Which offers a newcomer sees. Pages, search, the API and exports call these functions rather
than building their own querysets.

Offers are written in Dutch, the source locale. A listing selects source offers and then shows
each in the reader's language where a live translation exists (``in_language``), falling back
to the Dutch offer, marked with ``is_fallback``."""

import datetime

from django.db.models import Q
from wagtail.models import Locale

from .models import OfferPage

LISTING_RELATED = ("organisation", "image", "locale", "municipality")


def visible_offers():
    """Live source (Dutch) offers that have not ended, with what a listing shows loaded in a
    constant number of queries."""
    today = datetime.date.today()
    return (
        OfferPage.objects.live()
        .filter(locale=Locale.get_default())
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .select_related(*LISTING_RELATED)
        .prefetch_related("goals")
    )


def served_in(municipality_id: int) -> Q:
    """Offers of this municipality or offers elsewhere that also serve it (regional, online).

    A subquery rather than a join: no duplicate rows, so no DISTINCT over every column (which
    made PostgreSQL read every live offer in Flanders for one municipality's page)."""
    serving = OfferPage.also_serves.through.objects.filter(municipality_id=municipality_id)
    return Q(municipality_id=municipality_id) | Q(pk__in=serving.values("offerpage_id"))


def with_goal(goal: str) -> Q:
    """Offers with this goal category, as a subquery (no join, no duplicate rows)."""
    return Q(pk__in=OfferPage.goals.through.objects.filter(goalcategory_id=goal).values("offerpage_id"))


def offers_for_municipality(municipality_id: int):
    """The source offers of this municipality, plus offers elsewhere that also serve it
    (regional or online offers), open ones first; the primary key makes the order total so pages
    of a paginated list never skip or repeat an offer."""
    return visible_offers().filter(served_in(municipality_id)).order_by("status", "title", "pk")


def in_language(offers, locale: Locale) -> list[OfferPage]:
    """Each offer in ``locale`` where a live translation exists, else the offer itself.

    Every returned page has ``is_fallback`` (True when it is shown in another language than the
    reader's). One extra query, whatever the number of offers."""
    offers = list(offers)
    translations = {}
    if offers and any(offer.locale_id != locale.pk for offer in offers):
        keys = [offer.translation_key for offer in offers]
        translations = {
            page.translation_key: page
            for page in OfferPage.objects.live()
            .filter(locale=locale, translation_key__in=keys)
            .select_related(*LISTING_RELATED)
            .prefetch_related("goals")
        }
    shown = []
    for offer in offers:
        page = offer if offer.locale_id == locale.pk else translations.get(offer.translation_key, offer)
        page.is_fallback = page.locale_id != locale.pk
        shown.append(page)
    return shown
