"""manage.py import_offers FILE [--format csv|json|uitdatabank] [--source NAME] [--dry-run]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from pipeline.formats import FORMATS, FileFormatError, guess_format, read_rows
from pipeline.importer import import_offers


class Command(BaseCommand):
    help = "Import offers from a CSV, JSON or UiTdatabank file: validate every row first, then write."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--format", choices=FORMATS, help="Default: from the file name (.json or .csv).")
        parser.add_argument("--source", default="", help="Where the rows come from, e.g. 'gent-vrijetijd'.")
        parser.add_argument("--dry-run", action="store_true", help="Validate and count; write nothing.")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        file_format = options["format"] or guess_format(path.name)
        source = options["source"] or ("uitdatabank" if file_format == "uitdatabank" else "")
        try:
            rows = read_rows(path.read_bytes(), file_format)
        except FileFormatError as error:
            raise CommandError(str(error)) from error
        bar = None
        if not options["dry_run"] and not options["no_progress"] and options["verbosity"] > 0:
            bar = tqdm(total=len(rows), unit="offer", file=self.stderr._out, mininterval=0.5)
        try:
            report = import_offers(
                rows, source=source, dry_run=options["dry_run"], progress=bar.update if bar else None
            )
        finally:
            if bar is not None:
                bar.close()
        for line in report.lines():
            self.stdout.write(line)
        if report.errors:
            raise CommandError("invalid rows: nothing was written")
