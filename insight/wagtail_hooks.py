from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import ReferralCode
from .permissions import can_use_insight


@hooks.register("register_admin_urls")
def register_insight_urls():
    return [
        path("insight/", admin_views.dashboard, name="insight_dashboard"),
        path("insight/report/", admin_views.parliamentary_report, name="insight_report"),
        path("insight/feedback/<int:pk>/delete/", admin_views.delete_feedback, name="insight_delete_feedback"),
    ]


class InsightMenuItem(MenuItem):
    def is_shown(self, request):
        return can_use_insight(request.user)


@hooks.register("register_admin_menu_item")
def register_insight_menu_item():
    return InsightMenuItem(_("Usage insight"), reverse("insight_dashboard"), icon_name="view", order=900)


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return InsightMenuItem(_("Parliamentary answer"), reverse("insight_report"), icon_name="doc-full", order=901)


class ReferralCodeViewSet(SnippetViewSet):
    """Reviewers manage referral codes (give the "AgII reviewers" group the snippet permissions)."""

    model = ReferralCode
    icon = "link"
    menu_label = _("Referral codes")
    list_display = ["code", "kind", "municipality", "description"]
    list_filter = ["kind"]
    list_export = ["code", "kind", "municipality", "description"]
    search_fields = ["code", "description"]


register_snippet(ReferralCodeViewSet)
