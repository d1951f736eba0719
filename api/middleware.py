"""HTTP caching and CORS for the public API and the embed widget.

Scoped by path: /api/ (offers API, Wagtail API v2, schema and docs), /embed/ and /embed.js.
Every GET or HEAD there gets ``Cache-Control: public, max-age=300`` and an ETag of its body;
a request whose If-None-Match or If-Modified-Since still holds gets 304. An API 404 stays a 404
(not a redirect to /nl/…). Listed right after LocaleMiddleware. /api/ also answers any
origin (CORS, read-only: GET, HEAD and the OPTIONS preflight)."""

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import parse_http_date_safe

API_PREFIX = "/api/"
CACHED_PREFIXES = (API_PREFIX, "/embed/", "/embed.js")
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Content-Disposition",
    "Access-Control-Max-Age": "86400",
}


def max_age() -> int:
    return getattr(settings, "API_CACHE_MAX_AGE", 300)


class PublicAPIMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        is_api = path.startswith(API_PREFIX)
        if is_api and request.method == "OPTIONS":
            response = HttpResponse(status=204)
            for header, value in CORS_HEADERS.items():
                response[header] = value
            return response
        response = self.get_response(request)
        if not path.startswith(CACHED_PREFIXES):
            return response
        # LocaleMiddleware (which handles the response after this) redirects a 404 to /nl/<path>
        # when the URLconf has language prefixes; read with the API's own URLconf it does not.
        request.urlconf = "api.urls"
        if request.method not in ("GET", "HEAD"):
            return response
        if is_api:
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Expose-Headers"] = CORS_HEADERS["Access-Control-Expose-Headers"]
        if response.status_code >= 500 or response.has_header("Cache-Control"):
            return response
        patch_cache_control(response, public=True, max_age=max_age())
        if response.status_code != 200 or response.streaming:
            return response
        set_response_etag(response)
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        return get_conditional_response(
            request, etag=response.get("ETag"), last_modified=last_modified, response=response
        )
