"""Spreadsheet exports that are safe to open: a cell that starts with ``=``, ``+``, ``-`` or ``@``
(or a tab/carriage return) would be run as a formula by Excel or LibreOffice, so it gets a
leading apostrophe. Reports anywhere in the project use ``neutralise_cell`` or the mixin."""

from spreadsheets import neutralise_cell


class NeutralisedCsvExportMixin:
    """For a view with Wagtail's ``SpreadsheetExportMixin`` (every ``ReportView``): every CSV cell
    goes through ``neutralise_cell`` after Wagtail's own formatting. (Wagtail's XLSX export
    already stores would-be formulas as text.)"""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralise_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )
