"""UiTdatabank (publiq) search API v3 results → import rows.

A search result is JSON-LD: ``{"totalItems": …, "member": [event or place, …]}``. What we read:

- ``@id`` (…/event/<uuid> or …/place/<uuid>): the external ID is the UUID; source "uitdatabank";
- ``name.nl``, ``description.nl``: title, description (the summary is its first sentence);
- ``labels`` and ``hiddenLabels``: the taaliconen ("één taalicoon" … "vier taaliconen") → Dutch level;
- ``location.address.nl`` (events) or ``address.nl`` (places): street, ``postalCode`` → municipality,
  ``addressLocality``;
- ``calendarType`` single/multiple/periodic/permanent with ``startDate``/``endDate``, ``subEvent``
  and ``openingHours`` → start and end date and the day parts. ``availableFrom``/``availableTo``
  are the publication window on UiT, not the activity's dates, and are ignored;
- ``organizer.name`` → organisation; ``bookingInfo`` and ``contactPoint`` → how to join;
  ``priceInfo`` → free or what it costs;
- ``status.type`` Unavailable (cancelled) or ``workflowStatus`` REJECTED / DELETED → the row is
  ``removed`` and unpublishes the offer it fed; TemporarilyUnavailable (postponed) → paused.

``UiTdatabankClient`` fetches the same JSON over HTTP when ``UITDATABANK_API_KEY`` is set; tests
never call it."""

import datetime
import json
import re
import unicodedata
import urllib.parse
import urllib.request

from django.conf import settings

from quality.checks import plain_text, sentences_of

SOURCE = "uitdatabank"
EVENING_FROM_HOUR = 18
TAALICONEN = {"een taalicoon": 1, "twee taaliconen": 2, "drie taaliconen": 3, "vier taaliconen": 4}
WEEKEND_DAYS = {"saturday", "sunday"}
REMOVED_WORKFLOW_STATUSES = {"REJECTED", "DELETED"}


def _plain_label(label: str) -> str:
    decomposed = unicodedata.normalize("NFKD", label.strip().lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _nl(value) -> str:
    if isinstance(value, dict):
        return value.get("nl") or next(iter(value.values()), "") or ""
    return value or ""


def external_id(item: dict) -> str:
    return (item.get("@id") or "").rstrip("/").rsplit("/", 1)[-1]


def dutch_level(item: dict):
    levels = [TAALICONEN.get(_plain_label(label)) for label in item.get("labels", []) + item.get("hiddenLabels", [])]
    levels = [level for level in levels if level]
    return max(levels) if levels else None


def _moment(text):
    if not text:
        return None
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _local(moment):
    if moment.tzinfo is None:
        return moment
    from zoneinfo import ZoneInfo

    return moment.astimezone(ZoneInfo("Europe/Brussels"))


def calendar(item: dict) -> dict:
    """start_date, end_date and day parts from the calendar."""
    kind = item.get("calendarType", "permanent")
    moments = []
    if kind == "multiple" and item.get("subEvent"):
        moments = [(_moment(sub.get("startDate")), _moment(sub.get("endDate"))) for sub in item["subEvent"]]
    elif kind in ("single", "multiple", "periodic") and item.get("startDate"):
        moments = [(_moment(item.get("startDate")), _moment(item.get("endDate")))]
    values = {"start_date": None, "end_date": None, "weekday_daytime": False, "evening": False, "weekend": False}
    if moments:
        values["start_date"] = min(_local(start).date() for start, _end in moments)
        ends = [_local(end or start).date() for start, end in moments]
        values["end_date"] = max(ends)
    if kind in ("single", "multiple"):
        for start, _end in moments:
            local = _local(start)
            if local.weekday() >= 5:
                values["weekend"] = True
            elif local.hour >= EVENING_FROM_HOUR:
                values["evening"] = True
            else:
                values["weekday_daytime"] = True
    for hours in item.get("openingHours", []):
        days = {day.lower() for day in hours.get("dayOfWeek", [])}
        opens = int((hours.get("opens") or "00:00").split(":")[0])
        if days & WEEKEND_DAYS:
            values["weekend"] = True
        if days - WEEKEND_DAYS:
            values["evening" if opens >= EVENING_FROM_HOUR else "weekday_daytime"] = True
    return values


def _first(*candidates):
    for candidate in candidates:
        if isinstance(candidate, list):
            candidate = candidate[0] if candidate else ""
        if candidate:
            return candidate
    return ""


def price(item: dict) -> tuple[bool, str]:
    base = [info for info in item.get("priceInfo", []) if info.get("category") == "base"]
    if not base:
        return True, ""
    amount = base[0].get("price", 0)
    if not amount:
        return True, ""
    return False, f"€ {amount:.2f}".replace(".", ",").replace(",00", "")


def is_removed(item: dict) -> bool:
    status = (item.get("status") or {}).get("type", "Available")
    return status == "Unavailable" or item.get("workflowStatus") in REMOVED_WORKFLOW_STATUSES


def event_to_row(item: dict) -> dict:
    """One UiTdatabank event or place as an import row."""
    row = {"source": SOURCE, "external_id": external_id(item)}
    if is_removed(item):
        row["removed"] = True
        return row
    is_place = item.get("@type") == "Place" or "/place/" in (item.get("@id") or "")
    address = _nl((item if is_place else item.get("location") or {}).get("address") or {})
    if not isinstance(address, dict):
        address = {}
    description = _nl(item.get("description"))
    sentences = sentences_of(plain_text(description))
    summary = (sentences[0] + ".") if sentences else _nl(item.get("name"))
    booking = item.get("bookingInfo") or {}
    contact = item.get("contactPoint") or {}
    organizer = item.get("organizer") or {}
    is_free, cost = price(item)
    level = dutch_level(item)
    status = (item.get("status") or {}).get("type", "Available")
    row.update(
        {
            "municipality": address.get("postalCode", ""),
            "title": _nl(item.get("name")),
            "offer_type": "leisure",
            "goals": ["practise_dutch", "meet_people"] if level else ["meet_people"],
            "summary": summary[:200],
            "description": description,
            "status": "paused" if status == "TemporarilyUnavailable" else "open",
            "dutch_level": level if level is not None else "",
            "address": address.get("streetAddress", ""),
            "postcode": address.get("postalCode", ""),
            "place": address.get("addressLocality", ""),
            "organisation": _nl(organizer.get("name")),
            "contact_email": _first(booking.get("email"), contact.get("email")),
            "contact_phone": _first(booking.get("phone"), contact.get("phone")),
            "contact_url": _first(booking.get("url"), contact.get("url")),
            "is_free": is_free,
            "cost_description": cost,
            "dutch_language_context": True,
            "in_duo_or_group": True,
        }
    )
    row.update(calendar(item))
    if row["end_date"] and row["end_date"] < datetime.date.today():
        return {"source": SOURCE, "external_id": row["external_id"], "removed": True}  # over: offline
    return row


def rows_from_search_results(numbered_items):
    return [(number, event_to_row(item)) for number, item in numbered_items]


class UiTdatabankClient:
    """Fetches search results from the UiTdatabank search API v3 (urllib; needs an API key)."""

    def __init__(self, api_key: str | None = None, url: str | None = None, timeout: int = 30):
        self.api_key = api_key or settings.UITDATABANK_API_KEY
        self.url = url or settings.UITDATABANK_API_URL
        self.timeout = timeout

    def search(self, query: str = "", *, start: int = 0, limit: int = 50) -> dict:
        if not self.api_key:
            raise RuntimeError("UITDATABANK_API_KEY is not set")
        parameters = {"q": query, "start": start, "limit": limit, "embed": "true", "apiKey": self.api_key}
        address = f"{self.url}?{urllib.parse.urlencode({k: v for k, v in parameters.items() if v != ''})}"
        if not re.match(r"^https://", address):
            raise ValueError("UiTdatabank URL must use https")
        request = urllib.request.Request(address, headers={"Accept": "application/ld+json"})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (https only)
            return json.loads(response.read().decode("utf-8"))
