"""The offers API for other sites and apps: offers and municipalities, read-only, in the
reader's language, described by OpenAPI at /api/schema/ with docs at /api/docs/."""

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from django.utils.http import http_date, urlencode
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Query
from ninja.errors import ValidationError
from ninja.openapi.docs import Swagger

from municipalities.models import Municipality
from offers.filtering import OfferFilters, filter_offers, offer_distances, resolve_municipality
from offers.listing import offers_for_municipality, visible_offers

from . import offer_data as data
from .exports import offers_csv
from .removals import removed_since
from .schemas import (
    ErrorOut,
    MunicipalityDetail,
    MunicipalityList,
    NotFoundOut,
    OfferExport,
    OfferList,
    OfferOut,
    OfferQuery,
)

DESCRIPTION = """
Read-only offers of the participation and network trajectory (the fourth pillar of Flemish civic
integration) and the municipalities they are in. No key needed; CORS allows any origin.

* Every response is in the language asked with `locale` (default `nl`); an offer without a
  translation is shown in Dutch with `is_fallback: true`.
* Bad input gives **400** with `errors`: `{parameter: message}`.
* Every GET carries `ETag`, `Last-Modified` and `Cache-Control: public, max-age=300`; send
  `If-None-Match` or `If-Modified-Since` and get **304** when nothing changed.
* To synchronise: remember when you last asked, ask again with `updated_since`, and remove the
  offers listed in `removed` (unpublished, deleted or expired since then).
"""

api = NinjaAPI(
    title="ikdoemee offers API",
    version="1.0.0",
    description=DESCRIPTION,
    urls_namespace="offers_api",
    openapi_url="/schema/",
    docs=Swagger(settings={"defaultModelsExpandDepth": 0}),
    docs_url="/docs/",
)

BAD_REQUEST = {400: ErrorOut}
MAX_LIMIT = 100
MAX_MUNICIPALITY_LIMIT = 500


class BadRequest(Exception):
    def __init__(self, errors: dict[str, str]):
        self.errors = errors


def _bad_request(request, errors: dict[str, str]):
    return api.create_response(request, {"detail": _("Some parameters are not valid."), "errors": errors}, status=400)


@api.exception_handler(ValidationError)
def validation_error(request, exc: ValidationError):
    errors = {}
    for error in exc.errors:
        location = [str(part) for part in error.get("loc", ()) if part not in ("query", "path", "filters")]
        errors.setdefault(location[0] if location else "request", str(error.get("msg", "")))
    return _bad_request(request, errors)


@api.exception_handler(BadRequest)
def bad_request(request, exc: BadRequest):
    return _bad_request(request, exc.errors)


def _locale(code):
    locale = data.requested_locale(code)
    if locale is None:
        raise BadRequest({"locale": _("Unknown language: %(code)s.") % {"code": code}})
    return locale


def _page_links(request: HttpRequest, count: int, limit: int, offset: int):
    def link(new_offset):
        params = request.GET.copy()
        params["offset"] = str(new_offset)
        params["limit"] = str(limit)
        return request.build_absolute_uri(request.path + "?" + urlencode(sorted(params.lists()), doseq=True))

    following = link(offset + limit) if offset + limit < count else None
    preceding = link(max(offset - limit, 0)) if offset > 0 else None
    return following, preceding


def _filtered(request):
    filters, errors = OfferFilters.from_params(request.GET)
    locale = data.requested_locale(request.GET.get("locale"))
    if locale is None:
        errors["locale"] = _("Unknown language: %(code)s.") % {"code": request.GET.get("locale")}
    if errors:
        raise BadRequest(errors)
    return filters, locale


def _distances(filters: OfferFilters, page: list) -> dict[int, float]:
    if filters.radius_km is None or filters.centre is None or not page:
        return {}
    return offer_distances(visible_offers().filter(pk__in=[offer.pk for offer in page]), filters.centre)


def _stamp(response: HttpResponse):
    """Last-Modified for conditional requests; the ETag is added by ``api.middleware``."""
    response.headers["Last-Modified"] = http_date(data.content_last_modified().timestamp())


@api.get("/offers/", response={200: OfferList, **BAD_REQUEST}, tags=["offers"], summary="List and filter offers")
def list_offers(
    request,
    response: HttpResponse,
    filters: Query[OfferQuery],
    limit: int = Query(20, ge=1, le=MAX_LIMIT, description="Offers per page, 1–100."),
    offset: int = Query(0, ge=0, le=1_000_000, description="How many offers to skip."),
):
    """Visible offers (published, not ended), newest publication first (then by ID), filtered."""
    parsed, locale = _filtered(request)
    offers = data.ordered(filter_offers(parsed))
    count = offers.count()
    page = list(data.listing_queryset(offers)[offset : offset + limit])
    distances = _distances(parsed, page)
    following, preceding = _page_links(request, count, limit, offset)
    _stamp(response)
    return {
        "count": count,
        "limit": limit,
        "offset": offset,
        "next": following,
        "previous": preceding,
        "language": locale.language_code,
        "results": data.offers_data(page, locale, request, distances),
        "removed": removed_since(parsed.updated_since) if parsed.updated_since else [],
    }


def _export_rows(request):
    parsed, locale = _filtered(request)
    offers = data.listing_queryset(data.ordered(filter_offers(parsed)))
    return locale, data.offers_data(offers, locale, request)


@api.get(
    "/offers/export.csv",
    response={200: str, **BAD_REQUEST},
    tags=["exports"],
    summary="Export offers as CSV",
    openapi_extra={
        "responses": {
            200: {"description": "CSV, UTF-8, one offer a row", "content": {"text/csv": {"schema": {"type": "string"}}}}
        }
    },
)
def export_csv(request, response: HttpResponse, filters: Query[OfferQuery]):
    """All offers matching the filters (no paging), one row each. Cells that a spreadsheet could
    run as a formula (starting with = + - @) are prefixed with an apostrophe."""
    locale, rows = _export_rows(request)
    export = HttpResponse(offers_csv(rows), content_type="text/csv; charset=utf-8")
    export["Content-Disposition"] = f'attachment; filename="ikdoemee-offers-{locale.language_code}.csv"'
    _stamp(export)
    return export


@api.get(
    "/offers/export.json", response={200: OfferExport, **BAD_REQUEST}, tags=["exports"], summary="Export offers as JSON"
)
def export_json(request, response: HttpResponse, filters: Query[OfferQuery]):
    """All offers matching the filters (no paging), in the same shape as the list."""
    locale, rows = _export_rows(request)
    response["Content-Disposition"] = f'attachment; filename="ikdoemee-offers-{locale.language_code}.json"'
    _stamp(response)
    return {"count": len(rows), "language": locale.language_code, "results": rows}


@api.get(
    "/offers/{offer_id}/",
    response={200: OfferOut, **BAD_REQUEST, 404: NotFoundOut},
    tags=["offers"],
    summary="One offer",
)
def get_offer(
    request,
    response: HttpResponse,
    offer_id: int,
    locale: str | None = Query(None, description="Language of the response; default `nl`.", max_length=10),
):
    """One visible offer by its ID (the Dutch source page's ID, as in the list)."""
    chosen = _locale(locale)
    offer = data.listing_queryset(visible_offers()).filter(pk=offer_id).first()
    if offer is None:
        raise Http404
    _stamp(response)
    return data.offers_data([offer], chosen, request)[0]


@api.get(
    "/municipalities/",
    response={200: MunicipalityList, **BAD_REQUEST},
    tags=["municipalities"],
    summary="List municipalities",
)
def list_municipalities(
    request,
    response: HttpResponse,
    locale: str | None = Query(None, description="Language of the response; default `nl`.", max_length=10),
    q: str | None = Query(None, description="Part of the Dutch or French name.", max_length=100),
    limit: int = Query(50, ge=1, le=MAX_MUNICIPALITY_LIMIT, description="Municipalities per page, 1–500."),
    offset: int = Query(0, ge=0, le=1_000_000),
):
    """The current municipalities of Flanders and Brussels (since 1 January 2025), by Dutch name,
    with how many offers each shows."""
    chosen = _locale(locale)
    municipalities = Municipality.objects.current().filter(pages__isnull=False).distinct().order_by("name_nl", "pk")
    if q:
        municipalities = municipalities.filter(name_nl__icontains=q) | municipalities.filter(name_fr__icontains=q)
    count = municipalities.count()
    page = list(municipalities.prefetch_related("postcodes")[offset : offset + limit])
    pages = data.municipality_pages(chosen, page)
    counts = data.municipality_offer_counts()
    following, preceding = _page_links(request, count, limit, offset)
    _stamp(response)
    return {
        "count": count,
        "limit": limit,
        "offset": offset,
        "next": following,
        "previous": preceding,
        "language": chosen.language_code,
        "results": [data.municipality_data(m, pages.get(m.pk), counts.get(m.pk, 0), request) for m in page],
    }


@api.get(
    "/municipalities/{code}/",
    response={200: MunicipalityDetail, **BAD_REQUEST, 404: NotFoundOut},
    tags=["municipalities"],
    summary="One municipality",
)
def get_municipality(
    request,
    response: HttpResponse,
    code: str,
    locale: str | None = Query(None, description="Language of the response; default `nl`.", max_length=10),
):
    """A municipality by NIS code (`44021`) or slug (`gent`), with its contact for the fourth
    pillar. An old (pre-2025) NIS code gives the municipality it merged into."""
    chosen = _locale(locale)
    municipality = resolve_municipality(code)
    if municipality is None:
        raise Http404
    municipality = Municipality.objects.prefetch_related("postcodes").get(pk=municipality.pk)
    page = data.municipality_pages(chosen, [municipality]).get(municipality.pk)
    count = offers_for_municipality(municipality.pk).count()
    _stamp(response)
    with translation.override(chosen.language_code):
        return data.municipality_detail_data(municipality, page, count, request)
