"""CSV exports of the insight tables. Cells that a spreadsheet would read as a formula
(starting with = + - @, a tab or a carriage return) are neutralised with a leading apostrophe."""

import csv

from django.http import HttpResponse

from spreadsheets import neutralise_cell


def neutralise(value) -> str:
    return neutralise_cell("" if value is None else str(value))


def csv_response(filename: str, headers, rows) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # Excel opens UTF-8 correctly with a byte order mark
    writer = csv.writer(response)
    writer.writerow([neutralise(header) for header in headers])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return response
