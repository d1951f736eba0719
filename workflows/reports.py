"""Admin reports: "Offers to review" and "Waiting for review".

Both show only what the user may edit through Wagtail's page permissions (an editor sees their
own municipalities, a reviewer all of Flanders), filter with django-filter, and export to CSV
and XLSX with formula-like cells neutralised."""

import datetime

import django_filters
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Locale, Page, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from municipalities.models import Municipality
from offers.models import MunicipalityPage, OfferPage

from .exports import NeutralisedCsvExportMixin
from .freshness import REVIEW_SOON_DAYS

page_permission_policy = PagePermissionPolicy()
EDIT_ACTIONS = {"add", "change", "publish"}


def editable_pages(user):
    """Pages ``user`` may add to, edit or publish (superusers: all)."""
    return page_permission_policy.instances_user_has_any_permission_for(user, EDIT_ACTIONS)


def municipalities_for(request):
    """The municipalities whose pages the user may edit (for the filter's choices)."""
    if request is None:
        return Municipality.objects.none()
    pages = editable_pages(request.user)
    return Municipality.objects.current().filter(pages__in=pages.values("pk")).distinct()


class OffersToReviewFilterSet(WagtailFilterSet):
    municipality = django_filters.ModelChoiceFilter(label=_("Municipality"), queryset=municipalities_for)
    review_by = django_filters.DateFilter(label=_("Review by on or before"), lookup_expr="lte", widget=AdminDateInput)

    class Meta:
        model = OfferPage
        fields = ["municipality", "review_by"]


class OffersToReviewView(NeutralisedCsvExportMixin, ReportView):
    page_title = _("Offers to review")
    header_icon = "date"
    results_template_name = "workflows/reports/offers_to_review_results.html"
    index_url_name = "workflows_offers_to_review"
    index_results_url_name = "workflows_offers_to_review_results"
    filterset_class = OffersToReviewFilterSet
    permission_policy = page_permission_policy
    any_permission_required = EDIT_ACTIONS
    export_filename = "offers-to-review"
    list_export = ["title", "municipality", "review_by", "is_overdue", "last_published_at", "full_url"]
    export_headings = {
        "title": _("Offer"),
        "municipality": _("Municipality"),
        "review_by": _("Review by"),
        "is_overdue": _("Overdue"),
        "last_published_at": _("Last published"),
        "full_url": _("Address"),
    }

    def get_queryset(self):
        today = timezone.localdate()
        self.today = today
        return (
            OfferPage.objects.live()
            .filter(locale=Locale.get_default(), review_by__lte=today + datetime.timedelta(days=REVIEW_SOON_DAYS))
            .filter(pk__in=editable_pages(self.request.user).values("pk"))
            .select_related("municipality")
            .order_by("review_by", "municipality__name_nl", "title")
        )

    def decorate_paginated_queryset(self, object_list):
        for offer in object_list:
            offer.is_overdue = offer.review_by <= self.today
        return object_list


class WaitingForReviewFilterSet(WagtailFilterSet):
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"), queryset=municipalities_for, method="filter_municipality"
    )
    requested_by = django_filters.ModelChoiceFilter(
        label=_("Submitted by"),
        queryset=lambda request: get_user_model().objects.filter(requested_workflows__isnull=False).distinct(),
    )
    created_at = django_filters.DateFilter(
        label=_("Submitted on or before"), field_name="created_at", lookup_expr="date__lte", widget=AdminDateInput
    )

    class Meta:
        model = WorkflowState
        fields = ["municipality", "requested_by", "created_at"]

    def filter_municipality(self, queryset, name, value):
        if not value:
            return queryset
        offers = OfferPage.objects.filter(municipality=value).values_list("pk", flat=True)
        pages = MunicipalityPage.objects.filter(municipality=value).values_list("pk", flat=True)
        return queryset.filter(object_id__in=[str(pk) for pk in [*offers, *pages]])


class WaitingForReviewView(NeutralisedCsvExportMixin, ReportView):
    page_title = _("Waiting for review")
    header_icon = "tasks"
    results_template_name = "workflows/reports/waiting_for_review_results.html"
    index_url_name = "workflows_waiting_for_review"
    index_results_url_name = "workflows_waiting_for_review_results"
    filterset_class = WaitingForReviewFilterSet
    permission_policy = page_permission_policy
    any_permission_required = EDIT_ACTIONS
    export_filename = "waiting-for-review"
    list_export = ["page_title", "municipality", "requested_by", "created_at", "waiting_days", "task_name"]
    export_headings = {
        "page_title": _("Page"),
        "municipality": _("Municipality"),
        "requested_by": _("Submitted by"),
        "created_at": _("Submitted at"),
        "waiting_days": _("Days waiting"),
        "task_name": _("Step"),
    }

    def get_queryset(self):
        page_ids = editable_pages(self.request.user).annotate(pk_text=Cast("pk", CharField())).values("pk_text")
        return (
            WorkflowState.objects.filter(
                status=WorkflowState.STATUS_IN_PROGRESS,
                base_content_type=ContentType.objects.get_for_model(Page),
                object_id__in=page_ids,
            )
            .select_related("requested_by", "current_task_state__task")
            .order_by("created_at")
        )

    def decorate_paginated_queryset(self, object_list):
        states = list(object_list)
        pages = Page.objects.filter(pk__in=[int(state.object_id) for state in states]).specific().in_bulk()
        now = timezone.now()
        for state in states:
            page = pages.get(int(state.object_id))
            task_state = state.current_task_state
            state.reviewed_page = page
            state.page_title = page.get_admin_display_title() if page else ""
            state.municipality = getattr(page, "municipality", None)
            state.waiting_days = (now - state.created_at).days
            state.task_name = task_state.task.name if task_state else ""
            if page is not None and task_state is not None:
                state.compare_url = reverse(
                    "wagtailadmin_pages:revisions_compare",
                    args=(page.pk, "live" if page.live else "earliest", task_state.revision_id),
                )
                state.history_url = reverse("wagtailadmin_pages:workflow_history_detail", args=(page.pk, state.pk))
                state.edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
        return states
