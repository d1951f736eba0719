"""Machine translators: DeepL or LibreTranslate in production, an offline pseudo-translator for
development and tests. Each says which language pairs it supports; ``translate_page`` then fills
wagtail-localize's own objects so the translation editor shows (and can correct) the result."""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.machine_translators.deepl import DeepLTranslator as StockDeepLTranslator
from wagtail_localize.machine_translators.dummy import translate_html
from wagtail_localize.machine_translators.libretranslate import LibreTranslator as StockLibreTranslator
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue


def _language(locale) -> str:
    return locale.language_code.split("-")[0].lower()


class LocalPseudoTranslator(BaseMachineTranslator):
    """No network: prefixes every text node with the target language ("[ar] Elke dinsdag…"), keeping
    the HTML and links intact. Visibly not a translation, deterministic, instant. Supports every
    pair of different content languages from Dutch."""

    display_name = _("Local pseudo-translator (development)")

    def translate(self, source_locale, target_locale, strings):
        prefix = f"[{_language(target_locale)}] "

        def mark(html):
            from bs4 import BeautifulSoup, NavigableString

            soup = BeautifulSoup(html, "html.parser")
            first = next(
                (node for node in soup.descendants if isinstance(node, NavigableString) and node.strip()), None
            )
            if first is not None:
                first.replace_with(prefix + str(first))
            return str(soup)

        return {string: StringValue(mark(string.data)) for string in strings}

    def can_translate(self, source_locale, target_locale):
        codes = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
        return _language(source_locale) != _language(target_locale) and _language(target_locale) in codes


class ReversingTranslator(LocalPseudoTranslator):
    """wagtail-localize's dummy translator (reverses word order), kept for comparison."""

    def translate(self, source_locale, target_locale, strings):
        return {string: StringValue(translate_html(string.data)) for string in strings}


# Target languages the engines offer (DeepL: developers.deepl.com "languages"; LibreTranslate: its
# /languages list, which depends on the installed models). Pairs outside these are reported.
DEEPL_TARGETS = {"nl", "en", "fr", "ar", "uk", "ru", "tr", "es"}
LIBRETRANSLATE_TARGETS = {"nl", "en", "fr", "ar", "uk", "ru", "tr", "es", "fa", "ps", "so"}


class DeepLTranslator(StockDeepLTranslator):
    def can_translate(self, source_locale, target_locale):
        return super().can_translate(source_locale, target_locale) and _language(target_locale) in DEEPL_TARGETS


class LibreTranslator(StockLibreTranslator):
    """LibreTranslate knows Dari as Persian ("fa")."""

    def language_code(self, code):
        code = super().language_code(code)
        return "fa" if code == "prs" else code

    def can_translate(self, source_locale, target_locale):
        targets = set(self.options.get("TARGETS", LIBRETRANSLATE_TARGETS))
        return (
            super().can_translate(source_locale, target_locale)
            and self.language_code(target_locale.language_code) in targets
        )


def configured_translator(local: bool = False) -> BaseMachineTranslator | None:
    if local:
        return LocalPseudoTranslator({})
    return get_machine_translator()


class TranslationFailed(Exception):
    pass


def translate_page(page: Page, locale, translator: BaseMachineTranslator, user=None) -> str:
    """Machine-translate ``page`` (a Dutch source) into ``locale`` where missing or outdated.

    Returns "created", "updated", "up to date" or "unsupported". Publishing happens in
    ``transaction.on_commit`` (wagtail-localize), so callers outside a transaction see it live at once."""
    if not translator.can_translate(page.locale, locale):
        return "unsupported"
    page = page.specific
    source, created_source = TranslationSource.get_or_create_from_instance(page)
    live_revision = page.live_revision
    if not created_source and live_revision is not None and live_revision.created_at > source.last_updated_at:
        source.update_from_db()
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    existing = page.get_translation_or_none(locale)
    has_page = existing is not None and existing.alias_of_id is None
    missing = _untranslated_segments(source, locale)
    if has_page and not missing and not created_source and not _source_newer_than_target(source, existing):
        return "up to date"
    if missing:
        values = translator.translate(source.locale, locale, list(missing))
        with transaction.atomic():
            for string, places in missing.items():
                value = values.get(string)
                if value is None or value.data is None:
                    continue
                for string_id, context_id in places:
                    StringTranslation.objects.update_or_create(
                        translation_of_id=string_id,
                        locale=locale,
                        context_id=context_id,
                        defaults={
                            "data": value.data,
                            "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                            "tool_name": str(translator.display_name),
                            "last_translated_by": user,
                            "has_error": False,
                            "field_error": "",
                        },
                    )
    # save_target swallows nothing itself, but translate_object does: call it directly and let
    # a ValidationError surface.
    translation.save_target(user=user, publish=True)
    return "updated" if has_page else "created"


def _untranslated_segments(source, locale) -> dict:
    """{StringValue: [(string_id, context_id), …]} for the source's strings without a translation."""
    translated = set(
        StringTranslation.objects.filter(
            locale=locale, translation_of__segments__source=source, has_error=False
        ).values_list("translation_of_id", "context_id")
    )
    missing: dict = {}
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        if (segment.string_id, segment.context_id) in translated:
            continue
        missing.setdefault(segment.string.as_value(), []).append((segment.string_id, segment.context_id))
    return missing


def _source_newer_than_target(source, target) -> bool:
    """The source was re-extracted after the target's last publication: the target needs saving."""
    last_published = target.last_published_at
    return last_published is None or source.last_updated_at > last_published
