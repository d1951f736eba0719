"""The one filtering of offers shared by the newcomer pages, search, the API and the exports.

Read the filters from GET parameters with plain names, then apply them::

    filters, errors = OfferFilters.from_params(request.GET)
    if errors:  # {parameter: message}
        ...
    offers = filter_offers(filters)   # a queryset of visible Dutch source offers

Parameters: ``municipality`` (NIS code or page slug), ``postcode``, ``radius`` (km, 0–100, around
the postcode or the municipality), ``type``, ``goal``, ``dutch_level_max`` (1–4), ``trajectory``,
``day_part`` (weekday_daytime, evening, weekend), ``free``, ``childcare``, ``wheelchair``,
``online`` (true/false), ``updated_since`` (ISO 8601 date-time) and ``q`` (free text).

``q`` is a case-insensitive substring match over title, summary and description, in Dutch and in
every live translation. (Wagtail's ``.search()`` returns its own ordering and cannot be combined
with ``distinct()`` and the other filters as a plain queryset, so it is not used here.)"""

import dataclasses
import datetime
import math
from decimal import Decimal

from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from municipalities.models import Municipality

from .choices import Goal, OfferType
from .listing import served_in, visible_offers, with_goal
from .models import MunicipalityPage, OfferPage

DAY_PARTS = {"weekday_daytime": "weekday_daytime", "evening": "evening", "weekend": "weekend"}
BOOLEAN_FILTERS = {
    "trajectory": "counts_for_trajectory",
    "free": "is_free",
    "childcare": "has_childcare",
    "wheelchair": "is_wheelchair_accessible",
    "online": "is_online",
}
TRUE_WORDS = {"true", "1", "yes", "on"}
FALSE_WORDS = {"false", "0", "no", "off"}
MAX_RADIUS_KM = 100
EARTH_RADIUS_KM = 6371.0
KM_PER_DEGREE_LATITUDE = 111.2


@dataclasses.dataclass
class OfferFilters:
    municipality: Municipality | None = None
    postcode: str = ""
    postcode_municipality: Municipality | None = None
    radius_km: float | None = None
    type: str = ""
    goal: str = ""
    dutch_level_max: int | None = None
    trajectory: bool | None = None
    day_part: str = ""
    free: bool | None = None
    childcare: bool | None = None
    wheelchair: bool | None = None
    online: bool | None = None
    updated_since: datetime.datetime | None = None
    q: str = ""

    @classmethod
    def from_params(cls, params) -> tuple["OfferFilters", dict[str, str]]:
        """Parse GET parameters (a QueryDict or a dict); unknown parameters are ignored.
        Returns the filters and ``{parameter: message}`` for every bad value."""
        filters = cls()
        errors: dict[str, str] = {}

        def value(name: str) -> str:
            raw = params.get(name)
            return "" if raw is None else str(raw).strip()

        if text := value("municipality"):
            filters.municipality = resolve_municipality(text)
            if filters.municipality is None:
                errors["municipality"] = _("Unknown municipality: give a NIS code (44021) or a slug (gent).")
        if text := value("postcode"):
            filters.postcode = text
            filters.postcode_municipality = (
                Municipality.objects.matching(text).first() if len(text) == 4 and text.isdigit() else None
            )
            if filters.postcode_municipality is None:
                errors["postcode"] = _("Unknown postcode: give a Belgian postcode of 4 digits in Flanders or Brussels.")
        if text := value("radius"):
            try:
                filters.radius_km = float(text)
            except ValueError:
                filters.radius_km = None
            if filters.radius_km is None or not math.isfinite(filters.radius_km):
                errors["radius"] = _("The radius is a number of kilometres from 0 to 100.")
            elif not 0 <= filters.radius_km <= MAX_RADIUS_KM:
                errors["radius"] = _("The radius is a number of kilometres from 0 to 100.")
            elif not (value("postcode") or value("municipality")):
                errors["radius"] = _("A radius needs a postcode or a municipality to measure from.")
        if text := value("type"):
            if text in OfferType.values:
                filters.type = text
            else:
                errors["type"] = _("Unknown type; one of: %(values)s.") % {"values": ", ".join(OfferType.values)}
        if text := value("goal"):
            if text in Goal.values:
                filters.goal = text
            else:
                errors["goal"] = _("Unknown goal; one of: %(values)s.") % {"values": ", ".join(Goal.values)}
        if text := value("dutch_level_max"):
            if text in {"1", "2", "3", "4"}:
                filters.dutch_level_max = int(text)
            else:
                errors["dutch_level_max"] = _("The Dutch level is a number of language icons from 1 to 4.")
        if text := value("day_part"):
            if text in DAY_PARTS:
                filters.day_part = text
            else:
                errors["day_part"] = _("Unknown day part; one of: %(values)s.") % {"values": ", ".join(DAY_PARTS)}
        for name in BOOLEAN_FILTERS:
            if text := value(name).lower():
                if text in TRUE_WORDS:
                    setattr(filters, name, True)
                elif text in FALSE_WORDS:
                    setattr(filters, name, False)
                else:
                    errors[name] = _("Give true or false.")
        if text := value("updated_since"):
            filters.updated_since = parse_moment(text)
            if filters.updated_since is None:
                errors["updated_since"] = _("Give an ISO 8601 date-time, for example 2025-03-01T08:00:00+01:00.")
        filters.q = value("q")[:200]
        return filters, errors

    @property
    def centre(self) -> Municipality | None:
        """Where a radius is measured from: the postcode's municipality, else the municipality."""
        return self.postcode_municipality or self.municipality


def parse_moment(text: str) -> datetime.datetime | None:
    """An ISO 8601 date-time (a date alone means its midnight); naive means Belgian time."""
    try:
        moment = parse_datetime(text.replace(" ", "+"))
        if moment is None:
            day = parse_date(text)
            moment = datetime.datetime.combine(day, datetime.time()) if day else None
    except ValueError:
        return None
    if moment is not None and timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def resolve_municipality(text: str) -> Municipality | None:
    """A current municipality by NIS code (an old code gives the municipality it merged into) or
    by the slug of its page (``gent``, ``merelbeke-melle``)."""
    text = text.strip().lower()
    if text.isdigit():
        found = Municipality.objects.filter(nis_code=text).select_related("merged_into").first()
        return found.current if found else None
    page = MunicipalityPage.objects.filter(slug=text).select_related("municipality").first()
    return page.municipality if page else None


def apply(filters: OfferFilters, offers):
    """Narrow a queryset of OfferPages with ``filters``. The radius needs Python after SQL: this
    returns a queryset restricted to the offers within the radius (by primary key)."""
    served_here = None
    if filters.municipality is not None and filters.radius_km is None:
        served_here = filters.municipality
    elif filters.postcode_municipality is not None and filters.radius_km is None:
        served_here = filters.postcode_municipality
    if served_here is not None:
        offers = offers.filter(served_in(served_here.pk))
    if filters.type:
        offers = offers.filter(offer_type=filters.type)
    if filters.goal:
        offers = offers.filter(with_goal(filters.goal))
    if filters.dutch_level_max is not None:
        offers = offers.filter(dutch_level__lte=filters.dutch_level_max)
    if filters.day_part:
        offers = offers.filter(**{DAY_PARTS[filters.day_part]: True})
    for name, field in BOOLEAN_FILTERS.items():
        wanted = getattr(filters, name)
        if wanted is not None:
            offers = offers.filter(**{field: wanted})
    if filters.updated_since is not None:
        translated_since = OfferPage.objects.live().filter(last_published_at__gte=filters.updated_since)
        offers = offers.filter(
            Q(last_published_at__gte=filters.updated_since)
            | Q(translation_key__in=translated_since.values("translation_key"))
        )
    if filters.q:
        text = Q(title__icontains=filters.q) | Q(summary__icontains=filters.q) | Q(description__icontains=filters.q)
        translations = OfferPage.objects.live().filter(text).values("translation_key")
        offers = offers.filter(Q(text) | Q(translation_key__in=translations))
    if filters.radius_km is not None and filters.centre is not None:
        offers = offers.filter(pk__in=within_radius(offers, filters.centre, filters.radius_km))
    return offers


def filter_offers(filters: OfferFilters):
    """The visible Dutch source offers that match ``filters``, as a queryset (no ordering)."""
    return apply(filters, visible_offers())


def within_radius(offers, centre: Municipality, radius_km: float) -> list[int]:
    """Primary keys of ``offers`` whose place (their own coordinates, else their municipality's
    centre) lies within ``radius_km`` of ``centre``'s centre, or that also serve ``centre``.

    A bounding box in SQL keeps the candidates few; the exact distance is computed in Python."""
    distances = offer_distances(offers, centre, radius_km)
    served = set(offers.filter(also_serves=centre).values_list("pk", flat=True))
    return sorted(set(distances) | served)


def offer_distances(offers, centre: Municipality, radius_km: float | None = None) -> dict[int, float]:
    """``{offer pk: distance in km}`` from ``centre``; only offers within ``radius_km`` if given."""
    latitude = Coalesce("latitude", "municipality__latitude")
    longitude = Coalesce("longitude", "municipality__longitude")
    located = offers.order_by().annotate(place_latitude=latitude, place_longitude=longitude)
    centre_lat, centre_lon = float(centre.latitude), float(centre.longitude)
    if radius_km is not None:
        delta_lat = radius_km / KM_PER_DEGREE_LATITUDE + 0.01
        delta_lon = radius_km / (KM_PER_DEGREE_LATITUDE * math.cos(math.radians(centre_lat))) + 0.01
        located = located.filter(
            place_latitude__range=(
                Decimal(str(round(centre_lat - delta_lat, 5))),
                Decimal(str(round(centre_lat + delta_lat, 5))),
            ),
            place_longitude__range=(
                Decimal(str(round(centre_lon - delta_lon, 5))),
                Decimal(str(round(centre_lon + delta_lon, 5))),
            ),
        )
    result = {}
    for pk, lat, lon in located.values_list("pk", "place_latitude", "place_longitude").distinct():
        if lat is None or lon is None:
            continue
        distance = haversine_km(centre_lat, centre_lon, float(lat), float(lon))
        if radius_km is None or distance <= radius_km:
            result[pk] = round(distance, 1)
    return result


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))
