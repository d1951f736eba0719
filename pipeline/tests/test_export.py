"""export_offers round-trips with import_offers and neutralises spreadsheet formulas."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Revision, WorkflowState

from offers.tests.factories import offer as make_offer
from pipeline.formats import read_rows
from pipeline.importer import import_offers

CSV_EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "offers-example.csv"
pytestmark = pytest.mark.django_db


def export(*arguments):
    out = io.StringIO()
    call_command("export_offers", *arguments, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize("file_format", ["csv", "json"])
def test_export_then_import_changes_nothing(file_format):
    call_command(
        "import_offers", str(CSV_EXAMPLE), "--source", "gemeente-export", "--no-progress", stdout=io.StringIO()
    )
    make_offer(title="Wandelclub", slug="wandelclub", contact_phone="+32 9 266 11 11", hours_per_week="2.5")
    revisions, states = Revision.objects.count(), WorkflowState.objects.count()

    text = export("--format", file_format)
    report = import_offers(read_rows(text, file_format), source="")

    assert report.errors == []
    assert report.counts["create"] == 0 and report.counts["update"] == 0 and report.counts["conflict"] == 0
    assert report.counts["skip"] >= 5
    assert Revision.objects.count() == revisions
    assert WorkflowState.objects.count() == states


def test_csv_export_neutralises_formula_cells():
    make_offer(title='=HYPERLINK("http://evil.example")', slug="formule", contact_phone="+32 9 266 11 11")
    text = export("--format", "csv", "--municipality", "Gent")
    assert "'=HYPERLINK" in text
    assert ";'+32 9 266 11 11;" in text
    rows = dict((row["title"], row) for _n, row in read_rows(text, "csv"))
    assert '\'=HYPERLINK("http://evil.example")' in rows


def test_export_for_one_municipality_lists_only_its_offers():
    make_offer(title="In Gent", slug="in-gent")
    from offers.tests.factories import municipality_page

    make_offer(municipality_page("Antwerpen"), title="In Antwerpen", slug="in-antwerpen")
    text = export("--format", "csv", "--municipality", "Gent")
    assert "In Gent" in text and "In Antwerpen" not in text
