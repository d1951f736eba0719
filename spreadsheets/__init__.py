"""Spreadsheet safety shared by every CSV export (reports, API exports, insight, the importer).

A cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) would be run as
a formula by Excel or LibreOffice, so it gets a leading apostrophe; the importer takes it off
again so that export → import round-trips."""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """``value`` made harmless for a spreadsheet cell; anything but text passes unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def unneutralise_cell(value):
    """The reverse of ``neutralise_cell`` for a cell read back from a CSV file."""
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in FORMULA_PREFIXES:
        return value[1:]
    return value
