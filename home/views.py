"""Site-wide newcomer views that are not pages: sitemap.xml, robots.txt and the error pages."""

from collections import defaultdict

from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.cache import cache_page
from wagtail.models import Page

from translations.routing import url_in_language

SITEMAP_CACHE_SECONDS = 60 * 60


@cache_page(SITEMAP_CACHE_SECONDS)
def sitemap(request):
    """Every live page in the languages it really exists in (the Dutch source and its live
    translations), each URL with hreflang alternates to the others and x-default to Dutch.

    Fallback URLs (a Dutch page under /ar/…) are reachable but not listed: their canonical is the
    Dutch page (translations' alternate_links), and listing 12 copies of every page would multiply
    the sitemap by twelve for text that is the same. Two queries, whatever the number of pages."""
    base = request.build_absolute_uri("/").rstrip("/")
    rows = (
        Page.objects.live()
        .public()
        .filter(alias_of__isnull=True, depth__gt=1)
        .values_list("translation_key", "url_path", "locale__language_code", "last_published_at")
        .order_by("path")
    )
    groups = defaultdict(list)
    order = []
    for key, url_path, language, published in rows:
        if key not in groups:
            order.append(key)
        groups[key].append({"language": language, "url_path": url_path, "lastmod": published})
    entries = []
    for key in order:
        versions = groups[key]
        alternates = [
            {"language": version["language"], "url": base + _url(version["url_path"], version["language"])}
            for version in versions
        ]
        default = next((alt for alt in alternates if alt["language"] == settings.LANGUAGE_CODE), alternates[0])
        for version, alternate in zip(versions, alternates, strict=True):
            entries.append(
                {
                    "url": alternate["url"],
                    "lastmod": version["lastmod"],
                    "alternates": alternates if len(alternates) > 1 else [],
                    "default_url": default["url"],
                }
            )
    return TemplateResponse(request, "home/sitemap.xml", {"entries": entries}, content_type="application/xml")


class _UrlPath:
    def __init__(self, url_path):
        self.url_path = url_path


def _url(url_path: str, language: str) -> str:
    return url_in_language(_UrlPath(url_path), language)


def robots(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /i/",
        "Allow: /",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request, *args, **kwargs):
    """The 500 page in the reader's language (from the URL prefix), rendered without the
    database: no page, no context processors that query, a template that loads nothing."""
    language = translation.get_language_from_path(request.path) or settings.LANGUAGE_CODE
    with translation.override(language):
        info = translation.get_language_info(language)
        html = loader.get_template("500.html").render(
            {"language": language, "direction": "rtl" if info["bidi"] else "ltr", "home_url": f"/{language}/"}
        )
    return HttpResponseServerError(html)
