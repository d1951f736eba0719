"""The one way code creates pages (loader, demo seed, later intake and import).

It does what the admin's create view does: add the page under its parent, save a first
revision with its author, log the creation, publish it (or leave it as a draft) and then
tell every capability that hooks in through ``page_created`` (locales, workflow, …)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page

from .signals import page_created


@transaction.atomic
def create_page(parent: Page, page: Page, *, user=None, publish: bool = True, log_message: str = ""):
    """Add ``page`` (unsaved) under ``parent``; return the saved page.

    With ``publish=False`` the page stays a draft (never live) with one revision."""
    if not type(page).can_create_at(parent):
        raise ValidationError(
            _("A %(child)s cannot be placed under a %(parent)s.")
            % {"child": page._meta.verbose_name, "parent": parent.specific_class._meta.verbose_name}
        )
    page.owner = user if user is not None and user.is_authenticated else page.owner
    if not publish:
        page.live = False
    parent.add_child(instance=page)  # Page.save() runs full_clean(): page rules, slug clash
    revision = page.save_revision(user=user, log_action=False)
    log(instance=page, action="wagtail.create", user=user, content_changed=True)
    if publish:
        revision.publish(user=user, log_action=True)
        page.refresh_from_db()
    page_created.send(sender=type(page), page=page, user=user, published=publish)
    return page
