"""Offers and municipalities as plain data in the reader's language: one function per shape,
shared by the offers API, the exports and the embed widget."""

import datetime

from django.db.models import Max, Prefetch
from django.utils import timezone, translation
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.rich_text import expand_db_html

from municipalities.models import Municipality
from offers.choices import DutchLevel, Goal, OfferStatus, OfferType
from offers.listing import in_language, visible_offers
from offers.models import MunicipalityPage, OfferPage
from offers.municipality_pages import municipality_slug

from .models import OfferRemoval

IMAGE_RENDITION = "fill-800x450"
DAY_PART_FIELDS = ("weekday_daytime", "evening", "weekend")
ORDERING = ("-last_published_at", "id")


def requested_locale(code: str | None) -> Locale | None:
    """The Locale for a language code; the default (Dutch) when no code is given; None when
    there is no such locale."""
    if not code:
        return Locale.get_default()
    return Locale.objects.filter(language_code=code.strip().lower()).first()


def listing_queryset(offers):
    """Add what serialising an offer needs, so a page of offers costs a constant number of queries."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=IMAGE_RENDITION)
    return offers.select_related("municipality", "organisation", "locale", "image").prefetch_related(
        "goals", "also_serves", Prefetch("image__renditions", queryset=renditions)
    )


def ordered(offers):
    return offers.order_by(*ORDERING)


def content_last_modified() -> datetime.datetime:
    """When what the API shows last changed: the latest publication of any page, the latest
    removal, and the start of today (offers expire at midnight)."""
    published = Page.objects.aggregate(latest=Max("last_published_at"))["latest"]
    removed = OfferRemoval.objects.aggregate(latest=Max("removed_at"))["latest"]
    today = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time()))
    return max(moment for moment in (published, removed, today) if moment is not None)


def _choice(code, choices) -> dict:
    return {"code": code, "label": str(dict(choices.choices).get(code, code))}


def _image(offer: OfferPage, shown: OfferPage, request) -> dict | None:
    if offer.image is None:
        return None
    try:
        rendition = offer.image.get_rendition(IMAGE_RENDITION)
    except Exception:  # a missing or broken source file must not break the listing
        return None
    url = rendition.url
    if request is not None and url.startswith("/"):
        url = request.build_absolute_uri(url)
    return {"url": url, "width": rendition.width, "height": rendition.height, "alt": shown.image_alt_text}


def _page_url(page: Page, request) -> str:
    return page.get_full_url(request) or ""


def offer_data(offer: OfferPage, shown: OfferPage, request=None, distance_km: float | None = None) -> dict:
    """One offer as data: facts from the Dutch source ``offer``, texts from ``shown`` (its
    translation in the reader's language, or the source itself as a marked fallback)."""
    municipality = offer.municipality
    latitude, longitude = offer.latitude, offer.longitude
    if (latitude is None or longitude is None) and municipality is not None:
        latitude, longitude = municipality.latitude, municipality.longitude
    organisation = offer.organisation
    return {
        "id": offer.pk,
        "translation_key": str(offer.translation_key),
        "language": shown.locale.language_code,
        "is_fallback": bool(getattr(shown, "is_fallback", False)),
        "url": _page_url(shown, request),
        "title": shown.title,
        "summary": shown.summary,
        "description": expand_db_html(shown.description),
        "type": _choice(offer.offer_type, OfferType),
        "goals": [_choice(goal.code, Goal) for goal in offer.goals.all()],
        "status": _choice(offer.status, OfferStatus),
        "dutch_level": {"level": offer.dutch_level, "label": str(DutchLevel(offer.dutch_level).label)},
        "contact_languages": list(offer.contact_languages or []),
        "counts_for_trajectory": offer.counts_for_trajectory,
        "hours_per_week": float(offer.hours_per_week) if offer.hours_per_week is not None else None,
        "hours_total": offer.hours_total,
        "duration_weeks": offer.duration_weeks,
        "start_date": offer.start_date,
        "end_date": offer.end_date,
        "day_parts": [name for name in DAY_PART_FIELDS if getattr(offer, name)],
        "online": offer.is_online,
        "address": offer.address,
        "postcode": offer.postcode,
        "place": offer.place,
        "latitude": float(latitude) if latitude is not None else None,
        "longitude": float(longitude) if longitude is not None else None,
        "distance_km": distance_km,
        "municipality": municipality_ref(municipality) if municipality else None,
        "also_serves": [municipality_ref(other) for other in offer.also_serves.all()],
        "free": offer.is_free,
        "cost_description": shown.cost_description,
        "childcare": offer.has_childcare,
        "child_friendly": offer.is_child_friendly,
        "wheelchair": offer.is_wheelchair_accessible,
        "contact": {
            "name": offer.contact_name,
            "email": offer.contact_email,
            "phone": offer.contact_phone,
            "url": offer.contact_url,
        },
        "join_instructions": shown.join_instructions,
        "can_accompany_first_time": offer.can_accompany_first_time,
        "organisation": (
            {"id": organisation.pk, "name": organisation.name, "website": organisation.website}
            if organisation
            else None
        ),
        "image": _image(offer, shown, request),
        "last_published_at": offer.last_published_at,
    }


def offers_data(offers, locale: Locale, request=None, distances: dict | None = None) -> list[dict]:
    """Serialise a sequence of source offers in ``locale`` (one extra query for translations)."""
    offers = list(offers)
    shown = in_language(offers, locale)
    distances = distances or {}
    with translation.override(locale.language_code):
        return [
            offer_data(offer, page, request, distances.get(offer.pk)) for offer, page in zip(offers, shown, strict=True)
        ]


def municipality_ref(municipality: Municipality) -> dict:
    return {"nis_code": municipality.nis_code, "name": municipality.name_nl, "slug": municipality_slug(municipality)}


def municipality_offer_counts() -> dict[int, int]:
    """Visible offers per municipality, counting offers that also serve it (two queries)."""
    visible = visible_offers().order_by()
    offers_by_municipality: dict[int, set[int]] = {}
    for pk, municipality_id in visible.values_list("pk", "municipality_id"):
        offers_by_municipality.setdefault(municipality_id, set()).add(pk)
    served = OfferPage.also_serves.through.objects.filter(offerpage__in=visible.values("pk"))
    for pk, municipality_id in served.values_list("offerpage_id", "municipality_id"):
        offers_by_municipality.setdefault(municipality_id, set()).add(pk)
    return {municipality_id: len(pks) for municipality_id, pks in offers_by_municipality.items()}


def municipality_pages(locale: Locale, municipalities) -> dict[int, MunicipalityPage]:
    """Each municipality's live page in ``locale``, else its Dutch page (marked ``is_fallback``)."""
    ids = [municipality.pk for municipality in municipalities]
    default = Locale.get_default()
    pages = {}
    wanted = [default.pk] if locale.pk == default.pk else [default.pk, locale.pk]
    for page in (
        MunicipalityPage.objects.live().filter(municipality_id__in=ids, locale_id__in=wanted).select_related("locale")
    ):
        if page.municipality_id not in pages or page.locale_id == locale.pk:
            pages[page.municipality_id] = page
    for page in pages.values():
        page.is_fallback = page.locale_id != locale.pk
    return pages


def municipality_data(
    municipality: Municipality, page: MunicipalityPage | None, offer_count: int, request=None
) -> dict:
    data = {
        **municipality_ref(municipality),
        "name_fr": municipality.name_fr,
        "province": municipality.province,
        "region": municipality.region,
        "latitude": float(municipality.latitude),
        "longitude": float(municipality.longitude),
        "postcodes": [postcode.code for postcode in municipality.postcodes.all()],
        "offer_count": offer_count,
        "language": page.locale.language_code if page else Locale.get_default().language_code,
        "is_fallback": bool(getattr(page, "is_fallback", False)) if page else True,
        "url": _page_url(page, request) if page else "",
    }
    return data


def municipality_detail_data(municipality: Municipality, page: MunicipalityPage | None, offer_count, request) -> dict:
    data = municipality_data(municipality, page, offer_count, request)
    data["introduction"] = expand_db_html(page.introduction) if page else ""
    data["contact"] = {
        "service": page.contact_service if page else "",
        "email": page.contact_email if page else "",
        "phone": page.contact_phone if page else "",
        "address": page.contact_address if page else "",
    }
    data["offers_url"] = request.build_absolute_uri(f"/api/offers/?municipality={municipality.nis_code}")
    return data
