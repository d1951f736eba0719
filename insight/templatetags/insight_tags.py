from urllib.parse import urlencode

from django import template
from django.urls import reverse

from ..counting import CODE_PATTERN, FILTER_PATTERN, IGNORED_QUERY_PARAMETERS, counting_enabled

register = template.Library()

PAGE_TYPES = {"homepage": "home", "municipalitypage": "municipality", "offerpage": "offer", "standardpage": "standard"}


@register.simple_tag(takes_context=True)
def insight_beacon(context):
    """The beacon's URL for this page (``script``: the script adds the referrer host, via and
    filters; ``noscript``: via and filters read on the server), or None when nothing is counted."""
    page = context.get("page")
    request = context.get("request")
    if not counting_enabled() or page is None or request is None or not getattr(page, "translation_key", None):
        return None
    params = {
        "k": str(page.translation_key),
        "t": PAGE_TYPES.get(page._meta.model_name, "other"),
        "m": getattr(page, "municipality_id", None) or "",
        "l": page.locale.language_code if getattr(page, "locale_id", None) else "",
    }
    base = f"{reverse('insight:beacon')}?{urlencode(params)}"
    via = request.GET.get("via", "")
    filters = [name for name in request.GET if FILTER_PATTERN.match(name) and name not in IGNORED_QUERY_PARAMETERS]
    noscript = {"via": via if CODE_PATTERN.match(via) else "", "f": ",".join(filters[:10])}
    return {"script": base, "noscript": f"{base}&{urlencode(noscript)}", "ignored": ",".join(IGNORED_QUERY_PARAMETERS)}


@register.simple_tag(takes_context=True)
def insight_prompt_answered(context) -> bool:
    request = context.get("request")
    return bool(request and request.COOKIES.get("insight_prompt") == "answered")
