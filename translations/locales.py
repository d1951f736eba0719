"""Every content language exists: its Locale row, its home page and its translators' group.

Runs after the municipalities load (``municipalities_loaded``), so a fresh ``make run`` (and the
test database) has all of them; the data migration 0002 creates the Locale rows as well. Idempotent.

The home page of a language is a copy of the Dutch one (``copy_for_translation``) with the Dutch
introduction left out: the interface text comes from the catalogues, and a Dutch paragraph under
``<html lang="ar">`` would claim to be Arabic. Every other page exists in a language only once it is
really translated; until then routing serves the Dutch page (see ``translations.routing``)."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission, Locale

# The translators' group names are admin data, in Dutch like the rest of the admin.
DUTCH_LANGUAGE_NAMES = {
    "en": "Engels",
    "fr": "Frans",
    "ar": "Arabisch",
    "uk": "Oekraïens",
    "ru": "Russisch",
    "tr": "Turks",
    "prs": "Dari",
    "ps": "Pasjtoe",
    "ti": "Tigrinya",
    "so": "Somalisch",
    "es": "Spaans",
}
# What wagtail-localize's translation editor needs on the pages of its locale: edit the
# translated pages (and the aliases it converts), save and publish them. No lock, no bulk delete.
TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


def content_language_codes() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def translator_group_name(language_code: str) -> str:
    return f"Vertalers {DUTCH_LANGUAGE_NAMES.get(language_code, language_code)}"


def ensure_locales(sender=None, report=None, stdout=None, **kwargs) -> dict[str, int]:
    counts = {"locales created": 0, "home pages translated": 0, "translator groups created": 0}
    for code in content_language_codes():
        _locale, created = Locale.objects.get_or_create(language_code=code)
        counts["locales created"] += created

    from home.models import HomePage

    default = Locale.get_default()
    source_home = HomePage.objects.filter(locale=default).first()
    if source_home is not None:
        existing = set(HomePage.objects.values_list("locale__language_code", flat=True))
        for locale in Locale.objects.exclude(pk=default.pk).filter(language_code__in=content_language_codes()):
            if locale.language_code not in existing:
                with transaction.atomic():
                    create_home_page_translation(source_home, locale)
                counts["home pages translated"] += 1
            counts["translator groups created"] += ensure_translator_group(locale)

    if report is not None:
        for what, amount in counts.items():
            report.count(what, amount)
    if stdout is not None:
        stdout.write("  languages: " + ", ".join(f"{amount} {what}" for what, amount in counts.items()))
    return counts


def create_home_page_translation(source_home, locale):
    home = source_home.copy_for_translation(locale)
    home.introduction = ""
    home.save(update_fields=["introduction"], clean=False)
    home.save_revision(log_action=False, clean=False).publish(log_action=False)
    return home


def ensure_translator_group(locale) -> bool:
    """One group per language ("Vertalers Arabisch"): admin access and the page permissions the
    translation editor needs on that language's home page, so on that language's tree only."""
    from home.models import HomePage

    group, created = Group.objects.get_or_create(name=translator_group_name(locale.language_code))
    if created:
        group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    home = HomePage.objects.filter(locale=locale).first()
    if home is not None:
        for codename in TRANSLATOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=home.page_ptr,
                permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
            )
    return created
