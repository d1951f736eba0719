"""The submit gate: "Submit for review" with blocking quality problems saves a draft instead and
lists the problems. Warnings never block.

Wagtail runs ``before_create_page`` / ``before_edit_page`` before it reads the form; the gate
builds the same form on the posted data, checks the would-be revision, and when it has blocking
problems removes the submit action from the request, so Wagtail's own view saves a draft (nothing
the editor typed is lost) and shows the list as an error message."""

from django.contrib import messages
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from offers.models import OfferPage

from .checks import quality_report


def posted_offer(request, instance, parent_page):
    form_class = type(instance).get_edit_handler().get_form_class()
    form = form_class(request.POST, request.FILES, instance=instance, parent_page=parent_page, for_user=request.user)
    if not form.is_valid():
        return None  # Wagtail's own view shows the form errors; it will not submit either
    return form.save(commit=False)


def refuse_submission_with_blocking_problems(request, instance, parent_page):
    if request.method != "POST" or not request.POST.get("action-submit"):
        return
    if not isinstance(instance, OfferPage):
        return
    offer = posted_offer(request, instance, parent_page)
    if offer is None:
        return
    report = quality_report(offer)
    if not report.blocking:
        return
    data = request.POST.copy()
    del data["action-submit"]
    request.POST = data
    messages.error(
        request,
        format_html(
            "{}<ul>{}</ul>",
            _("Not submitted for review; your changes are saved as a draft. Fix these first:"),
            format_html_join("", "<li>{}</li>", ((problem.message,) for problem in report.blocking)),
        ),
    )
