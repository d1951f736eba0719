"""manage.py export_offers --format csv|json [--municipality NAME] [--output FILE]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from municipalities.models import Municipality
from pipeline.exporter import export_csv, export_json, offers_to_export


class Command(BaseCommand):
    help = "Export offers (Dutch source pages) in the import format."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=("csv", "json"), default="csv")
        parser.add_argument("--municipality", help="Name, NIS code or postcode.")
        parser.add_argument("--output", help="File to write; default: standard output.")

    def handle(self, *args, **options):
        municipality = None
        if options["municipality"]:
            found = list(Municipality.objects.matching(options["municipality"]))
            if len(found) != 1:
                raise CommandError(f"No single municipality matches {options['municipality']!r}.")
            municipality = found[0]
        offers = offers_to_export(municipality)
        text = export_json(offers) if options["format"] == "json" else export_csv(offers)
        if options["output"]:
            Path(options["output"]).write_text(text, encoding="utf-8")
            self.stderr.write(f"{offers.count()} offers written to {options['output']}")
        else:
            self.stdout.write(text, ending="")
