import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale

from offers.listing import visible_offers
from translations.machine import configured_translator, translate_page


class Command(BaseCommand):
    help = (
        "Machine-translate every live Dutch offer whose translation is missing or outdated, through "
        "wagtail-localize (the translation editor shows and can correct the result)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--locale", action="append", default=[], help="Target language code (repeatable).")
        parser.add_argument("--all-locales", action="store_true", help="Every content language but Dutch.")
        parser.add_argument("--municipality", help="Only offers of this municipality (slug or Dutch name).")
        parser.add_argument(
            "--local", action="store_true", help="Use the offline pseudo-translator, whatever is configured."
        )

    def handle(self, *args, **options):
        translator = configured_translator(local=options["local"])
        if translator is None:
            raise CommandError("No machine translator configured (WAGTAILLOCALIZE_MACHINE_TRANSLATOR).")
        codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]
        wanted = codes if options["all_locales"] else options["locale"]
        if not wanted:
            raise CommandError("Give --locale CODE (repeatable) or --all-locales.")
        unknown = sorted(set(wanted) - set(codes))
        if unknown:
            raise CommandError(f"Not a content language: {', '.join(unknown)}")
        locales = list(Locale.objects.filter(language_code__in=wanted))
        offers = visible_offers().order_by("path")
        if options["municipality"]:
            name = options["municipality"]
            offers = offers.filter(municipality__name_nl__iexact=name) | offers.filter(
                municipality__pages__slug=name.lower()
            )
            offers = offers.distinct()
        offers = list(offers)

        summary = {}
        started = time.monotonic()
        total = len(offers) * len(locales)
        done = 0
        for locale in locales:
            if not translator.can_translate(Locale.get_default(), locale):
                summary[(locale.language_code, "unsupported")] = len(offers)
                self.stdout.write(
                    self.style.WARNING(
                        f"{translator.display_name} cannot translate nl → {locale.language_code}: "
                        f"{len(offers)} offers left untranslated."
                    )
                )
                done += len(offers)
                continue
            for offer in offers:
                with transaction.atomic():  # one commit per offer; wagtail-localize publishes on commit
                    outcome = translate_page(offer, locale, translator)
                summary[(locale.language_code, outcome)] = summary.get((locale.language_code, outcome), 0) + 1
                done += 1
                self._progress(done, total)
        if total:
            sys.stdout.flush()
            self.stdout.write("")
        elapsed = time.monotonic() - started
        for (code, outcome), amount in sorted(summary.items()):
            self.stdout.write(f"  {code}: {amount} {outcome}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(offers)} offers × {len(locales)} languages with {translator.display_name} in {elapsed:.1f} s"
            )
        )

    def _progress(self, done, total):
        if self.stdout.isatty():
            width = 30
            filled = int(width * done / total)
            self.stdout.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        elif done == total or done % 50 == 0:
            self.stdout.write(f"  {done}/{total}")
