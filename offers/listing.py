"""Which offers a newcomer sees. Pages (and later search, the API and exports) call these
functions rather than building their own querysets."""

import datetime

from django.db.models import Q

from .models import OfferPage


def visible_offers():
    """Live offers that have not ended, with what a listing shows loaded in a constant number
    of queries."""
    today = datetime.date.today()
    return (
        OfferPage.objects.live()
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .select_related("organisation", "image", "locale")
        .prefetch_related("goals")
    )


def offers_for_municipality(municipality_page):
    """The offers under this municipality's page, plus offers elsewhere that also serve it
    (regional or online offers), in the page's language, open ones first."""
    own = Q(path__startswith=municipality_page.path, depth=municipality_page.depth + 1)
    serving = Q(also_serves=municipality_page.municipality_id)
    return (
        visible_offers()
        .filter(own | serving, locale_id=municipality_page.locale_id)
        .distinct()
        .order_by("status", "title")
    )
