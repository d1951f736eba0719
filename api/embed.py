"""The embeddable widget: a municipality pastes a snippet into its own website and shows its
current offers there, in the language of the host page.

``/embed/<nis-code>/?lang=en`` is a small server-rendered page (no outside assets, ≤ 30 KB) that
may be framed by any site; ``/embed.js`` creates the iframe, passes the host page's language and
sizes the frame to its content (postMessage)."""

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.http import http_date
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from offers.filtering import resolve_municipality
from offers.listing import in_language, offers_for_municipality

from .offer_data import content_last_modified, municipality_pages

MAX_OFFERS = 25


def host_locale(lang: str | None) -> Locale:
    """The Locale for the host page's language (``en``, ``en-GB``), else Dutch."""
    code = (lang or "").strip().lower().split("-")[0].split("_")[0]
    if code:
        locale = Locale.objects.filter(language_code=code).first()
        if locale is not None:
            return locale
    return Locale.get_default()


@require_GET
@xframe_options_exempt
def embed_page(request, code: str):
    municipality = resolve_municipality(code)
    if municipality is None:
        raise Http404
    locale = host_locale(request.GET.get("lang"))
    offers = list(offers_for_municipality(municipality.pk)[: MAX_OFFERS + 1])
    more = len(offers) > MAX_OFFERS
    shown = in_language(offers[:MAX_OFFERS], locale)
    page = municipality_pages(locale, [municipality]).get(municipality.pk)
    with translation.override(locale.language_code):
        response = render(
            request,
            "api/embed.html",
            {
                "municipality": municipality,
                "municipality_page": page,
                "offers": shown,
                "more": more,
                "language": locale.language_code,
                "direction": "rtl" if translation.get_language_bidi() else "ltr",
            },
        )
    response["Content-Security-Policy"] = (
        "frame-ancestors *; default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'self'"
    )
    response["Last-Modified"] = http_date(content_last_modified().timestamp())
    return response


EMBED_SCRIPT = """(function () {
  var script = document.currentScript;
  var base = script ? script.src.replace(/\\/embed\\.js.*$/, "") : "";
  var origin = base ? new URL(base).origin : "";
  var hostLang = (document.documentElement.lang || "nl").split("-")[0].toLowerCase();
  var frames = [];
  var boxes = document.querySelectorAll("[data-ikdoemee-municipality]");
  for (var i = 0; i < boxes.length; i++) {
    var box = boxes[i];
    if (box.getAttribute("data-ikdoemee-ready")) continue;
    box.setAttribute("data-ikdoemee-ready", "1");
    var frame = document.createElement("iframe");
    var lang = box.getAttribute("data-lang") || hostLang;
    frame.src = base + "/embed/" + encodeURIComponent(box.getAttribute("data-ikdoemee-municipality")) +
      "/?lang=" + encodeURIComponent(lang);
    frame.title = box.getAttribute("data-title") || "ikdoemee";
    frame.loading = "lazy";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.height = "600px";
    box.appendChild(frame);
    frames.push(frame);
  }
  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !event.data || event.data.type !== "ikdoemee:height") return;
    for (var j = 0; j < frames.length; j++) {
      if (frames[j].contentWindow === event.source) frames[j].style.height = Math.ceil(event.data.height) + "px";
    }
  });
})();
"""


@require_GET
def embed_script(request):
    return HttpResponse(EMBED_SCRIPT, content_type="text/javascript; charset=utf-8")
