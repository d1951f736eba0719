"""Load the municipalities reference file into ``Municipality`` rows.

``load_municipalities`` is the one public entry point. It is idempotent: it only writes a row
when a field the data file owns has changed, and reports what it did. Other capabilities extend
it through the ``municipalities_loaded`` signal."""

import csv
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.db import transaction

from .models import Municipality, MunicipalityPostcode
from .signals import municipalities_loaded

DATA_FIELDS = ("name_nl", "name_fr", "province", "region", "latitude", "longitude")


class MunicipalityDataError(ValueError):
    """The data file is not what the loader expects; nothing has been written."""


@dataclass
class LoadReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0
    current: int = 0
    # Filled by receivers of ``municipalities_loaded``: e.g. {"pages created": 304}.
    extra: dict[str, int] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)

    def count(self, what: str, amount: int = 1) -> None:
        self.extra[what] = self.extra.get(what, 0) + amount

    def summary(self) -> str:
        parts = [
            f"{self.created} created",
            f"{self.updated} updated",
            f"{self.unchanged} unchanged",
            f"{self.current} current",
            f"{self.merged} merged into another",
        ]
        parts += [f"{value} {what}" for what, value in self.extra.items()]
        return "Municipalities: " + ", ".join(parts)


def read_rows(path: Path) -> list[dict]:
    """Read and check the file; raise MunicipalityDataError with row numbers on bad rows."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    errors = []
    codes = set()
    for number, row in enumerate(rows, start=2):
        code = (row.get("nis_code") or "").strip()
        if len(code) != 5 or not code.isdigit():
            errors.append(f"row {number}: nis_code {code!r} is not a 5-digit NIS code")
        if code in codes:
            errors.append(f"row {number}: nis_code {code} appears twice")
        codes.add(code)
        if not (row.get("name_nl") or "").strip():
            errors.append(f"row {number}: name_nl is empty")
        try:
            Decimal(row["latitude"]), Decimal(row["longitude"])
        except Exception:
            errors.append(f"row {number}: latitude/longitude are not numbers")
    for number, row in enumerate(rows, start=2):
        target = (row.get("merged_into_2025") or "").strip()
        if target and target not in codes:
            errors.append(f"row {number}: merged_into_2025 {target} is not in the file")
    if errors:
        raise MunicipalityDataError("\n".join(errors))
    return rows


def _values(row: dict) -> dict:
    return {
        "name_nl": row["name_nl"].strip(),
        "name_fr": (row.get("name_fr") or row["name_nl"]).strip(),
        "province": (row.get("province") or "").strip(),
        "region": row["region"].strip(),
        "latitude": Decimal(row["latitude"]).quantize(Decimal("0.00001")),
        "longitude": Decimal(row["longitude"]).quantize(Decimal("0.00001")),
    }


@transaction.atomic
def _load_rows(rows: list[dict], report: LoadReport) -> None:
    existing = {m.nis_code: m for m in Municipality.objects.prefetch_related("postcodes")}
    by_code = {}
    for row in rows:
        code = row["nis_code"].strip()
        values = _values(row)
        municipality = existing.get(code)
        if municipality is None:
            municipality = Municipality.objects.create(nis_code=code, **values)
            report.created += 1
        elif any(getattr(municipality, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(municipality, name, value)
            municipality.save(update_fields=list(values))
            report.updated += 1
        else:
            report.unchanged += 1
        by_code[code] = municipality

        wanted = {p.strip() for p in (row.get("postcodes") or "").split(";") if p.strip()}
        have = {p.code for p in municipality.postcodes.all()} if code in existing else set()
        if wanted != have:
            municipality.postcodes.exclude(code__in=wanted).delete()
            MunicipalityPostcode.objects.bulk_create(
                [MunicipalityPostcode(municipality=municipality, code=c) for c in wanted - have]
            )

    for row in rows:
        municipality = by_code[row["nis_code"].strip()]
        target_code = (row.get("merged_into_2025") or "").strip()
        target = by_code[target_code] if target_code and target_code != municipality.nis_code else None
        if municipality.merged_into_id != (target.pk if target else None):
            municipality.merged_into = target
            municipality.save(update_fields=["merged_into"])
        if target:
            report.merged += 1
        else:
            report.current += 1


def load_municipalities(path: Path | None = None, *, stdout=None) -> LoadReport:
    """Load (or refresh) every municipality from the data file, then let other capabilities
    bring their own per-municipality things up to date."""
    rows = read_rows(Path(path or settings.MUNICIPALITIES_DATA_FILE))
    report = LoadReport()
    _load_rows(rows, report)
    municipalities_loaded.send(sender=Municipality, report=report, stdout=stdout)
    return report
