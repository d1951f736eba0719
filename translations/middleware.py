"""Browsers name Dari "fa-AF" (and many Afghan readers' browsers just "fa"); our locale is "prs"."""

import re

ACCEPT_LANGUAGE_ALIASES = {"fa-af": "prs", "fa": "prs"}
_TAG = re.compile(r"(?<![\w-])(fa-af|fa)(?![\w-])", re.IGNORECASE)


def rewrite_accept_language(header: str) -> str:
    return _TAG.sub(lambda match: ACCEPT_LANGUAGE_ALIASES[match.group(1).lower()], header)


class AcceptLanguageAliasMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = request.META.get("HTTP_ACCEPT_LANGUAGE")
        if header:
            request.META["HTTP_ACCEPT_LANGUAGE"] = rewrite_accept_language(header)
        return self.get_response(request)
