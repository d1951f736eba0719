from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUES = sorted(Path(settings.LOCALE_PATHS[0]).glob("*/LC_MESSAGES/django.po"))


def test_there_is_a_catalogue_for_every_content_language():
    assert sorted(path.parts[-3] for path in CATALOGUES) == sorted(code for code, _name in settings.LANGUAGES)


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_catalogue_has_a_real_plural_formula_and_compiles(path, tmp_path):
    catalogue = polib.pofile(str(path))
    assert "EXPRESSION" not in catalogue.metadata.get("Plural-Forms", "")
    catalogue.save_as_mofile(str(tmp_path / "django.mo"))
    assert (tmp_path / "django.mo").stat().st_size > 0


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_catalogue_is_complete_no_untranslated_or_fuzzy_entries(path):
    catalogue = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated and not fuzzy, f"{len(untranslated)} untranslated, {len(fuzzy)} fuzzy"
