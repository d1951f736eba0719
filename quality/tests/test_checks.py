"""The quality report on good and bad offers and texts."""

import datetime

import pytest
from django.utils import translation

from quality.checks import plain_language, quality_report


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


GOOD = {
    "summary": "Je praat Nederlands met andere mensen bij een kop koffie.",
    "description": "<p>Elke dinsdag praten we samen Nederlands. Je leert nieuwe mensen kennen.</p>",
    "dutch_level": 1,
    "contact_email": "sara@desleutel.example.be",
    "weekday_daytime": True,
    "address": "Sleutelstraat 1",
    "postcode": "9000",
    "place": "Gent",
    "join_instructions": "Kom gewoon langs.",
}
OFFICIAL_DUTCH = (
    "<p>Het participatietraject omvat een veelheid aan maatschappelijke engagementsmogelijkheden die in "
    "samenwerking met lokale besturen, middenveldorganisaties en welzijnsactoren worden geoperationaliseerd "
    "ten behoeve van inburgeraars.</p>"
)


def test_a_good_offer_in_plain_dutch_scores_100_without_problems():
    report = quality_report(GOOD)
    assert report.blocking == [] and report.warnings == []
    assert report.score == 100 and report.plain_language.score == 100


def test_missing_essentials_block_with_a_message_each():
    report = quality_report({"description": "<p>Kom.</p>"})
    fields = {problem.field for problem in report.blocking}
    assert fields == {"summary", "contact_email", "dutch_level", "weekday_daytime", "address"}
    assert report.score == 0


def test_invalid_contact_formats_block_and_do_not_count_as_a_working_channel():
    report = quality_report(GOOD | {"contact_email": "sara-at-desleutel", "contact_phone": "bel me", "contact_url": ""})
    messages = report.messages()
    assert "The e-mail address sara-at-desleutel is not valid." in messages
    assert "The phone number bel me is not valid." in messages
    assert "Give at least one working way to join: e-mail, phone or website." in messages


def test_one_working_channel_is_enough():
    report = quality_report(GOOD | {"contact_email": "", "contact_url": "https://desleutel.example.be"})
    assert report.blocking == []


def test_image_without_alt_text_and_an_end_date_in_the_past_block():
    report = quality_report(GOOD | {"image": 7, "end_date": datetime.date(2020, 1, 31)})
    assert [problem.field for problem in report.blocking] == ["image_alt_text", "end_date"]
    assert "The end date 2020-01-31 is in the past." in report.messages()


def test_online_offer_needs_no_address():
    report = quality_report(GOOD | {"address": "", "postcode": "", "place": "", "is_online": True})
    assert report.blocking == [] and report.warnings == []


def test_official_dutch_gets_concrete_hints_and_a_low_plain_language_score():
    result = plain_language(OFFICIAL_DUTCH)
    assert "Sentence 1 has 23 words: split it into shorter sentences." in result.hints
    assert any(hint.startswith("Many long words") and "engagementsmogelijkheden" in hint for hint in result.hints)
    assert any(hint.startswith("Many rare words") for hint in result.hints)
    assert result.score < 40


def test_hints_name_the_long_sentence_by_its_number():
    text = "Welkom. Je komt. " + " ".join(["woord"] * 31) + "."
    assert "Sentence 3 has 31 words: split it into shorter sentences." in plain_language(text).hints


def test_warnings_lower_the_score_but_do_not_block():
    report = quality_report(GOOD | {"description": OFFICIAL_DUTCH, "join_instructions": ""})
    assert report.blocking == []
    assert report.warnings and report.score < 100


@pytest.mark.django_db
def test_report_reads_an_offer_page():
    from offers.tests.factories import offer

    page = offer(image_alt_text="")
    assert quality_report(page).blocking == []


@pytest.mark.django_db
def test_quality_summary_prints_the_score_distribution():
    import io

    from django.core.management import call_command

    from offers.tests.factories import offer

    offer()
    offer(join_instructions="", title="Zonder uitleg", slug="zonder-uitleg")
    out = io.StringIO()
    call_command("quality_summary", stdout=out)
    text = out.getvalue()
    assert "2 offers; complete (no blocking problem) 100.0 %" in text
    assert "score    100:     1 (50.0 %)" in text and "score  85-99:     1 (50.0 %)" in text
    assert "1 × warning: join_instructions" in text
