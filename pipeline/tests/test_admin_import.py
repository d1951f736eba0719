"""The admin upload screen queues the import as a background task and shows the same report."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from offers.models import OfferPage
from pipeline.models import ImportRun

CSV_EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "offers-example.csv"
pytestmark = pytest.mark.django_db


def upload(client, content, **fields):
    data = {"file": SimpleUploadedFile("aanbod.csv", content), "file_format": "csv", "source": "gemeente-export"}
    return client.post(reverse("pipeline_import"), data | fields)


def test_reviewer_uploads_a_file_and_sees_the_report(client, reviewer):
    client.force_login(reviewer)

    response = upload(client, CSV_EXAMPLE.read_bytes())

    run = ImportRun.objects.get()
    assert response.status_code == 302 and response.url == reverse("pipeline_import_run", args=(run.pk,))
    assert run.status == ImportRun.Status.DONE  # immediate backend in tests; a worker with the db backend
    assert run.report["counts"]["create"] == 4
    assert OfferPage.objects.filter(external_source="gemeente-export").count() == 4
    html = client.get(response.url).content.decode()
    assert "create 4, update 0, skip 0, conflict 0" in html


def test_upload_with_a_bad_row_shows_the_row_errors_and_writes_nothing(client, reviewer):
    client.force_login(reviewer)
    content = CSV_EXAMPLE.read_bytes().replace(b";leisure;", b";sport;")

    upload(client, content)

    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.INVALID
    assert [error["row"] for error in run.report["errors"]] == [3]
    assert " 3, offer_type:" in run.report_text  # "row 3" in the admin user's language
    assert not OfferPage.objects.filter(external_source="gemeente-export").exists()


def test_dry_run_from_the_admin_writes_nothing(client, reviewer):
    client.force_login(reviewer)
    upload(client, CSV_EXAMPLE.read_bytes(), dry_run="on")
    assert "4 rows; create 4, update 0" in ImportRun.objects.get().report_text
    assert not OfferPage.objects.filter(external_source="gemeente-export").exists()


def test_municipal_editors_cannot_import(client, gent_editor):
    client.force_login(gent_editor)
    response = upload(client, CSV_EXAMPLE.read_bytes())
    assert response.status_code == 302 and ImportRun.objects.count() == 0
