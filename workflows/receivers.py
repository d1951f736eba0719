"""Signal receivers: keep groups in step with pages and municipalities, and keep offers fresh.

Connected in ``WorkflowsConfig.ready``; every receiver is idempotent."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from wagtail.models import Locale
from wagtail.signals import page_published, page_unpublished

from home.models import HomePage
from municipalities.signals import municipalities_loaded
from offers.models import MunicipalityPage, OfferPage
from publishing.signals import page_created

from . import freshness, roles
from .models import RegionalNetwork


def on_municipalities_loaded(sender, report=None, stdout=None, **kwargs):
    """After every load: groups, collections, grants on every locale's copy, the workflow."""
    counts = roles.sync_editorial_roles(report=report)
    if stdout is not None:
        stdout.write(f"  editorial roles: {counts['editor groups']} editor groups in sync")


def _grant_for_page(page):
    page = page.specific
    if isinstance(page, MunicipalityPage):
        roles.grant_municipality_page(page)
    elif isinstance(page, HomePage):
        roles.grant_home_page(page)


def on_page_created(sender, page, **kwargs):
    _grant_for_page(page)


def on_page_saved(sender, instance, created, raw=False, **kwargs):
    # Translations and aliases made by wagtail-localize are plain saves, not create_page().
    if created and not raw:
        _grant_for_page(instance)


def on_page_published(sender, instance, **kwargs):
    if isinstance(instance, MunicipalityPage | HomePage) and instance.locale_id != Locale.get_default().pk:
        _grant_for_page(instance)
    if isinstance(instance, OfferPage) and instance.locale_id == Locale.get_default().pk:
        freshness.set_review_by_on_publish(instance)


def on_page_unpublished(sender, instance, **kwargs):
    if instance.locale_id == Locale.get_default().pk:
        freshness.unpublish_translations(instance)


def set_offer_expiry(sender, instance, raw=False, **kwargs):
    """The end date decides when Wagtail takes the offer offline (``publish_scheduled``)."""
    if not raw:
        instance.expire_at = freshness.expiry_for(instance.end_date)


def on_network_municipalities_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, RegionalNetwork):
        roles.sync_regional_network(instance)


def on_network_deleted(sender, instance, **kwargs):
    if instance.group_id:
        instance.group.delete()


def connect():
    municipalities_loaded.connect(on_municipalities_loaded, dispatch_uid="workflows.sync_editorial_roles")
    page_created.connect(on_page_created, dispatch_uid="workflows.grant_on_page_created")
    for model in (MunicipalityPage, HomePage):
        post_save.connect(on_page_saved, sender=model, dispatch_uid=f"workflows.grant_on_save_{model.__name__}")
    page_published.connect(on_page_published, dispatch_uid="workflows.on_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="workflows.unpublish_translations")
    pre_save.connect(set_offer_expiry, sender=OfferPage, dispatch_uid="workflows.set_offer_expiry")
    m2m_changed.connect(
        on_network_municipalities_changed,
        sender=RegionalNetwork.municipalities.through,
        dispatch_uid="workflows.network_municipalities_changed",
    )
    post_delete.connect(on_network_deleted, sender=RegionalNetwork, dispatch_uid="workflows.network_deleted")
