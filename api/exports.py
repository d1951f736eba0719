"""Offer exports for AgII reporting: a flat CSV (safe to open in a spreadsheet) and JSON."""

import csv
import io

from spreadsheets import neutralise_cell as neutralise_text

CSV_COLUMNS = [
    ("id", lambda o: o["id"]),
    ("language", lambda o: o["language"]),
    ("is_fallback", lambda o: o["is_fallback"]),
    ("title", lambda o: o["title"]),
    ("summary", lambda o: o["summary"]),
    ("type", lambda o: o["type"]["code"]),
    ("goals", lambda o: " ".join(goal["code"] for goal in o["goals"])),
    ("status", lambda o: o["status"]["code"]),
    ("dutch_level", lambda o: o["dutch_level"]["level"]),
    ("counts_for_trajectory", lambda o: o["counts_for_trajectory"]),
    ("day_parts", lambda o: " ".join(o["day_parts"])),
    ("online", lambda o: o["online"]),
    ("free", lambda o: o["free"]),
    ("childcare", lambda o: o["childcare"]),
    ("wheelchair", lambda o: o["wheelchair"]),
    ("start_date", lambda o: o["start_date"] or ""),
    ("end_date", lambda o: o["end_date"] or ""),
    ("municipality_nis_code", lambda o: o["municipality"]["nis_code"] if o["municipality"] else ""),
    ("municipality", lambda o: o["municipality"]["name"] if o["municipality"] else ""),
    ("also_serves", lambda o: " ".join(other["nis_code"] for other in o["also_serves"])),
    ("postcode", lambda o: o["postcode"]),
    ("place", lambda o: o["place"]),
    ("organisation", lambda o: o["organisation"]["name"] if o["organisation"] else ""),
    ("contact_email", lambda o: o["contact"]["email"]),
    ("contact_phone", lambda o: o["contact"]["phone"]),
    ("url", lambda o: o["url"]),
    ("last_published_at", lambda o: o["last_published_at"].isoformat() if o["last_published_at"] else ""),
]


def neutralise_cell(value) -> str:
    """A cell value that a spreadsheet shows as text and never runs as a formula: text starting
    with = + - @ (or a tab or carriage return) gets a leading apostrophe. Booleans become
    ``true``/``false``; numbers stay numbers (a negative number is data, not a formula)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return neutralise_text(str(value))


def offers_csv(offers: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([name for name, _ in CSV_COLUMNS])
    for offer in offers:
        writer.writerow([neutralise_cell(value(offer)) for _, value in CSV_COLUMNS])
    return buffer.getvalue()
