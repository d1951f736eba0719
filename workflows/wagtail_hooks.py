"""Admin wiring of the editorial workflow: the "Take offline" action, the four-eyes guards on
direct publishing, the reports and the regional-network snippet."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .four_eyes import edited_since_workflow_started, has_own_unpublished_changes, publishes_only_through_review
from .models import RegionalNetwork
from .reports import EDIT_ACTIONS, OffersToReviewView, WaitingForReviewView, page_permission_policy


@hooks.register("register_admin_urls")
def register_workflow_urls():
    return [
        path("offers/<int:page_id>/take-offline/", views.take_offline, name="workflows_take_offline"),
        path("reports/offers-to-review/", OffersToReviewView.as_view(), name="workflows_offers_to_review"),
        path(
            "reports/offers-to-review/results/",
            OffersToReviewView.as_view(results_only=True),
            name="workflows_offers_to_review_results",
        ),
        path("reports/waiting-for-review/", WaitingForReviewView.as_view(), name="workflows_waiting_for_review"),
        path(
            "reports/waiting-for-review/results/",
            WaitingForReviewView.as_view(results_only=True),
            name="workflows_waiting_for_review_results",
        ),
    ]


class EditorReportMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(request.user, EDIT_ACTIONS)


@hooks.register("register_reports_menu_item")
def register_offers_to_review_menu_item():
    return EditorReportMenuItem(
        _("Offers to review"),
        reverse("workflows_offers_to_review"),
        name="offers-to-review",
        icon_name="date",
        order=50,
    )


@hooks.register("register_reports_menu_item")
def register_waiting_for_review_menu_item():
    return EditorReportMenuItem(
        _("Waiting for review"),
        reverse("workflows_waiting_for_review"),
        name="waiting-for-review",
        icon_name="tasks",
        order=60,
    )


# --- taking a live offer offline without review ---------------------------------------------------


class TakeOfflineMenuItem(ActionMenuItem):
    """For editors, who cannot unpublish (Wagtail ties that to "publish"): an offer that stopped
    must not wait for a reviewer."""

    label = _("Take offline now")
    name = "action-take-offline"
    icon_name = "download"
    order = 45

    def is_shown(self, context):
        if context["view"] != "edit":
            return False
        page = context["page"]
        if self.get_user_page_permissions_tester(context).can_unpublish():
            return False  # Wagtail's own "Unpublish" item is there
        return views.user_may_take_offline(page.specific, context["request"].user)

    def get_url(self, context):
        return reverse("workflows_take_offline", args=(context["page"].pk,))


@hooks.register("register_page_action_menu_item")
def register_take_offline_menu_item():
    return TakeOfflineMenuItem()


# --- four eyes: no direct publishing of one's own change in the reviewed tree ----------------------


@hooks.register("construct_page_action_menu")
def close_direct_publish(menu_items, request, context):
    page = context.get("page") if context["view"] != "create" else context.get("parent_page")
    if page is not None and publishes_only_through_review(page, request.user):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


def _refuse(request, message, page_id):
    messages.error(request, message)
    return redirect("wagtailadmin_pages:edit", page_id)


@hooks.register("before_edit_page")
def refuse_own_publish_or_approval(request, page):
    if request.method != "POST":
        return None
    if request.POST.get("action-publish") and publishes_only_through_review(page, request.user):
        return _refuse(
            request, _("Changes in this part of the site go live through review: submit them instead."), page.pk
        )
    if (
        request.POST.get("action-workflow-action")
        and request.POST.get("workflow-action-name") == "approve"
        and not request.user.is_superuser
        and edited_since_workflow_started(page, request.user)
    ):
        return _refuse(
            request, _("You edited this page during this review; another reviewer must approve it."), page.pk
        )
    return None


@hooks.register("before_create_page")
def refuse_publish_on_create(request, parent_page, page_class):
    if request.method == "POST" and request.POST.get("action-publish"):
        if publishes_only_through_review(parent_page, request.user):
            return _refuse(
                request,
                _("New pages in this part of the site go live through review: submit them instead."),
                parent_page.pk,
            )
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_publish_of_own_changes(request, action_type, objects, action_class_instance):
    if action_type != "publish" or request.user.is_superuser:
        return None
    for page in objects:
        if (
            isinstance(page, Page)
            and page.get_workflow() is not None
            and has_own_unpublished_changes(page, request.user)
        ):
            messages.error(
                request,
                _("'%(title)s' contains your own changes: another reviewer must approve them.")
                % {"title": page.get_admin_display_title()},
            )
            return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


# --- regional networks ------------------------------------------------------------------------------


class RegionalNetworkViewSet(SnippetViewSet):
    model = RegionalNetwork
    icon = "group"
    menu_label = _("Regional networks")
    list_display = ["name", "group"]
    search_fields = ["name"]
    list_filter = ["municipalities__province"]
    list_export = ["name", "group"]
    ordering = ["name"]


register_snippet(RegionalNetworkViewSet)
