"""Background work of the pipeline (django-tasks): an import started from the admin."""

from django.core.files.storage import default_storage
from django.utils import timezone
from django_tasks import task

from .formats import FileFormatError, read_rows
from .importer import import_offers
from .models import ImportRun


@task()
def run_import(run_id: int):
    run = ImportRun.objects.get(pk=run_id)
    run.status = ImportRun.Status.RUNNING
    run.save(update_fields=["status"])
    try:
        with default_storage.open(run.file) as stored:
            rows = read_rows(stored.read(), run.file_format)
        report = import_offers(rows, source=run.source, dry_run=run.dry_run)
    except FileFormatError as error:
        run.status, run.report_text = ImportRun.Status.INVALID, str(error)
    except Exception as error:  # the report shows it; the worker logs the traceback
        run.status, run.report_text = ImportRun.Status.FAILED, f"{type(error).__name__}: {error}"
        run.finished_at = timezone.now()
        run.save()
        raise
    else:
        run.status = ImportRun.Status.INVALID if report.errors else ImportRun.Status.DONE
        run.report, run.report_text = report.as_dict(), report.as_text()
    run.finished_at = timezone.now()
    run.save()
