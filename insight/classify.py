"""Turn what a request says about the reader into coarse categories, then forget it.

Nothing here is stored: the user agent gives a device class and a bot verdict, the referrer's
host name a referrer category. The raw values never leave the request."""

import re
from functools import lru_cache

from django.utils.text import slugify

BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|uptime|curl|wget|"
    r"python-requests|python-urllib|httpx|go-http-client|java/|okhttp|headless|lighthouse|pingdom|scrapy|"
    r"axios|node-fetch|libwww|phantomjs|ahrefs|semrush|bingpreview|whatsapp/|telegram",
    re.IGNORECASE,
)
TABLET_PATTERN = re.compile(r"ipad|tablet|kindle|silk|playbook|android(?!.*mobile)", re.IGNORECASE)
MOBILE_PATTERN = re.compile(r"mobi|iphone|ipod|android|blackberry|opera mini|iemobile|windows phone", re.IGNORECASE)

SEARCH_ENGINES = ("google.", "bing.", "duckduckgo.", "ecosia.", "yahoo.", "qwant.", "yandex.", "startpage.", "baidu.")
SOCIAL = (
    "facebook.",
    "fb.",
    "instagram.",
    "t.co",
    "twitter.",
    "x.com",
    "linkedin.",
    "lnkd.in",
    "whatsapp.",
    "wa.me",
    "tiktok.",
    "youtube.",
    "reddit.",
    "telegram.",
    "t.me",
    "snapchat.",
    "pinterest.",
)


class Device:
    MOBILE = "mobile"
    TABLET = "tablet"
    DESKTOP = "desktop"


class Referrer:
    SEARCH_ENGINE = "search_engine"
    SOCIAL = "social"
    MUNICIPAL_WEBSITE = "municipal_website"
    DIRECT = "direct"
    REFERRAL_CODE = "referral_code"
    INTERNAL = "internal"
    OTHER = "other"
    UNKNOWN = "unknown"  # the beacon ran without JavaScript, so the referrer was not sent


def is_bot(user_agent: str) -> bool:
    return not user_agent or bool(BOT_PATTERN.search(user_agent))


def device_class(user_agent: str) -> str:
    if TABLET_PATTERN.search(user_agent):
        return Device.TABLET
    if MOBILE_PATTERN.search(user_agent):
        return Device.MOBILE
    return Device.DESKTOP


@lru_cache(maxsize=1)
def _municipal_labels() -> frozenset[str]:
    """Slugs of municipality names ("gent", "sint-niklaas"): municipal websites are mostly
    <name>.be, stad.<name> or www.<name>.be. Read once per process."""
    from municipalities.models import Municipality

    labels = set()
    for name_nl, name_fr in Municipality.objects.values_list("name_nl", "name_fr"):
        labels.add(slugify(name_nl))
        labels.add(slugify(name_fr))
    labels.discard("")
    return frozenset(labels)


def _host_matches(host: str, patterns) -> bool:
    return any(host == p.rstrip(".") or host.startswith(p) or f".{p}" in f".{host}" for p in patterns)


def referrer_category(referrer_host: str | None, *, own_host: str, via: str = "", extra_municipal=()) -> str:
    """``referrer_host`` is None when the beacon could not learn it (no JavaScript)."""
    if via:
        return Referrer.REFERRAL_CODE
    if referrer_host is None:
        return Referrer.UNKNOWN
    host = referrer_host.strip().lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    if not host:
        return Referrer.DIRECT
    own = own_host.split(":")[0].lower()
    if own.startswith("www."):
        own = own[4:]
    if host == own:
        return Referrer.INTERNAL
    if _host_matches(host, SEARCH_ENGINES):
        return Referrer.SEARCH_ENGINE
    if _host_matches(host, SOCIAL):
        return Referrer.SOCIAL
    if host in extra_municipal:
        return Referrer.MUNICIPAL_WEBSITE
    labels = host.split(".")
    if len(labels) >= 2:
        # gent.be, www.leuven.be, stad.gent, sint-niklaas.be
        if (labels[-1] == "be" and labels[-2] in _municipal_labels()) or (
            labels[-2] in ("stad", "gemeente") and labels[-1] in _municipal_labels()
        ):
            return Referrer.MUNICIPAL_WEBSITE
    return Referrer.OTHER
