"""Translation status per municipality × language, for translators and reviewers."""

from collections import Counter, defaultdict

from django.conf import settings
from wagtail.models import Locale

from offers.listing import visible_offers

from .status import CHECKED, MACHINE, MISSING, OUTDATED, TRANSLATED, translation_states

REPORT_STATES = (CHECKED, TRANSLATED, MACHINE, OUTDATED, MISSING)


def translation_status_rows(municipality_id=None) -> list[dict]:
    """One row per municipality with offers and per target language: counts per state."""
    offers = visible_offers().only("id", "translation_key", "locale_id", "municipality_id", "live_revision_id")
    if municipality_id:
        offers = offers.filter(municipality_id=municipality_id)
    offers = list(offers.select_related(None).select_related("municipality"))
    locales = list(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code"))
    states = translation_states(offers, locales)
    counts = defaultdict(Counter)
    municipalities = {}
    for offer in offers:
        municipalities[offer.municipality_id] = offer.municipality
        for locale in locales:
            counts[(offer.municipality_id, locale.pk)][states[(offer.translation_key, locale.pk)]] += 1
    rows = []
    for municipality_id_, municipality in sorted(municipalities.items(), key=lambda item: str(item[1])):
        for locale in locales:
            counter = counts[(municipality_id_, locale.pk)]
            rows.append(
                {
                    "municipality": municipality,
                    "locale": locale,
                    "counts": [counter.get(state, 0) for state in REPORT_STATES],
                    "total": sum(counter.values()),
                }
            )
    return rows


def totals(rows) -> dict[str, int]:
    result = Counter()
    for row in rows:
        for state, amount in zip(REPORT_STATES, row["counts"], strict=True):
            result[state] += amount
    return dict(result)
