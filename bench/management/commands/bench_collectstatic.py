"""collectstatic for the benchmark, skipped when no static source file changed since the last
run (post-processing ~1,100 files with the manifest + compression storage takes ~10 s)."""

import hashlib
import os

from django.conf import settings
from django.contrib.staticfiles.finders import get_finders
from django.core.management import call_command
from django.core.management.base import BaseCommand


def fingerprint() -> str:
    entries = []
    for finder in get_finders():
        for path, storage in finder.list(["CVS", ".*", "*~"]):
            stat = os.stat(storage.path(path))
            entries.append(f"{getattr(storage, 'prefix', '') or ''}/{path}\0{stat.st_size}\0{stat.st_mtime_ns}")
    entries.append(repr(settings.STORAGES["staticfiles"]))
    return hashlib.sha256("\n".join(sorted(entries)).encode()).hexdigest()


class Command(BaseCommand):
    help = "collectstatic into the benchmark's STATIC_ROOT unless nothing changed."

    def handle(self, *args, **options):
        root = settings.STATIC_ROOT
        stamp = root / ".bench-fingerprint"
        current = fingerprint()
        if (root / "staticfiles.json").exists() and stamp.exists() and stamp.read_text() == current:
            self.stdout.write("static files unchanged: collectstatic skipped")
            return
        call_command("collectstatic", interactive=False, verbosity=1, stdout=self.stdout)
        stamp.write_text(current)
