"""The newcomer's ways to find offers: full-text search with the shared filters, and
"Where do you live?" (a municipality name or postcode, old pre-2025 ones too)."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from wagtail.models import Locale, Page

from insight.counting import count_search
from municipalities.models import Municipality
from offers.choices import OfferType
from offers.filtering import OfferFilters, filter_offers, offer_distances
from offers.listing import LISTING_RELATED, in_language
from offers.models import GoalCategory, MunicipalityPage, OfferPage
from offers.nearby import municipalities_near
from translations.routing import default_locale, reader_locale, url_in_language

RESULTS_PER_PAGE = 20
# Each language's search is cut here before the two are merged (ranking is per language).
MAX_RESULTS_PER_LANGUAGE = 200
# The filters a reader can set on the search page (``q``, ``postcode`` and ``radius`` aside).
OFFER_FILTER_PARAMETERS = (
    "goal",
    "type",
    "dutch_level_max",
    "trajectory",
    "day_part",
    "free",
    "childcare",
    "wheelchair",
    "online",
)
RADIUS_CHOICES_KM = (5, 10, 15, 25, 50)
MAX_SUGGESTIONS = 8


def search(request):
    """Full-text search over the live pages of the reader's language, then the Dutch pages that
    have no translation in it (labelled as Dutch), narrowed by the offer filters shared with the
    municipality pages and the API (``offers.filtering``). Without words, the filters alone list
    offers (nearest first around a postcode)."""
    query = request.GET.get("q", "").strip()[:200]
    filters, errors = OfferFilters.from_params(request.GET)
    filters.q = ""  # the words go through the search backend below, not the substring filter
    filters.municipality = None  # the search page filters by postcode, not by municipality
    active = active_filters(request.GET, errors)
    searched = bool(query or active)
    results, distances = [], {}
    if searched:
        if query:
            results = search_pages(query, request)
            if active:
                allowed = set(filter_offers(filters).values_list("translation_key", flat=True))
                results = [page for page in results if page.translation_key in allowed]
        else:
            offers = filter_offers(filters).order_by("status", "title", "pk")
            if filters.centre is not None and filters.radius_km is not None:
                distances = offer_distances(offers, filters.centre, filters.radius_km)
            results = list(offers.values_list("pk", flat=True))
            if distances:
                results.sort(key=lambda pk: distances.get(pk, 0))
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    if searched and not query:
        page.object_list = offers_in_reader_language(list(page.object_list), request, distances)
    else:
        load_offer_facts(list(page.object_list))
    count_search(request, query, paginator.count)
    context = {
        "search_query": query,
        "searched": searched,
        "results": page,
        "errors": errors,
        "active_filters": active,
        "postcode": filters.postcode,
        "radius": filters.radius_km,
        "radius_choices": RADIUS_CHOICES_KM,
        "filter_values": request.GET,
        "goals": GoalCategory.objects.all(),
        "offer_types": OfferType.choices,
    }
    if searched and not paginator.count:
        context["nearby"] = nearby_suggestions(filters.centre)
        context["wider"] = wider_searches(request.GET, active, query)
    return TemplateResponse(request, "search/search.html", context)


def search_pages(query: str, request) -> list:
    reader = reader_locale(request)
    source = default_locale(request)
    results = search_in_locale(query, reader)
    if reader.pk != source.pk:
        translated_keys = {page.translation_key for page in results}
        translated_keys |= set(
            Page.objects.live().filter(locale=reader, alias_of__isnull=True).values_list("translation_key", flat=True)
        )
        for page in search_in_locale(query, source):
            if page.translation_key not in translated_keys:
                page.is_fallback = True
                results.append(page)
    return results


def search_in_locale(query: str, locale: Locale) -> list:
    with translation.override(locale.language_code):
        found = list(
            Page.objects.live().public().filter(locale=locale).specific().search(query)[:MAX_RESULTS_PER_LANGUAGE]
        )
    # Aliases (untranslated parents wagtail-localize copied) hold Dutch text: not results in this language.
    found = [page for page in found if page.alias_of_id is None]
    for page in found:
        page.is_fallback = False
    return found


def load_offer_facts(pages: list) -> None:
    """What a result line shows of an offer (organisation, goals), in a constant number of queries."""
    offers = [page for page in pages if isinstance(page, OfferPage)]
    prefetch_related_objects(offers, *LISTING_RELATED, Prefetch("goals"))


def offers_in_reader_language(pks: list[int], request, distances: dict[int, float]) -> list[OfferPage]:
    by_pk = OfferPage.objects.filter(pk__in=pks).select_related(*LISTING_RELATED).prefetch_related("goals").in_bulk()
    shown = in_language([by_pk[pk] for pk in pks if pk in by_pk], reader_locale(request))
    for source_pk, offer in zip(pks, shown, strict=False):
        offer.distance_km = distances.get(source_pk)
    return shown


def active_filters(params, errors) -> list[str]:
    names = [name for name in OFFER_FILTER_PARAMETERS if params.get(name, "").strip() and name not in errors]
    if params.get("postcode", "").strip() and "postcode" not in errors:
        names.append("postcode")
    return names


def wider_searches(params, active: list[str], query: str) -> list[dict]:
    """Links that drop one filter at a time, then all of them (keeping the words)."""
    labels = filter_labels()
    wider = []
    for name in active:
        kept = params.copy()
        kept.pop(name, None)
        kept.pop("page", None)
        if name == "postcode":
            kept.pop("radius", None)
        wider.append({"label": labels.get(name, name), "query": kept.urlencode()})
    if len(active) > 1 or (active and query):
        wider.append({"label": None, "query": f"q={query}" if query else ""})
    return wider


def filter_labels() -> dict[str, str]:
    from django.utils.translation import gettext as _

    return {
        "goal": _("without the goal"),
        "type": _("without the type of offer"),
        "dutch_level_max": _("without the Dutch level"),
        "trajectory": _("also offers that do not count for the 40 hours"),
        "day_part": _("at any time of day"),
        "free": _("also offers that are not free"),
        "childcare": _("also without childcare"),
        "wheelchair": _("also without wheelchair access"),
        "online": _("online and not online"),
        "postcode": _("anywhere in Flanders and Brussels"),
    }


def nearby_suggestions(centre: Municipality | None) -> list[dict]:
    """Municipality pages with offers, nearest first, around ``centre`` (within 25 km)."""
    if centre is None:
        return []
    near = municipalities_near(centre, radius_km=25, include_centre=True)
    pages = {
        page.municipality_id: page
        for page in MunicipalityPage.objects.live()
        .filter(locale=Locale.get_default(), municipality_id__in=[m.pk for m, _ in near], numchild__gt=0)
        .only("id", "title", "url_path", "municipality_id", "locale_id")
    }
    language = translation.get_language() or settings.LANGUAGE_CODE
    found = []
    for municipality, distance in near:
        page = pages.get(municipality.pk)
        if page is not None:
            found.append({"title": page.title, "url": url_in_language(page, language), "distance_km": distance})
    return found[:MAX_SUGGESTIONS]


def find_municipality(request):
    """ "Where do you live?": a municipality name (Dutch or French, also one from before the 2025
    mergers) or a postcode. One match: straight to its page in the reader's language. Several: a
    short choice. None: names that start with the text."""
    text = request.GET.get("place", "").strip()[:100]
    language = translation.get_language() or settings.LANGUAGE_CODE
    if not text:
        return HttpResponseRedirect(f"/{language}/")
    matches = list(Municipality.objects.matching(text).order_by("name_nl"))
    pages = municipality_pages_for(matches)
    if len(pages) == 1:
        return HttpResponseRedirect(url_in_language(pages[0], language))
    suggestions = []
    if not pages:
        suggestions = municipality_pages_for(suggest_municipalities(text))
    choices = [{"title": page.title, "url": url_in_language(page, language)} for page in pages or suggestions]
    return TemplateResponse(
        request,
        "search/find_municipality.html",
        {"place": text, "several": bool(pages), "choices": choices, "municipality_names": municipality_names()},
        status=200 if pages else 404,
    )


def municipality_pages_for(municipalities) -> list[MunicipalityPage]:
    ids = [municipality.pk for municipality in municipalities]
    if not ids:
        return []
    return list(
        MunicipalityPage.objects.live()
        .filter(locale=Locale.get_default(), municipality_id__in=ids)
        .order_by("title")
        .only("id", "title", "url_path", "municipality_id", "locale_id")
    )


def suggest_municipalities(text: str) -> list[Municipality]:
    """Current municipalities whose name (or an old name) starts with ``text``, else contains it."""
    text = text.strip()
    if len(text) < 2:
        return []
    for lookup in ("istartswith", "icontains"):
        names = {f"name_nl__{lookup}": text}
        french = {f"name_fr__{lookup}": text}
        found = Municipality.objects.filter(**names) | Municipality.objects.filter(**french)
        current = {municipality.current for municipality in found.select_related("merged_into")[:20]}
        if current:
            return sorted(current, key=lambda municipality: municipality.name_nl)[:MAX_SUGGESTIONS]
    return []


def municipality_names() -> list[str]:
    """For the ``<datalist>`` of the "Where do you live?" field: today's names."""
    return list(Municipality.objects.current().order_by("name_nl").values_list("name_nl", flat=True))
