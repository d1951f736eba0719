from django.core.management.base import BaseCommand, CommandError

from municipalities.loader import MunicipalityDataError, load_municipalities


class Command(BaseCommand):
    help = "Load the municipalities of Flanders and Brussels and keep one page per municipality."

    def add_arguments(self, parser):
        parser.add_argument("--file", help="CSV file (default: the bundled reference data)")

    def handle(self, *args, **options):
        try:
            report = load_municipalities(options["file"], stdout=self.stdout)
        except MunicipalityDataError as error:
            raise CommandError(f"The data file has errors, nothing was written:\n{error}") from error
        for message in report.messages:
            self.stdout.write(message)
        self.stdout.write(self.style.SUCCESS(report.summary()))
