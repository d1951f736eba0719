from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import views


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [
        path("translations/status/", views.status_report, name="translations_status_report"),
        path("translations/check/<int:page_id>/", views.mark_translation_checked, name="translations_mark_checked"),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or request.user.groups.filter(name__startswith="Vertalers").exists()


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translations_status_report"),
        name="translation-status",
        icon_name="site",
        order=800,
    )


def _check_button(page, user):
    if page.locale.language_code == settings.LANGUAGE_CODE or page.alias_of_id:
        return None
    if not page.permissions_for_user(user).can_edit():
        return None
    return Button(
        _("Mark translation as checked"),
        reverse("translations_mark_checked", args=[page.pk]),
        icon_name="check",
        priority=45,
    )


@hooks.register("register_page_listing_more_buttons")
def page_listing_check_button(page, user, next_url=None):
    button = _check_button(page, user)
    if button:
        yield button


@hooks.register("register_page_header_buttons")
def page_header_check_button(page, user, view_name=None, next_url=None):
    button = _check_button(page, user)
    if button:
        yield button
