"""Template tags for pages shown in the reader's language (or in Dutch as a fallback)."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from ..routing import default_locale, reader_locale, url_in_language
from ..status import CHECKED, MACHINE, OUTDATED, state_of

register = template.Library()


@register.simple_tag(takes_context=True)
def reader_url(context, page):
    """The URL of ``page`` under the reader's language prefix (/ar/gent/…, never /nl/gent/…)."""
    return url_in_language(page, translation.get_language() or settings.LANGUAGE_CODE)


@register.filter
def language_direction(language_code):
    return "rtl" if translation.get_language_info(language_code)["bidi"] else "ltr"


@register.inclusion_tag("translations/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    request = context.get("request")
    current = translation.get_language()
    languages = []
    for code, name in settings.LANGUAGES:
        if page is not None and getattr(page, "url_path", None):
            url = url_in_language(page, code)
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        else:
            url = f"/{code}/"
        languages.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"languages": languages}


@register.inclusion_tag("translations/alternate_links.html", takes_context=True)
def alternate_links(context, page):
    """rel=alternate hreflang for the languages in which the page really exists (the Dutch
    source and its live translations), and rel=canonical to the page in its own language."""
    request = context.get("request")
    codes = list(
        Page.objects.live()
        .filter(translation_key=page.translation_key, alias_of__isnull=True)
        .values_list("locale__language_code", flat=True)
    )
    base = request.build_absolute_uri("/").rstrip("/") if request is not None else ""
    alternates = [{"code": code, "url": base + url_in_language(page, code)} for code in sorted(codes)]
    return {
        "alternates": alternates,
        "canonical": base + url_in_language(page, page.locale.language_code),
        "default_url": base + url_in_language(page, settings.LANGUAGE_CODE),
    }


@register.inclusion_tag("translations/notice.html", takes_context=True)
def translation_notice(context, page):
    """What the reader should know about the language of this page's content."""
    request = context.get("request")
    reader = reader_locale(request)
    result = {"page": page, "only_dutch": False, "machine": False, "outdated": False, "is_offer": False}
    result["is_offer"] = page.specific_class.__name__ == "OfferPage"
    if page.locale_id != reader.pk:
        result["only_dutch"] = True
        return result
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return result
    source = page.get_translation_or_none(default_locale(request))
    if source is None:
        return result
    state = state_of(source, page.locale)
    result["machine"] = state == MACHINE or (state == OUTDATED and _has_machine_strings(source, page.locale))
    result["outdated"] = state == OUTDATED
    result["checked"] = state == CHECKED
    return result


def _has_machine_strings(source, locale) -> bool:
    from wagtail_localize.models import StringTranslation

    return StringTranslation.objects.filter(
        locale=locale,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        translation_of__segments__source__object_id=source.translation_key,
    ).exists()
