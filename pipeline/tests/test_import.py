"""import_offers: validate first, idempotent, conflicts, dry run, per-municipality writes."""

import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from wagtail.models import Revision, WorkflowState

from offers.models import OfferPage, Organisation
from offers.tests.factories import offer as make_offer
from pipeline.formats import read_rows
from pipeline.importer import import_offers

EXAMPLES = Path(settings.BASE_DIR) / "docs" / "examples"
CSV_EXAMPLE = EXAMPLES / "offers-example.csv"
JSON_EXAMPLE = EXAMPLES / "offers-example.json"

pytestmark = pytest.mark.django_db


def run(path, *arguments):
    out = io.StringIO()
    call_command("import_offers", str(path), "--no-progress", *arguments, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def imported(source="gemeente-export"):
    return OfferPage.objects.filter(external_source=source)


def csv_rows(text_replacements=()):
    text = CSV_EXAMPLE.read_text()
    for old, new in text_replacements:
        assert old in text
        text = text.replace(old, new)
    return read_rows(text, "csv")


def test_example_csv_creates_draft_offers_in_review_in_the_right_municipalities():
    output = run(CSV_EXAMPLE, "--source", "gemeente-export")

    assert "create 4, update 0, skip 0, conflict 0" in output
    offers = {page.external_id: page for page in imported()}
    assert sorted(offers) == ["antwerpen-001", "borsbeek-001", "gent-001", "gent-002"]
    assert offers["gent-002"].municipality.name_nl == "Gent"  # given as postcode 9000
    assert offers["borsbeek-001"].municipality.name_nl == "Antwerpen"  # Borsbeek merged in 2025
    for page in offers.values():
        assert not page.live
        assert page.workflow_in_progress, page.external_id
        assert page.current_workflow_state.workflow.name == "AgII review"
        assert page.get_latest_revision().user.username == "import-bot"
    gent = offers["gent-001"]
    assert gent.description.startswith("<p>Elke dinsdag")
    assert sorted(gent.goals.values_list("code", flat=True)) == ["meet_people", "practise_dutch"]
    assert gent.contact_languages == ["en", "fr"]
    assert gent.organisation.name == "Buurtcentrum De Sleutel"


def test_import_bot_is_a_municipal_editor_not_a_reviewer():
    run(CSV_EXAMPLE, "--source", "gemeente-export")
    from django.contrib.auth import get_user_model

    bot = get_user_model().objects.get(username="import-bot")
    groups = set(bot.groups.values_list("name", flat=True))
    assert "Redactie Gent" in groups and "AgII reviewers" not in groups
    assert not bot.is_superuser and not bot.has_usable_password()


def test_json_example_imports():
    output = run(JSON_EXAMPLE, "--source", "gemeente-export")
    assert "create 2" in output
    online = imported().get(external_id="online-001")
    assert online.is_online and online.municipality.name_nl == "Brugge"


def test_reimporting_unchanged_file_writes_nothing():
    run(CSV_EXAMPLE, "--source", "gemeente-export")
    revisions, states = Revision.objects.count(), WorkflowState.objects.count()

    output = run(CSV_EXAMPLE, "--source", "gemeente-export")

    assert "create 0, update 0, skip 4, conflict 0" in output
    assert Revision.objects.count() == revisions
    assert WorkflowState.objects.count() == states


def approve(page, reviewer):
    page.current_workflow_state.current_task_state.approve(user=reviewer)
    page.refresh_from_db()


def test_changed_row_becomes_a_new_revision_and_is_resubmitted(reviewer):
    run(CSV_EXAMPLE, "--source", "gemeente-export")
    page = imported().get(external_id="gent-001")
    approve(page, reviewer)
    assert page.live and not page.workflow_in_progress
    revisions = page.revisions.count()

    report = import_offers(
        csv_rows([("Je praat Nederlands bij een kop koffie.", "Je praat Nederlands bij een kop thee.")]),
        source="gemeente-export",
    )

    assert report.counts == {"create": 0, "update": 1, "skip": 3, "conflict": 0, "unpublish": 0}
    page.refresh_from_db()
    assert page.revisions.count() == revisions + 1
    assert page.get_latest_revision_as_object().summary == "Je praat Nederlands bij een kop thee."
    assert page.summary == "Je praat Nederlands bij een kop koffie."  # live version waits for review
    assert page.workflow_in_progress


def test_fields_an_editor_added_locally_stay_after_reimport(reviewer, gent_editor):
    run(CSV_EXAMPLE, "--source", "gemeente-export")
    page = imported().get(external_id="gent-001")
    approve(page, reviewer)
    edited = page.get_latest_revision_as_object()
    edited.search_description = "Taalcafé in Gent"
    edited.latitude, edited.longitude = Decimal("51.05000"), Decimal("3.72000")
    edited.save_revision(user=gent_editor).publish(user=reviewer)

    import_offers(csv_rows([("Kom gewoon langs op dinsdag", "Kom langs op dinsdag")]), source="gemeente-export")

    latest = OfferPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert latest.join_instructions.startswith("Kom langs op dinsdag")
    assert latest.search_description == "Taalcafé in Gent"
    assert float(latest.latitude) == 51.05


def test_offer_with_an_editors_pending_draft_is_a_conflict_and_not_overwritten(reviewer, gent_editor):
    run(CSV_EXAMPLE, "--source", "gemeente-export")
    page = imported().get(external_id="gent-001")
    approve(page, reviewer)
    draft = page.get_latest_revision_as_object()
    draft.summary = "Samen Nederlands praten, elke dinsdag."
    draft.save_revision(user=gent_editor)

    report = import_offers(
        csv_rows([("Je praat Nederlands bij een kop koffie.", "Je praat Nederlands bij een kop thee.")]),
        source="gemeente-export",
    )

    assert report.counts["conflict"] == 1
    assert "draft" in report.as_text() and "gent-001" in report.as_text()
    assert OfferPage.objects.get(pk=page.pk).get_latest_revision_as_object().summary == draft.summary


def test_offer_in_review_is_a_conflict_when_the_source_changed():
    run(CSV_EXAMPLE, "--source", "gemeente-export")
    report = import_offers(
        csv_rows([("Je praat Nederlands bij een kop koffie.", "Je praat Nederlands bij een kop thee.")]),
        source="gemeente-export",
    )
    assert report.counts["conflict"] == 1
    assert "review is in progress" in report.as_text()


def test_file_with_one_bad_row_writes_nothing_and_reports_its_row_number():
    text = CSV_EXAMPLE.read_text().replace(";Voetballen met de buurt;leisure;", ";Voetballen met de buurt;sport;")
    text = text.replace("karim@rapidgent.example.be", "karim-at-rapidgent")
    path = Path("/tmp") / f"h_pipeline_bad_{id(text)}.csv"
    path.write_text(text)
    pages, organisations = OfferPage.objects.count(), Organisation.objects.count()

    with pytest.raises(CommandError):
        out = io.StringIO()
        try:
            call_command("import_offers", str(path), "--source", "gemeente-export", stdout=out)
        finally:
            output = out.getvalue()

    assert "row 3, offer_type:" in output
    assert "row 3, contact_email:" in output
    assert "row 2" not in output and "row 4" not in output
    assert "nothing was written" in output
    assert OfferPage.objects.count() == pages
    assert Organisation.objects.count() == organisations


def test_every_invalid_cell_is_reported_with_field_and_message():
    rows = [
        (
            2,
            {
                "external_id": "x-1",
                "municipality": "Atlantis",
                "goals": "dansen",
                "title": "",
                "offer_type": "buddy",
                "summary": "Samen wandelen.",
                "description": "We wandelen.",
                "dutch_level": "7",
                "start_date": "morgen",
                "weekday_daytime": "misschien",
                "is_free": "ja",
            },
        )
    ]
    report = import_offers(rows, source="test")
    fields = {error.field for error in report.errors}
    assert {"municipality", "goals", "title", "dutch_level", "start_date", "weekday_daytime"} <= fields
    assert all(error.row == 2 for error in report.errors)


def test_ambiguous_postcode_asks_for_the_name():
    rows = csv_rows([(";9000;Voetbalclub", ";1040;Voetbalclub")])
    report = import_offers(rows, source="test")
    assert [str(error) for error in report.errors if error.field == "municipality"][0].startswith("row 3, municipality")
    assert "ambiguous" in report.as_text()


def test_dry_run_reports_counts_and_writes_nothing():
    make_offer(external_source="gemeente-export", external_id="gent-001")
    pages = OfferPage.objects.count()

    output = run(CSV_EXAMPLE, "--source", "gemeente-export", "--dry-run")

    assert "Dry run, nothing written: 4 rows; create 3, update 1, skip 0, conflict 0, unpublish 0" in output
    assert OfferPage.objects.count() == pages


def test_interrupted_import_completes_when_run_again(monkeypatch):
    from pipeline import importer

    original = importer.write_row
    calls = {"n": 0}

    def failing_after_gent(planned, source, user=None):
        calls["n"] += 1
        if planned.values["municipality_object"].name_nl == "Antwerpen":
            raise RuntimeError("power cut")
        return original(planned, source, user=user)

    monkeypatch.setattr(importer, "write_row", failing_after_gent)
    with pytest.raises(RuntimeError):
        import_offers(csv_rows(), source="gemeente-export")
    assert sorted(imported().values_list("external_id", flat=True)) == ["gent-001", "gent-002"]

    monkeypatch.setattr(importer, "write_row", original)
    report = import_offers(csv_rows(), source="gemeente-export")

    assert report.counts["skip"] == 2 and report.counts["create"] == 2
    assert imported().count() == 4


def test_json_list_without_wrapper_is_read():
    data = json.loads(JSON_EXAMPLE.read_text())["offers"]
    rows = read_rows(json.dumps(data), "json")
    assert [number for number, _row in rows] == [1, 2]
