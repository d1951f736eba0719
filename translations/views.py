from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from .report import REPORT_STATES, totals, translation_status_rows
from .status import STATE_LABELS, mark_checked, state_of


def status_report(request):
    rows = translation_status_rows()
    return TemplateResponse(
        request,
        "translations/status_report.html",
        {
            "rows": rows,
            "states": [STATE_LABELS[state] for state in REPORT_STATES],
            "totals": [totals(rows).get(state, 0) for state in REPORT_STATES],
            "page_title": _("Translation status"),
            "header_icon": "site",
        },
    )


def mark_translation_checked(request, page_id):
    """A translator or reviewer confirms they read this translation against the current Dutch text."""
    translation = get_object_or_404(Page, pk=page_id).specific
    if not translation.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    source = translation.get_translation_or_none(Locale.get_default())
    if source is None or source.pk == translation.pk:
        raise PermissionDenied
    if request.method == "POST":
        mark_checked(source, translation.locale, request.user)
        messages.success(request, _("The translation of “%(title)s” is marked as checked.") % {"title": translation})
        return redirect("wagtailadmin_explore", translation.get_parent().pk)
    return TemplateResponse(
        request,
        "translations/confirm_check.html",
        {
            "translation": translation,
            "source": source,
            "state": STATE_LABELS[state_of(source, translation.locale)],
            "page_title": _("Mark translation as checked"),
            "header_icon": "check",
        },
    )
