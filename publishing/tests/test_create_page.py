import pytest
from wagtail.models import PageLogEntry

from offers.tests import factories
from publishing.signals import page_created

pytestmark = pytest.mark.django_db


def test_create_page_publishes_with_a_revision_and_a_log_entry_and_tells_listeners():
    heard = []

    def listener(sender, page, published, **kwargs):
        heard.append((page.pk, published))

    page_created.connect(listener)
    try:
        offer = factories.offer()
    finally:
        page_created.disconnect(listener)

    assert offer.live and offer.first_published_at is not None
    assert offer.revisions.count() == 1
    assert offer.live_revision_id == offer.latest_revision_id
    assert PageLogEntry.objects.filter(page=offer, action="wagtail.create").exists()
    assert PageLogEntry.objects.filter(page=offer, action="wagtail.publish").exists()
    assert heard == [(offer.pk, True)]


def test_create_page_as_draft_stays_offline():
    offer = factories.offer(publish=False)
    assert not offer.live
    assert offer.has_unpublished_changes
    assert offer.revisions.count() == 1
