"""The public endpoints of usage insight: the page-view beacon, the join redirect, the newcomer
prompt and the "Did this help you?" form. None of them identifies anyone."""

import base64
import re

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale, Page

from offers.models import OfferPage

from .counting import PROMPT_ANSWERS, count_join, count_page_view, count_prompt_answer
from .forms import FeedbackForm
from .models import Feedback

TRANSPARENT_GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
PROMPT_COOKIE = "insight_prompt"


def _no_store(response):
    response["Cache-Control"] = "no-store, max-age=0"
    return response


@require_GET
def beacon(request):
    """``<img src="/i/v.gif?…">``: counts one page view in the store, answers a 1×1 GIF."""
    count_page_view(request, request.GET)
    return _no_store(HttpResponse(TRANSPARENT_GIF, content_type="image/gif"))


class JoinRedirect(HttpResponseRedirect):
    allowed_schemes = ["http", "https", "tel", "mailto"]


def join_target(offer: OfferPage, channel: str) -> str | None:
    """Only the offer's own stored contact values: never a URL from the request."""
    if channel == "phone" and offer.contact_phone:
        number = re.sub(r"[^0-9+]", "", offer.contact_phone)
        return f"tel:{number}" if number else None
    if channel == "email" and offer.contact_email:
        return f"mailto:{offer.contact_email}"
    if channel == "website" and offer.contact_url.lower().startswith(("https://", "http://")):
        return offer.contact_url
    return None


@require_GET
def join(request, page_id: int, channel: str):
    offer = get_object_or_404(OfferPage.objects.live().select_related("locale"), pk=page_id)
    target = join_target(offer, channel)
    if target is None:
        raise Http404
    count_join(request, offer, channel)
    return _no_store(JoinRedirect(target))


def _safe_next(request, fallback="/") -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return fallback


def _activate_reader_language(request) -> str:
    language = request.POST.get("language", "")
    if language in dict(settings.LANGUAGES):
        translation.activate(language)
        request.LANGUAGE_CODE = language
        return language
    return translation.get_language() or settings.LANGUAGE_CODE


@require_POST
@never_cache
def prompt_answer(request):
    """The newcomer question. Only an aggregate is kept; the cookie holds only "answered"."""
    language = _activate_reader_language(request)
    answer = request.POST.get("answer", "")
    if answer not in PROMPT_ANSWERS:
        return HttpResponseRedirect(_safe_next(request))
    if request.COOKIES.get(PROMPT_COOKIE) != "answered":
        count_prompt_answer(request, answer, language)
    response = render(request, "insight/thanks.html", {"next": _safe_next(request), "what": "prompt"})
    response.set_cookie(
        PROMPT_COOKIE, "answered", max_age=365 * 24 * 3600, samesite="Lax", secure=request.is_secure(), httponly=False
    )
    return response


def _source_page(page: Page) -> Page:
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    return Page.objects.filter(translation_key=page.translation_key, locale=default).first() or page


@never_cache
def feedback(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    _activate_reader_language(request)
    page = get_object_or_404(Page.objects.live().select_related("locale"), pk=request.POST.get("page") or 0)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return render(request, "insight/thanks.html", {"next": _safe_next(request), "form": form}, status=400)
    specific = page.specific
    Feedback.objects.create(
        page=_source_page(page),
        municipality_id=getattr(specific, "municipality_id", None),
        locale=page.locale.language_code,
        day=timezone.localdate(),
        helpful=form.cleaned_data["helpful"] == "yes",
        comment=form.cleaned_data["comment"],
    )
    return render(request, "insight/thanks.html", {"next": _safe_next(request), "what": "feedback"})
