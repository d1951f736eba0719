from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import StandardBody


class HomePage(Page):
    """The root of the site in one language: where a newcomer chooses a municipality."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["offers.MunicipalityPage", "home.StandardPage"]

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    api_fields = [APIField("introduction")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("introduction"),
        SynchronizedField("slug"),
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        # translations: a municipality missing in this language is served from Dutch.
        from translations.routing import route_child_in_reader_language

        return route_child_in_reader_language(self, request, path_components, super().route)

    def get_context(self, request, *args, **kwargs):
        from offers.models import GoalCategory, MunicipalityPage
        from search.views import municipality_names
        from translations.routing import default_locale, reader_locale

        context = super().get_context(request, *args, **kwargs)
        # translations: municipalities are listed from the Dutch tree (every language has them all;
        # the templates link them under the reader's language).
        default = default_locale(request)
        source = self if self.locale_id == default.pk else (self.get_translation_or_none(default) or self)
        context["municipalities_with_offers"] = (
            MunicipalityPage.objects.live().child_of(source).filter(numchild__gt=0).order_by("title")
        )
        context["standard_pages"] = standard_pages_in_language(source, reader_locale(request))
        context["goals"] = GoalCategory.objects.all()
        context["municipality_names"] = municipality_names()
        return context


class StandardPage(Page):
    """Free content: about the platform, for organisations, for municipalities."""

    introduction = models.CharField(_("introduction"), max_length=300, blank=True)
    body = StreamField(StandardBody(), verbose_name=_("body"), blank=True)

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]
    api_fields = [APIField("introduction"), APIField("body")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("introduction"),
        TranslatableField("body"),
        SynchronizedField("slug"),
        SynchronizedField("show_in_menus"),
    ]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


def standard_pages_in_language(source_home, locale) -> list[StandardPage]:
    """The menu's standard pages of the Dutch home page, each in ``locale`` where a live
    translation exists, else in Dutch (``is_fallback``). Two queries."""
    pages = list(StandardPage.objects.live().child_of(source_home).in_menu())
    translations = {}
    if pages and source_home.locale_id != locale.pk:
        translations = {
            page.translation_key: page
            for page in StandardPage.objects.live().filter(
                locale=locale, alias_of__isnull=True, translation_key__in=[page.translation_key for page in pages]
            )
        }
    shown = []
    for page in pages:
        page = translations.get(page.translation_key, page)
        page.is_fallback = page.locale_id != locale.pk
        shown.append(page)
    return shown
