"""Admin wiring of the pipeline: the proposals queue and the import upload screen."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_pipeline_urls():
    return [
        path("proposals/", admin_views.proposal_queue, name="pipeline_proposals"),
        path("proposals/<int:proposal_id>/", admin_views.proposal_detail, name="pipeline_proposal"),
        path("proposals/<int:proposal_id>/accept/", admin_views.proposal_accept, name="pipeline_proposal_accept"),
        path("proposals/<int:proposal_id>/decline/", admin_views.proposal_decline, name="pipeline_proposal_decline"),
        path("import/", admin_views.import_upload, name="pipeline_import"),
        path("import/<int:run_id>/", admin_views.import_run, name="pipeline_import_run"),
    ]


class ProposalsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtailadmin.access_admin")


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.user_may_import(request.user)


@hooks.register("register_admin_menu_item")
def register_proposals_menu_item():
    return ProposalsMenuItem(
        _("Proposals"), reverse("pipeline_proposals"), name="proposals", icon_name="mail", order=250
    )


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import offers"), reverse("pipeline_import"), name="import-offers", icon_name="upload", order=260
    )
