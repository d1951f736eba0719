"""Reading import files into numbered rows: CSV (a spreadsheet), JSON, UiTdatabank JSON-LD.

Row numbers are what a person finds in the file: in a CSV the header is row 1, so the first offer
is row 2; in JSON the first object is row 1."""

import csv
import io
import json

from django.utils.translation import gettext as _

FORMATS = ("csv", "json", "uitdatabank")


class FileFormatError(ValueError):
    pass


def guess_format(name: str) -> str:
    return "json" if name.lower().endswith((".json", ".jsonld")) else "csv"


def read_csv(text: str):
    sample = text[:4096]
    first_line = sample.splitlines()[0] if sample else ""
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if not reader.fieldnames or "external_id" not in [name.strip() for name in reader.fieldnames]:
        raise FileFormatError(_("The first row must hold the column names, with at least external_id."))
    return [(number, row) for number, row in enumerate(reader, start=2)]


def read_json(text: str):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise FileFormatError(_("Not valid JSON: %(error)s") % {"error": error}) from error
    if isinstance(data, dict):
        data = data.get("offers", data.get("member"))
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise FileFormatError(_('Expected a list of offers, or an object with a list "offers".'))
    return [(number, item) for number, item in enumerate(data, start=1)]


def read_rows(content: bytes | str, file_format: str):
    """(row number, dict) pairs of an import file."""
    text = content.decode("utf-8-sig") if isinstance(content, bytes) else content.lstrip("\ufeff")
    if file_format == "csv":
        return read_csv(text)
    if file_format == "json":
        return read_json(text)
    if file_format == "uitdatabank":
        from .uitdatabank import rows_from_search_results

        return rows_from_search_results(read_json(text))
    raise FileFormatError(_("Unknown format %(format)s.") % {"format": file_format})
