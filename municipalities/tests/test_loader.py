import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from municipalities.loader import load_municipalities
from municipalities.models import Municipality
from offers.models import MunicipalityPage

pytestmark = pytest.mark.django_db


def test_loads_all_331_codes_of_which_304_are_current_and_27_merged():
    assert Municipality.objects.count() == 331
    assert Municipality.objects.current().count() == 304
    assert Municipality.objects.filter(merged_into__isnull=False).count() == 27
    current = Municipality.objects.current()
    assert current.filter(region=Municipality.Region.FLANDERS).count() == 285
    assert current.filter(region=Municipality.Region.BRUSSELS).count() == 19


def test_one_live_page_per_current_municipality_titled_and_slugged_by_dutch_name():
    pages = MunicipalityPage.objects.all()
    assert pages.count() == 304
    assert pages.live().count() == 304
    gent = pages.get(municipality__nis_code="44021")
    assert (gent.title, gent.slug, gent.url_path) == ("Gent", "gent", "/home/gent/")
    assert not pages.filter(municipality__merged_into__isnull=False).exists()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Borsbeek", "Antwerpen"),  # old name
        ("11007", "Antwerpen"),  # old NIS code
        ("2150", "Antwerpen"),  # Borsbeek's postcode
        ("Kruibeke", "Beveren-Kruibeke-Zwijndrecht"),
        ("9820", "Merelbeke-Melle"),
        ("Anvers", "Antwerpen"),  # French name
        ("gent", "Gent"),
        ("Lommel", "Lommel"),  # not merged
    ],
)
def test_old_codes_names_and_postcodes_resolve_to_the_current_municipality(text, expected):
    assert [m.name_nl for m in Municipality.objects.matching(text)] == [expected]


def test_a_shared_postcode_finds_both_municipalities():
    assert sorted(m.name_nl for m in Municipality.objects.matching("1804")) == ["Vilvoorde", "Zemst"]


def test_merged_municipality_points_to_its_successor():
    borgloon = Municipality.objects.get(name_nl="Borgloon")
    assert not borgloon.is_current
    assert borgloon.current.name_nl == "Tongeren-Borgloon"
    assert "3840" in borgloon.postcode_list


def test_second_run_changes_nothing():
    pages, revisions = Page.objects.count(), Revision.objects.count()
    report = load_municipalities()
    assert (report.created, report.updated, report.unchanged) == (0, 0, 331)
    assert report.extra["municipality pages created"] == 0
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)


def test_rerun_leaves_editor_content_and_pending_drafts_alone():
    gent = MunicipalityPage.objects.get(slug="gent")
    gent.introduction = "<p>Welkom in Gent.</p>"
    gent.contact_email = "samenleven@stad.gent"
    gent.save_revision().publish()
    leuven = MunicipalityPage.objects.get(slug="leuven")
    leuven.introduction = "<p>Nog niet klaar.</p>"
    leuven.save_revision()  # a draft, not published

    load_municipalities()

    gent.refresh_from_db()
    leuven.refresh_from_db()
    assert gent.introduction == "<p>Welkom in Gent.</p>"
    assert gent.contact_email == "samenleven@stad.gent"
    assert leuven.has_unpublished_changes
    assert leuven.get_latest_revision_as_object().introduction == "<p>Nog niet klaar.</p>"
    assert leuven.introduction == ""


def test_renamed_municipality_renames_its_page_unless_an_editor_has_a_draft(tmp_path, settings):
    source = settings.MUNICIPALITIES_DATA_FILE.read_text(encoding="utf-8")
    renamed = source.replace(",Aartselaar,Aartselaar,", ",Aartselaar-Nieuw,Aartselaar,").replace(
        ",Boechout,Boechout,", ",Boechout-Nieuw,Boechout,"
    )
    data_file = tmp_path / "municipalities.csv"
    data_file.write_text(renamed, encoding="utf-8")
    boechout = MunicipalityPage.objects.get(slug="boechout")
    boechout.introduction = "<p>Concept</p>"
    boechout.save_revision()

    report = load_municipalities(data_file)

    assert report.updated == 2
    assert MunicipalityPage.objects.get(slug="aartselaar").title == "Aartselaar-Nieuw"
    assert MunicipalityPage.objects.get(slug="boechout").title == "Boechout"
    assert any("Boechout-Nieuw" in message and "draft" in message for message in report.messages)


def test_a_bad_data_file_is_refused_with_row_numbers_and_writes_nothing(tmp_path, settings):
    rows = settings.MUNICIPALITIES_DATA_FILE.read_text(encoding="utf-8").splitlines()
    rows[3] = rows[3].replace("11004", "1104X").replace("Boechout,Boechout", "Boechout-Fout,Boechout")
    data_file = tmp_path / "bad.csv"
    data_file.write_text("\n".join(rows), encoding="utf-8")

    with pytest.raises(CommandError) as error:
        call_command("load_municipalities", file=str(data_file))

    assert "row 4" in str(error.value)
    assert not Municipality.objects.filter(name_nl="Boechout-Fout").exists()
