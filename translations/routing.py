"""Dutch as fallback, decided while routing.

Only real translations exist as pages in other locales. A request for ``/ar/gent/x/`` walks the
Arabic tree; where a child is missing there (or is only an alias, a copy wagtail-localize makes of
an untranslated parent), it takes the Dutch page at the same place and serves that page's live
Arabic translation if there is one, else the Dutch page itself. The interface stays Arabic (the
request's language from the URL prefix); the templates mark the Dutch content ``lang="nl"``."""

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page


def reader_locale(request=None) -> Locale:
    """The Locale of the reader's language (the URL prefix LocaleMiddleware activated)."""
    if request is not None and hasattr(request, "_reader_locale"):
        return request._reader_locale
    try:
        locale = Locale.objects.get_for_language(translation.get_language())
    except Locale.DoesNotExist:
        locale = Locale.get_default()
    if request is not None:
        request._reader_locale = locale
    return locale


def route_child_in_reader_language(page, request, path_components, default_route):
    """``route()`` for pages with children: the child in the reader's language, else its Dutch
    source (translated where a live translation exists). ``default_route`` is ``super().route``."""
    reader = reader_locale(request)
    if not path_components or reader.language_code == settings.LANGUAGE_CODE:
        return default_route(request, path_components)

    slug, remaining = path_components[0], path_components[1:]
    child = page.get_children().filter(slug=slug, live=True, alias_of__isnull=True).first()
    if child is None or child.locale_id != reader.pk:
        default = default_locale(request)
        source_parent = page if page.locale_id == default.pk else page.get_translation_or_none(default)
        if source_parent is None:
            raise Http404
        source_child = source_parent.get_children().filter(slug=slug, live=True).first()
        if source_child is None:
            raise Http404
        translated = (
            Page.objects.live()
            .filter(translation_key=source_child.translation_key, locale=reader, alias_of__isnull=True)
            .first()
        )
        child = translated or source_child
    child._cached_parent_obj = page
    return child.specific.route(request, remaining)


def default_locale(request=None) -> Locale:
    """The Dutch source locale, looked up once per request."""
    if request is not None and hasattr(request, "_default_locale"):
        return request._default_locale
    locale = Locale.get_default()
    if request is not None:
        request._default_locale = locale
    return locale


def url_in_language(page, language_code: str) -> str:
    """The URL of ``page`` (in whatever locale it is) under ``language_code``'s prefix: the slugs
    are the same in every language, so this is the page's path below its home page. No query."""
    below_home = "/".join(page.url_path.strip("/").split("/")[1:])
    with translation.override(language_code):
        if below_home:
            return reverse("wagtail_serve", args=[below_home + "/"])
        return reverse("wagtail_serve", args=[""])


def is_fallback(page, request=None) -> bool:
    """True when ``page`` is shown in another language than the reader's (the Dutch source)."""
    return page.locale_id != reader_locale(request).pk
