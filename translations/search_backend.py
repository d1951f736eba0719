"""Wagtail's database search backend, with one PostgreSQL text-search configuration per language.

modelsearch's PostgreSQL backend builds every index row and every query with the one
``SEARCH_CONFIG`` of the backend. Here each object is indexed with the configuration of its own
locale and each query uses the configuration of the active language. On SQLite (and MySQL) this
is the stock database backend: there are no configurations there.

Select it with ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "translations.search_backend"}}``."""

import copy
from collections import defaultdict

from django.db import connection
from django.utils import translation
from modelsearch.backends.database import SearchBackend as database_search_backend

# PostgreSQL's built-in configurations for our content languages; "simple" (no stemming) otherwise.
TEXT_SEARCH_CONFIGURATIONS = {
    "nl": "dutch",
    "en": "english",
    "fr": "french",
    "ar": "arabic",
    "ru": "russian",
    "es": "spanish",
    "tr": "turkish",
}
_locale_languages: dict[int, str] = {}


def configuration_for_language(language_code: str | None) -> str:
    return TEXT_SEARCH_CONFIGURATIONS.get((language_code or "").split("-")[0], "simple")


def configuration_for_object(obj) -> str:
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return configuration_for_language(translation.get_language())
    if locale_id not in _locale_languages:
        from wagtail.models import Locale

        _locale_languages.update(Locale.objects.values_list("pk", "language_code"))
    return configuration_for_language(_locale_languages.get(locale_id))


def SearchBackend(params):
    if connection.vendor != "postgresql":
        return database_search_backend(params)
    return _postgres_backend_class()(params)


def _postgres_backend_class():
    from modelsearch.backends.database.postgres.postgres import (
        PostgresAutocompleteQueryCompiler,
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )

    class LocalizedPostgresIndex(PostgresIndex):
        def add_items(self, model, objs):
            """Index each locale's objects with that locale's configuration (the stock indexer reads
            ``backend.config``, so each group goes through it with a copy of the backend)."""
            groups = defaultdict(list)
            for obj in objs:
                groups[configuration_for_object(obj)].append(obj)
            for configuration, group in groups.items():
                backend = copy.copy(self.backend)
                backend.config = configuration
                index = copy.copy(self)
                index.backend = backend
                PostgresIndex.add_items(index, model, group)

    class LocalizedPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
        def get_config(self, backend):
            return configuration_for_language(translation.get_language())

    class LocalizedPostgresSearchBackend(PostgresSearchBackend):
        index_class = LocalizedPostgresIndex
        query_compiler_class = LocalizedPostgresSearchQueryCompiler
        autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler

    return LocalizedPostgresSearchBackend
