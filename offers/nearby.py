"""What lies near a municipality: other municipalities by distance between their centres, and
the offers there (for "Offers nearby" under a municipality page)."""

from municipalities.models import Municipality

from .filtering import OfferFilters, apply, haversine_km
from .listing import LISTING_RELATED, visible_offers
from .models import OfferPage

NEARBY_RADIUS_KM = 15
NEARBY_OFFERS_SHOWN = 6


def municipalities_near(
    centre: Municipality, radius_km: float = NEARBY_RADIUS_KM, include_centre: bool = False
) -> list[tuple[Municipality, float]]:
    """Current municipalities whose centre lies within ``radius_km`` of ``centre``'s, nearest
    first, with the distance in km (one query)."""
    lat, lon = float(centre.latitude), float(centre.longitude)
    near = []
    for municipality in Municipality.objects.current().only("id", "nis_code", "name_nl", "latitude", "longitude"):
        if municipality.pk == centre.pk and not include_centre:
            continue
        distance = haversine_km(lat, lon, float(municipality.latitude), float(municipality.longitude))
        if distance <= radius_km:
            near.append((municipality, round(distance, 1)))
    near.sort(key=lambda pair: (pair[1], pair[0].name_nl))
    return near


def offers_nearby(
    centre: Municipality, filters: OfferFilters | None = None, limit: int = NEARBY_OFFERS_SHOWN
) -> list[OfferPage]:
    """Open offers of municipalities within ~15 km (not those already listed for ``centre``),
    matching ``filters``, nearest municipality first; each gets ``distance_km``. Three queries."""
    distances = {municipality.pk: distance for municipality, distance in municipalities_near(centre)}
    if not distances:
        return []
    offers = visible_offers().filter(municipality_id__in=distances, status="open").exclude(also_serves=centre)
    if filters is not None:
        offers = apply(filters, offers)
    candidates = list(offers.order_by().values_list("pk", "municipality_id", "title").distinct())
    candidates.sort(key=lambda row: (distances[row[1]], row[2]))
    chosen = [pk for pk, _, _ in candidates[:limit]]
    by_pk = OfferPage.objects.filter(pk__in=chosen).select_related(*LISTING_RELATED).in_bulk()
    shown = [by_pk[pk] for pk in chosen if pk in by_pk]
    for offer in shown:
        offer.distance_km = distances[offer.municipality_id]
    return shown
