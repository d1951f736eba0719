"""The request path of usage insight: decide whether a request counts, turn it into coarse
counters and add them to the store (Redis or the spool). Never the database.

Other apps call ``count_search``; the beacon, join redirect and prompt views call the rest.
Counting never breaks a page: if the store is unreachable the count is dropped and logged."""

import hashlib
import logging
import re
import uuid

from django.conf import settings
from django.utils import timezone

from .classify import device_class, is_bot, referrer_category
from .store import get_store

logger = logging.getLogger(__name__)

PAGE_TYPES = ("home", "municipality", "offer", "standard", "search", "other")
JOIN_CHANNELS = ("phone", "email", "website")
PROMPT_ANSWERS = ("yes", "no", "rather_not_say")
LOCALE_PATTERN = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")
CODE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
FILTER_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,29}$")
IGNORED_QUERY_PARAMETERS = {"via", "page", "q", "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term"}


def today() -> str:
    return timezone.localdate().isoformat()


def counting_enabled() -> bool:
    return settings.INSIGHT_COUNTING_ENABLED


def counts(request) -> bool:
    """Bots and logged-in people (editors, reviewers) are not counted."""
    if not counting_enabled():
        return False
    if is_bot(request.META.get("HTTP_USER_AGENT", "")):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _clean(value) -> str:
    return str(value).replace("|", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ").strip()


def _client_ip(request) -> str:
    if settings.INSIGHT_TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def visitor_hash(salt: str, request) -> str:
    """sha256(daily salt, IP, user agent, site). Only ever added to a HyperLogLog (Redis) or the
    day's spool file, both destroyed with the salt after the day is flushed."""
    material = "\x1f".join((salt, _client_ip(request), request.META.get("HTTP_USER_AGENT", ""), request.get_host()))
    return hashlib.sha256(material.encode()).hexdigest()


def _record(day: str, counters, request=None, scopes=()):
    store = get_store()
    try:
        visitor = visitor_hash(store.salt(day), request) if request is not None and scopes else None
        store.record(day, counters, visitor, scopes)
    except Exception:  # noqa: BLE001 - a count is never worth an error page
        logger.warning("insight: could not record %d counters", len(counters), exc_info=True)


def _locale(value) -> str:
    value = (value or "").lower()
    return value if LOCALE_PATTERN.match(value) else ""


def count_page_view(request, params) -> bool:
    """Count one page view described by the beacon's query parameters. Returns whether it counted.

    ``k`` translation key, ``t`` page type, ``m`` municipality id, ``l`` locale, ``rh`` the
    referrer's host name (only sent by the script; absent means "unknown"), ``via`` a referral
    code, ``f`` comma-separated names of the filters in use."""
    if not counts(request):
        return False
    try:
        key = str(uuid.UUID(params.get("k", "")))
    except ValueError:
        return False
    page_type = params.get("t", "other")
    page_type = page_type if page_type in PAGE_TYPES else "other"
    municipality = params.get("m", "")
    municipality = municipality if municipality.isdigit() and len(municipality) < 10 else ""
    locale = _locale(params.get("l"))
    via = params.get("via", "")
    via = via if CODE_PATTERN.match(via) else ""
    referrer_host = params.get("rh")
    category = referrer_category(
        referrer_host[:253] if referrer_host is not None else None,
        own_host=request.get_host(),
        via=via,
        extra_municipal=settings.INSIGHT_MUNICIPAL_WEBSITES,
    )
    device = device_class(request.META.get("HTTP_USER_AGENT", ""))
    counters = [f"v|{key}|{page_type}|{municipality}|{locale}|{category}|{device}"]
    if via:
        counters.append(f"r|{via.lower()}")
    filters = {name for name in params.get("f", "").split(",")[:10] if FILTER_PATTERN.match(name)}
    counters += [f"f|{municipality}|{name}" for name in sorted(filters - IGNORED_QUERY_PARAMETERS)]
    scopes = ["all", f"p.{key}"] + ([f"m.{municipality}"] if municipality else [])
    _record(today(), counters, request, scopes)
    return True


def normalise_query(query: str) -> str:
    return " ".join(_clean(query).lower().split())[:100]


def count_search(request, query: str, result_count: int) -> bool:
    """Count one search (called by the search view): normalised query, language, zero results or not."""
    query = normalise_query(query)
    if request.GET.get("page", "1") != "1":
        return False  # the next page of the same search is not another search
    if not query or not counts(request):
        return False
    from django.utils.translation import get_language

    locale = _locale(get_language())
    _record(today(), [f"s|{locale}|{1 if result_count == 0 else 0}|{query}"])
    return True


def count_join(request, offer, channel: str) -> bool:
    if channel not in JOIN_CHANNELS or not counts(request):
        return False
    locale = offer.locale.language_code
    _record(today(), [f"j|{offer.translation_key}|{offer.municipality_id or ''}|{_locale(locale)}|{channel}"])
    return True


def count_prompt_answer(request, answer: str, locale: str) -> bool:
    if answer not in PROMPT_ANSWERS or not counts(request):
        return False
    _record(today(), [f"a|{_locale(locale)}|{answer}"])
    return True
