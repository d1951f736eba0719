"""Compile locale/*/LC_MESSAGES/django.po to .mo with polib: no GNU gettext needed."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the interface catalogues (locale/*/LC_MESSAGES/*.po) to .mo without GNU gettext."

    def handle(self, *args, **options):
        count = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                catalogue = polib.pofile(str(po_path))
                catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
                count += 1
                self.stdout.write(
                    f"  {po_path.relative_to(settings.BASE_DIR)}: {catalogue.percent_translated()} % translated"
                )
        self.stdout.write(self.style.SUCCESS(f"{count} catalogues compiled"))
