"""Where each translation stands: missing, machine-translated, outdated, checked or translated.

* outdated: the Dutch source's live revision is newer than the TranslationSource the translation
  was made from, or some source segments have no translation in that language (after an update);
* checked: a TranslationCheck exists for the live revision of the source;
* machine: at least one string of the translation came from a machine and it is not checked.

``translation_states`` answers for many pages and languages in a fixed number of queries (the
report uses it; the page notice uses it for one page)."""

from collections import Counter

from django.db.models import Count, F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from .models import TranslationCheck

MISSING = "missing"
OUTDATED = "outdated"
MACHINE = "machine"
CHECKED = "checked"
TRANSLATED = "translated"

STATE_LABELS = {
    CHECKED: _("checked"),
    TRANSLATED: _("translated, not checked"),
    MACHINE: _("machine-translated"),
    OUTDATED: _("outdated"),
    MISSING: _("missing"),
}


def translation_states(source_pages, locales) -> dict:
    """{(translation_key, locale_id): state} for Dutch source pages × locales."""
    sources = list(source_pages)
    locale_ids = [locale.pk for locale in locales]
    keys = [page.translation_key for page in sources]
    if not sources or not locale_ids:
        return {}

    translated_pages = set(
        Page.objects.live()
        .filter(translation_key__in=keys, locale_id__in=locale_ids, alias_of__isnull=True)
        .values_list("translation_key", "locale_id")
    )
    source_locale_ids = {page.locale_id for page in sources}
    translation_sources = {
        row.object_id: row
        for row in TranslationSource.objects.filter(object_id__in=keys, locale_id__in=source_locale_ids).only(
            "id", "object_id", "last_updated_at"
        )
    }
    source_ids = [row.id for row in translation_sources.values()]
    total_segments = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values_list("source_id")
        .annotate(n=Count("id"))
        .values_list("source_id", "n")
    )
    translated_rows = (
        StringSegment.objects.filter(
            source_id__in=source_ids,
            string__translations__locale_id__in=locale_ids,
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
        )
        .values("source_id", "string__translations__locale_id")
        .annotate(n=Count("id"), machine=Count("id", filter=_machine_filter()))
    )
    translated_segments = {}
    machine_pairs = set()
    for row in translated_rows:
        pair = (row["source_id"], row["string__translations__locale_id"])
        translated_segments[pair] = row["n"]
        if row["machine"]:
            machine_pairs.add(pair)
    checks = {
        (check.translation_key, check.locale_id): check.source_revision_id
        for check in TranslationCheck.objects.filter(translation_key__in=keys, locale_id__in=locale_ids)
    }

    live_revisions = dict(
        Page.objects.filter(pk__in=[page.pk for page in sources]).values_list("pk", "live_revision__created_at")
    )
    states = {}
    for page in sources:
        source = translation_sources.get(page.translation_key)
        revision_at = live_revisions.get(page.pk)
        for locale_id in locale_ids:
            key = (page.translation_key, locale_id)
            if key not in translated_pages:
                states[key] = MISSING
                continue
            if source is not None:
                pair = (source.id, locale_id)
                source_changed = revision_at is not None and revision_at > source.last_updated_at
                if source_changed or translated_segments.get(pair, 0) < total_segments.get(source.id, 0):
                    states[key] = OUTDATED
                    continue
            if checks.get(key) is not None and checks[key] == page.live_revision_id:
                states[key] = CHECKED
            elif source is not None and (source.id, locale_id) in machine_pairs:
                states[key] = MACHINE
            else:
                states[key] = TRANSLATED
    return states


def _machine_filter():
    from django.db.models import Q

    return Q(string__translations__translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)


def state_counts(states: dict) -> Counter:
    return Counter(states.values())


def state_of(source_page, locale) -> str:
    return translation_states([source_page], [locale])[(source_page.translation_key, locale.pk)]


def is_checked(source_page, locale) -> bool:
    check = TranslationCheck.objects.filter(translation_key=source_page.translation_key, locale=locale).first()
    return (
        check is not None
        and check.source_revision_id is not None
        and (check.source_revision_id == source_page.live_revision_id)
    )


def mark_checked(source_page, locale, user) -> TranslationCheck:
    check, _created = TranslationCheck.objects.update_or_create(
        translation_key=source_page.translation_key,
        locale=locale,
        defaults={"checked_by": user, "checked_at": timezone.now(), "source_revision_id": source_page.live_revision_id},
    )
    return check
