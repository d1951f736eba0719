"""manage.py quality_summary: the distribution of quality scores of the Dutch offers."""

from collections import Counter

from django.core.management.base import BaseCommand
from wagtail.models import Locale

from offers.models import OfferPage
from quality.checks import quality_report

BANDS = ((100, "100"), (85, "85-99"), (70, "70-84"), (50, "50-69"), (0, "0-49"))


class Command(BaseCommand):
    help = "Print the distribution of quality scores, plain-Dutch scores and the most frequent problems."

    def handle(self, *args, **options):
        offers = OfferPage.objects.filter(locale=Locale.get_default())
        bands, problems, total, plain, complete = Counter(), Counter(), 0, 0, 0
        for offer in offers.iterator():
            report = quality_report(offer)
            total += 1
            plain += report.plain_language.score
            complete += not report.blocking
            bands[next(label for floor, label in BANDS if report.score >= floor)] += 1
            problems.update(
                f"{'blocking' if p in report.blocking else 'warning'}: {p.field}"
                for p in report.blocking + report.warnings
            )
        if not total:
            self.stdout.write("no offers")
            return
        self.stdout.write(
            f"{total} offers; complete (no blocking problem) {100 * complete / total:.1f} %; "
            f"average plain-Dutch score {plain / total:.1f}"
        )
        for _floor, label in BANDS:
            self.stdout.write(f"  score {label:>6}: {bands[label]:5d} ({100 * bands[label] / total:.1f} %)")
        for problem, count in problems.most_common(8):
            self.stdout.write(f"  {count:5d} × {problem}")
