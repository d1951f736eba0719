"""Nothing stale stays online: end dates expire offers, translations leave with their source,
review-by dates and the weekly digest."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from offers.listing import visible_offers
from offers.models import OfferPage
from offers.tests import factories
from workflows.freshness import default_review_by, expiry_for, sweep_offers
from workflows.models import ReviewReminder

pytestmark = pytest.mark.django_db


def english_translation(offer):
    english = Locale.objects.get(language_code="en")
    translation = offer.copy_for_translation(english, copy_parents=True)
    translation.save_revision().publish()
    return OfferPage.objects.get(pk=translation.pk)


def test_the_end_date_sets_expiry_at_the_end_of_that_day_in_brussels():
    offer = factories.offer(end_date=datetime.date(2031, 3, 30))
    expected = expiry_for(datetime.date(2031, 3, 30))
    assert offer.expire_at == expected
    local = timezone.localtime(OfferPage.objects.get(pk=offer.pk).expire_at, expected.tzinfo)
    assert (local.date(), local.hour, local.minute) == (datetime.date(2031, 3, 30), 23, 59)
    assert factories.offer(end_date=None).expire_at is None


def test_a_past_end_offer_leaves_listings_at_once_and_publish_scheduled_unpublishes_it_with_translations():
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    offer = factories.offer(end_date=timezone.localdate() + datetime.timedelta(days=10))
    translation = english_translation(offer)
    assert translation.live
    offer.end_date = yesterday
    offer.save_revision().publish()
    assert offer.pk not in set(visible_offers().values_list("pk", flat=True))

    call_command("publish_scheduled", verbosity=0)

    assert not OfferPage.objects.get(pk=offer.pk).live
    assert not OfferPage.objects.get(pk=translation.pk).live


def test_taking_a_source_offline_takes_its_translations_offline(client, gent_editor):
    offer = factories.offer(parent=factories.municipality_page("Gent"))
    translation = english_translation(offer)
    client.force_login(gent_editor)
    client.post(reverse("workflows_take_offline", args=(offer.pk,)))
    assert not OfferPage.objects.get(pk=translation.pk).live


def test_editors_get_the_same_rights_on_translated_municipality_pages(client, gent_editor, antwerpen_editor):
    translation = english_translation(factories.offer(parent=factories.municipality_page("Gent")))
    client.force_login(gent_editor)
    assert client.get(reverse("wagtailadmin_pages:edit", args=(translation.pk,))).status_code == 200
    client.force_login(antwerpen_editor)
    assert client.get(reverse("wagtailadmin_pages:edit", args=(translation.pk,))).status_code != 200


def test_publishing_sets_review_by_six_months_later_when_empty_or_past():
    offer = factories.offer()
    offer = OfferPage.objects.get(pk=offer.pk)
    assert offer.review_by == default_review_by(offer.last_published_at)
    assert offer.live_revision.as_object().review_by == offer.review_by
    later = timezone.localdate() + datetime.timedelta(days=400)
    kept = factories.offer(review_by=later)
    assert OfferPage.objects.get(pk=kept.pk).review_by == later


def test_sweep_sends_each_municipality_one_digest_and_a_second_run_sends_nothing(gent_editor, antwerpen_editor):
    gent = factories.municipality_page("Gent")
    due = [factories.offer(parent=gent, title=f"Al lang online {n}") for n in (1, 2)]
    factories.offer(parent=gent, title="Pas nagekeken")
    antwerpen_due = factories.offer(parent=factories.municipality_page("Antwerpen"), title="Sporten in Antwerpen")
    past = timezone.localdate() - datetime.timedelta(days=1)
    OfferPage.objects.filter(pk__in=[offer.pk for offer in [*due, antwerpen_due]]).update(review_by=past)
    mail.outbox.clear()

    call_command("sweep_offers", verbosity=0)

    to_gent = [message for message in mail.outbox if gent_editor.email in message.to]
    assert len(to_gent) == 1
    assert "Al lang online 1" in to_gent[0].body and "Al lang online 2" in to_gent[0].body
    assert "Pas nagekeken" not in to_gent[0].body
    assert "Sporten in Antwerpen" not in to_gent[0].body
    assert [m for m in mail.outbox if antwerpen_editor.email in m.to][0].to == [antwerpen_editor.email]
    assert ReviewReminder.objects.filter(offer__in=due, review_by=past).count() == 2

    mail.outbox.clear()
    assert sweep_offers()["digests sent"] == 0
    assert mail.outbox == []
