"""The organisations behind the offers, as a snippet in the admin.

Who may do what is set by the groups (``workflows.roles``): municipal editors choose existing
organisations and may add ("propose") new ones, but only reviewers edit or delete a shared one."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from workflows.exports import NeutralisedCsvExportMixin

from .models import Organisation


class OrganisationIndexView(NeutralisedCsvExportMixin, IndexView):
    """The listing, with CSV cells neutralised against formula injection."""


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "site"
    menu_label = _("Organisations")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "place", "website", "locale"]
    list_filter = ["locale", "place"]
    search_fields = ["name"]
    list_export = ["name", "place", "postcode", "website", "email", "phone"]
    ordering = ["name"]
    index_view_class = OrganisationIndexView


register_snippet(OrganisationViewSet)
