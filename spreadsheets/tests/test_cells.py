import pytest

from spreadsheets import neutralise_cell, unneutralise_cell


@pytest.mark.parametrize(
    "value, shown",
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+32 9 266 11 11", "'+32 9 266 11 11"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("Taalcafé", "Taalcafé"),
        ("", ""),
        (-1, -1),
        (None, None),
        (True, True),
    ],
)
def test_formula_like_text_is_neutralised_and_everything_else_is_left_alone(value, shown):
    assert neutralise_cell(value) == shown


@pytest.mark.parametrize("value", ["=1+1", "+32 9 266 11 11", "@home", "Gewoon tekst", "'quoted", ""])
def test_neutralising_round_trips(value):
    assert unneutralise_cell(neutralise_cell(value)) == value
