from django.core.management.base import BaseCommand

from workflows.freshness import sweep_offers


class Command(BaseCommand):
    help = (
        "E-mail each municipality's editors one digest of the offers due for review. "
        "Safe to run twice: an offer is announced once per review-by date."
    )

    def handle(self, *args, **options):
        counts = sweep_offers(stdout=self.stdout if options["verbosity"] > 1 else None)
        self.stdout.write(", ".join(f"{value} {what}" for what, value in counts.items()))
