import pytest
from wagtail.models import Locale

from offers.models import OfferPage
from offers.tests import factories
from tests.interface import ui_text
from translations.machine import LocalPseudoTranslator, translate_page

pytestmark = pytest.mark.django_db


def test_search_answers_on_sqlite_and_postgres_in_the_readers_language(client):
    factories.offer(title="Voetbal in het park", slug="voetbal-in-het-park")
    html = client.get("/en/search/?q=voetbal").content.decode()
    assert "Voetbal in het park" in html
    assert f"({ui_text('in Dutch', 'en')})" in html
    assert 'href="/en/gent/voetbal-in-het-park/"' in html


@pytest.mark.postgres
def test_search_in_french_uses_the_french_configuration_and_labels_dutch_fallbacks(
    client, django_capture_on_commit_callbacks
):
    from django.db import connection

    with django_capture_on_commit_callbacks(execute=True):
        offer = factories.offer(title="Koor in de buurt", slug="koor-in-de-buurt")
        factories.offer(title="Koorzang voor iedereen", slug="koorzang", summary="Wij zingen samen in een koor.")
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(offer, Locale.objects.get(language_code="fr"), LocalPseudoTranslator({}))
    translated = OfferPage.objects.get(translation_key=offer.translation_key, locale__language_code="fr")
    translated.title = "Chorale du quartier"
    translated.summary = "Nous chantons ensemble chaque semaine."
    with django_capture_on_commit_callbacks(execute=True):  # the search index is updated on commit
        translated.save_revision().publish()

    # "chorales" and "Chorale" share the French stem "choral"; the "simple" configuration has no stems.
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('simple', 'Chorale') @@ to_tsquery('simple', 'chorales')")
        assert cursor.fetchone()[0] is False
    html = client.get("/fr/search/?q=chorales").content.decode()
    assert "Chorale du quartier" in html

    # Dutch fallback: the untranslated Dutch offer, stemmed with the Dutch configuration, labelled.
    html = client.get("/fr/search/?q=koren").content.decode()
    assert "Koorzang voor iedereen" in html
    assert f"({ui_text('in Dutch', 'fr')})" in html
    assert "Koor in de buurt" not in html  # it has a French translation: shown in French, not twice
