"""The whole path through the admin: an editor drafts and submits, a reviewer requests changes
with a comment, the editor resubmits, a reviewer approves and the offer is live; e-mail tells
each of them. Plus the four-eyes rule and what anonymous visitors see meanwhile."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale, PageLogEntry

from home.models import HomePage
from offers.models import OfferPage
from offers.tests import factories

from .admin_client import edit_page, workflow_action

pytestmark = pytest.mark.django_db


def fresh(page):
    return OfferPage.objects.get(pk=page.pk)


def test_draft_submit_reject_with_comment_resubmit_approve_goes_live_with_notifications(
    client, gent_editor, reviewer, second_reviewer
):
    gent = factories.municipality_page("Gent")
    client.force_login(gent_editor)
    add_url = reverse("wagtailadmin_pages:add", args=("offers", "offerpage", gent.pk))
    template = factories.offer(parent=gent, publish=False)  # a filled-in form to copy from
    from .admin_client import form_data

    data = form_data(
        client.get(reverse("wagtailadmin_pages:edit", args=(template.pk,))).content.decode(), "page-edit-form"
    )
    assert client.get(add_url).status_code == 200
    data.update({"title": "Wandelen met een buddy", "slug": "wandelen-met-een-buddy", "action-submit": "1"})
    client.post(add_url, data)
    offer = OfferPage.objects.get(slug="wandelen-met-een-buddy")
    assert not offer.live and offer.workflow_in_progress
    submitted = [message for message in mail.outbox if reviewer.email in message.to]
    assert submitted and "Wandelen met een buddy" in submitted[0].subject
    assert not any(gent_editor.email in message.to for message in mail.outbox)

    mail.outbox.clear()
    client.force_login(reviewer)
    workflow_action(client, fresh(offer), "reject", comment="Zeg wanneer het start, a.u.b.")
    offer = fresh(offer)
    assert not offer.live and offer.current_workflow_state.status == "needs_changes"
    rejected = [message for message in mail.outbox if gent_editor.email in message.to]
    assert rejected and "Zeg wanneer het start" in rejected[0].body

    mail.outbox.clear()
    client.force_login(gent_editor)
    edit_page(client, offer, "action-submit", start_date="2030-09-01")
    offer = fresh(offer)
    assert offer.workflow_in_progress
    assert any(reviewer.email in message.to for message in mail.outbox)

    mail.outbox.clear()
    client.force_login(second_reviewer)
    workflow_action(client, offer, "approve")
    offer = fresh(offer)
    assert offer.live and not offer.workflow_in_progress
    assert str(offer.start_date) == "2030-09-01"
    assert any(gent_editor.email in message.to for message in mail.outbox)
    actions = set(PageLogEntry.objects.filter(page=offer).values_list("action", "user__username"))
    assert ("wagtail.workflow.reject", "reviewer-agii") in actions
    assert ("wagtail.workflow.approve", "reviewer-agii-2") in actions
    assert ("wagtail.publish", "reviewer-agii-2") in actions


def test_a_changed_live_offer_stays_as_it_was_until_approved(client, gent_editor, reviewer):
    offer = factories.offer(parent=factories.municipality_page("Gent"), title="Taalcafé op dinsdag")
    client.force_login(gent_editor)
    edit_page(client, offer, "action-submit", title="Taalcafé op woensdag")
    assert fresh(offer).title == "Taalcafé op dinsdag"
    client.logout()
    public = client.get(offer.url)
    assert public.status_code == 200
    assert "Taalcafé op dinsdag" in public.content.decode()
    assert "Taalcafé op woensdag" not in public.content.decode()


def test_anonymous_visitors_never_see_a_draft(client):
    draft = factories.offer(parent=factories.municipality_page("Gent"), publish=False, title="Nog geheim")
    assert client.get(draft.url).status_code == 404
    assert "Nog geheim" not in client.get(factories.municipality_page("Gent").url).content.decode()
    assert client.get(reverse("wagtailadmin_pages:preview_on_edit", args=(draft.pk,))).status_code in (302, 403)


def test_a_reviewer_cannot_approve_their_own_edit_but_another_reviewer_can(
    client, gent_editor, reviewer, second_reviewer
):
    offer = factories.offer(parent=factories.municipality_page("Gent"), title="Taalcafé op dinsdag")
    client.force_login(gent_editor)
    edit_page(client, offer, "action-submit", title="Taalcafé op woensdag")

    client.force_login(reviewer)
    edit_page(client, fresh(offer), "", title="Taalcafé op woensdagavond")  # saves a revision during review
    editor_html = client.get(reverse("wagtailadmin_pages:edit", args=(offer.pk,))).content.decode()
    assert 'data-workflow-action-name="reject"' in editor_html
    assert 'data-workflow-action-name="approve"' not in editor_html
    workflow_action(client, fresh(offer), "approve")  # the modal's URL, posted by hand
    assert fresh(offer).workflow_in_progress and fresh(offer).title == "Taalcafé op dinsdag"
    edit_page(client, fresh(offer), "action-workflow-action", **{"workflow-action-name": "approve"})
    assert fresh(offer).workflow_in_progress and fresh(offer).title == "Taalcafé op dinsdag"

    client.force_login(second_reviewer)
    second_html = client.get(reverse("wagtailadmin_pages:edit", args=(offer.pk,))).content.decode()
    assert 'data-workflow-action-name="approve"' in second_html
    workflow_action(client, fresh(offer), "approve")
    assert fresh(offer).title == "Taalcafé op woensdagavond" and fresh(offer).live


def test_a_reviewer_who_submits_their_own_change_needs_another_reviewer(client, reviewer, second_reviewer):
    offer = factories.offer(parent=factories.municipality_page("Antwerpen"), title="Sporten in Antwerpen")
    client.force_login(reviewer)
    edit_page(client, offer, "action-submit", title="Sporten in Antwerpen-Noord")
    assert fresh(offer).workflow_in_progress
    workflow_action(client, fresh(offer), "approve")
    assert fresh(offer).workflow_in_progress and fresh(offer).title == "Sporten in Antwerpen"
    client.force_login(second_reviewer)
    workflow_action(client, fresh(offer), "approve")
    assert fresh(offer).title == "Sporten in Antwerpen-Noord"


def test_the_direct_publish_button_is_closed_to_reviewers_and_a_crafted_post_fails(client, reviewer):
    offer = factories.offer(parent=factories.municipality_page("Gent"), title="Taalcafé op dinsdag")
    client.force_login(reviewer)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(offer.pk,))).content.decode()
    assert 'name="action-publish"' not in html
    assert 'name="action-submit"' in html
    edit_page(client, offer, "action-publish", title="Zelf gepubliceerd")
    assert fresh(offer).title == "Taalcafé op dinsdag"
    assert not PageLogEntry.objects.filter(page=offer, action="wagtail.publish", user=reviewer).exists()

    gent = factories.municipality_page("Gent")
    add_url = reverse("wagtailadmin_pages:add", args=("offers", "offerpage", gent.pk))
    client.post(add_url, {"title": "Nieuw", "slug": "nieuw-en-meteen-live", "action-publish": "1"})
    assert not OfferPage.objects.filter(slug="nieuw-en-meteen-live", live=True).exists()


def test_reviewers_bulk_publish_of_their_own_draft_is_refused_but_another_reviewer_may(
    client, reviewer, second_reviewer
):
    offer = factories.offer(parent=factories.municipality_page("Gent"), title="Taalcafé op dinsdag")
    client.force_login(reviewer)
    edit_page(client, offer, "", title="Eigen concept")
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    client.post(f"{url}?id={offer.pk}")
    assert fresh(offer).title == "Taalcafé op dinsdag"
    client.force_login(second_reviewer)
    client.post(f"{url}?id={offer.pk}")
    assert fresh(offer).title == "Eigen concept"


def test_an_editor_takes_a_live_offer_offline_at_once_and_it_is_logged(client, gent_editor):
    offer = factories.offer(parent=factories.municipality_page("Gent"))
    client.force_login(gent_editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(offer.pk,))).content.decode()
    assert reverse("workflows_take_offline", args=(offer.pk,)) in html
    # Wagtail's own unpublish stays closed to editors; the take-offline action is theirs.
    client.post(reverse("wagtailadmin_pages:unpublish", args=(offer.pk,)))
    assert fresh(offer).live
    client.post(reverse("workflows_take_offline", args=(offer.pk,)))
    assert not fresh(offer).live
    assert PageLogEntry.objects.filter(page=offer, action="wagtail.unpublish", user=gent_editor).exists()


def test_the_review_workflow_covers_the_dutch_tree_only():
    dutch_offer = factories.offer(parent=factories.municipality_page("Gent"))
    assert dutch_offer.get_workflow().name == "AgII review"
    for home in HomePage.objects.exclude(locale=Locale.get_default()):
        assert home.get_workflow() is None
