from django.core.management.base import BaseCommand

from insight.flush import flush_counts, purge_old_records


class Command(BaseCommand):
    help = "Move the usage counters from Redis (or the spool) into the daily aggregate tables; delete old feedback."

    def handle(self, *args, **options):
        report = flush_counts()
        feedback_deleted, batches_deleted = purge_old_records()
        if options["verbosity"] > 0:
            self.stdout.write(
                f"{report.batches} batches, {report.counters} counts added, {report.dropped} dropped; "
                f"days closed (salt destroyed): {', '.join(report.days_closed) or 'none'}; "
                f"{feedback_deleted} old feedback and {batches_deleted} old flush tokens deleted."
            )
