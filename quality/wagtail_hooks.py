"""Admin wiring of the quality checks: the submit gate and the reviewers' dashboard."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import ListingButton

from offers.models import OfferPage

from . import views
from .checks import quality_report
from .gate import refuse_submission_with_blocking_problems


@hooks.register("before_edit_page")
def gate_submission_on_edit(request, page):
    page = page.specific
    if isinstance(page, OfferPage):
        refuse_submission_with_blocking_problems(request, page.get_latest_revision_as_object(), page.get_parent())


@hooks.register("before_create_page")
def gate_submission_on_create(request, parent_page, page_class):
    if issubclass(page_class, OfferPage):
        refuse_submission_with_blocking_problems(request, page_class(owner=request.user), parent_page)


@hooks.register("register_admin_urls")
def register_quality_urls():
    return [path("quality/", views.quality_dashboard, name="quality_dashboard")]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return views.user_may_see_dashboard(request.user)


@hooks.register("register_reports_menu_item")
def register_quality_dashboard_menu_item():
    return DashboardMenuItem(
        _("Offer quality"), reverse("quality_dashboard"), name="offer-quality", icon_name="tick", order=70
    )


@hooks.register("register_page_listing_buttons")
def quality_score_button(page, user, next_url=None):
    """Wagtail has no hook for listing columns: the score is a small button on each offer's row,
    leading to the editor where the panel lists the problems."""
    if page.specific_class is not OfferPage:
        return
    report = quality_report(page.specific.get_latest_revision_as_object())
    yield ListingButton(
        _("Quality %(score)s/100") % {"score": report.score},
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        priority=5,
        attrs={
            "title": "; ".join(report.messages()) or str(_("Nothing to improve.")),
            "data-quality-score": report.score,
        },
    )
