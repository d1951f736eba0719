"""schema.org JSON-LD for an offer page: the activity as an Event, run by an Organization.

Rendered inside ``<script type="application/ld+json">``: ``<``, ``>`` and ``&`` are escaped as
JSON unicode escapes (as Django's ``json_script`` does), so no text from an editor can close the
script element."""

import json

from django.utils.html import _json_script_escapes
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .choices import OfferStatus

ATTENDANCE_MODE = "https://schema.org/{}EventAttendanceMode"


def offer_json_ld(offer, request, goals=()) -> SafeString:
    return mark_safe(
        json.dumps(offer_schema(offer, request, goals), ensure_ascii=False).translate(_json_script_escapes)
    )


def offer_schema(offer, request, goals=()) -> dict:
    url = request.build_absolute_uri(request.path) if request is not None else offer.full_url
    in_place = bool(offer.address or offer.postcode)
    if offer.is_online and in_place:
        mode = "Mixed"
    elif offer.is_online:
        mode = "Online"
    else:
        mode = "Offline"
    locations = []
    if in_place:
        latitude, longitude = offer.map_coordinates
        locations.append(
            {
                "@type": "Place",
                "name": offer.place or offer.address,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": offer.address,
                    "postalCode": offer.postcode,
                    "addressLocality": offer.place,
                    "addressCountry": "BE",
                },
                "geo": {"@type": "GeoCoordinates", "latitude": float(latitude), "longitude": float(longitude)},
            }
        )
    if offer.is_online:
        locations.append({"@type": "VirtualLocation", "url": offer.contact_url or url})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": offer.title,
        "description": offer.summary,
        "url": url,
        "inLanguage": "nl",
        "eventAttendanceMode": ATTENDANCE_MODE.format(mode),
        "eventStatus": "https://schema.org/EventScheduled"
        if offer.status == OfferStatus.OPEN
        else "https://schema.org/EventPostponed",
        "isAccessibleForFree": offer.is_free,
        "location": locations[0] if len(locations) == 1 else locations,
        "keywords": ", ".join([str(offer.get_offer_type_display())] + [str(goal) for goal in goals]),
        "audience": {"@type": "Audience", "audienceType": _("Newcomers in Flanders and Brussels")},
    }
    if offer.start_date:
        data["startDate"] = offer.start_date.isoformat()
    if offer.end_date:
        data["endDate"] = offer.end_date.isoformat()
    if not offer.is_free and offer.cost_description:
        data["offers"] = {"@type": "Offer", "description": offer.cost_description, "url": url}
    organisation = offer.organisation
    if organisation is not None:
        organiser = {"@type": "Organization", "name": organisation.name}
        for key, value in (
            ("url", organisation.website),
            ("email", organisation.email),
            ("telephone", organisation.phone),
        ):
            if value:
                organiser[key] = value
        if organisation.address or organisation.postcode:
            organiser["address"] = {
                "@type": "PostalAddress",
                "streetAddress": organisation.address,
                "postalCode": organisation.postcode,
                "addressLocality": organisation.place,
                "addressCountry": "BE",
            }
        data["organizer"] = organiser
    return data
