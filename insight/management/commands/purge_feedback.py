from django.core.management.base import BaseCommand

from insight.flush import purge_old_records


class Command(BaseCommand):
    help = "Delete readers' feedback older than FEEDBACK_RETENTION_DAYS (flush_stats does this too)."

    def handle(self, *args, **options):
        feedback_deleted, _ = purge_old_records()
        if options["verbosity"] > 0:
            self.stdout.write(f"{feedback_deleted} feedback deleted.")
