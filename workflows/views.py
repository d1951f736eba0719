"""Take a live offer offline at once.

Wagtail ties unpublishing to the "publish" permission (``PagePermissionTester.can_unpublish``),
which editors do not have: they would otherwise bypass review. This view lets anyone who may
edit a live offer take it offline; it goes through Wagtail's own ``UnpublishPageAction``, so the
audit log records who did it and the translations follow (``freshness.unpublish_translations``)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.actions.unpublish_page import UnpublishPageAction

from offers.models import OfferPage


def user_may_take_offline(page, user) -> bool:
    """A live offer that ``user`` may edit (editors of its municipality, its regional network,
    reviewers), whether or not it waits for review."""
    if not isinstance(page, OfferPage) or not page.live or page.alias_of_id:
        return False
    permissions = page.permissions_for_user(user)
    return permissions.can_unpublish() or permissions.can_edit()


def take_offline(request, page_id):
    page = get_object_or_404(OfferPage, pk=page_id)
    if not user_may_take_offline(page, request.user):
        raise PermissionDenied
    if request.method == "POST":
        UnpublishPageAction(page, user=request.user).execute(skip_permission_checks=True)
        messages.success(request, _("'%(title)s' is offline now.") % {"title": page.get_admin_display_title()})
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "workflows/take_offline.html",
        {
            "page": page,
            "action_url": reverse("workflows_take_offline", args=(page.pk,)),
            "edit_url": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        },
    )
