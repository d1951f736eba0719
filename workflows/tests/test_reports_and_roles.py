"""The admin reports, the CSV guard, organisations, regional networks and the demo roles."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission

from municipalities.models import Municipality
from offers.models import MunicipalityPage, OfferPage, Organisation
from offers.tests import factories
from workflows.exports import neutralise_cell
from workflows.models import RegionalNetwork
from workflows.roles import REVIEWERS_GROUP, assign_demo_roles, sync_editorial_roles

from .admin_client import edit_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "value, shown",
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+32 9 266", "'+32 9 266"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Gent", "Gent"),
        (3, 3),
        (None, None),
    ],
)
def test_neutralise_cell_defuses_formula_like_text_only(value, shown):
    assert neutralise_cell(value) == shown


def _due(municipality, title):
    offer = factories.offer(parent=factories.municipality_page(municipality), title=title)
    OfferPage.objects.filter(pk=offer.pk).update(review_by=timezone.localdate() - datetime.timedelta(days=3))
    return offer


def test_offers_to_review_shows_an_editor_only_their_municipality_and_exports_safe_csv(client, gent_editor, reviewer):
    _due("Gent", "=cmd|' /C calc'!A0")
    _due("Antwerpen", "Sporten in Antwerpen")
    client.force_login(gent_editor)
    html = client.get(reverse("workflows_offers_to_review")).content.decode()
    assert "calc" in html and "Sporten in Antwerpen" not in html
    csv_text = b"".join(client.get(reverse("workflows_offers_to_review") + "?export=csv").streaming_content).decode()
    assert "'=cmd" in csv_text and "\n=cmd" not in csv_text

    client.force_login(reviewer)
    html = client.get(reverse("workflows_offers_to_review")).content.decode()
    assert "calc" in html and "Sporten in Antwerpen" in html
    antwerpen = Municipality.objects.get(name_nl="Antwerpen")
    filtered = client.get(reverse("workflows_offers_to_review") + f"?municipality={antwerpen.pk}").content.decode()
    assert "Sporten in Antwerpen" in filtered and "calc" not in filtered


def test_waiting_for_review_lists_submissions_oldest_first_with_a_link_to_what_changed(client, gent_editor, reviewer):
    first = factories.offer(parent=factories.municipality_page("Gent"), title="Eerste aanvraag")
    second = factories.offer(parent=factories.municipality_page("Gent"), title="Tweede aanvraag")
    client.force_login(gent_editor)
    edit_page(client, first, "action-submit", title="Eerste aanvraag (nieuw)")
    edit_page(client, second, "action-submit", title="Tweede aanvraag (nieuw)")
    client.force_login(reviewer)
    html = client.get(reverse("workflows_waiting_for_review")).content.decode()
    table = html[html.index('<table class="listing">') :]
    assert table.index("Eerste aanvraag") < table.index("Tweede aanvraag")
    revision = OfferPage.objects.get(pk=first.pk).latest_revision
    assert reverse("wagtailadmin_pages:revisions_compare", args=(first.pk, "live", revision.pk)) in html
    csv_text = b"".join(client.get(reverse("workflows_waiting_for_review") + "?export=csv").streaming_content).decode()
    assert "Eerste aanvraag (nieuw)" in csv_text and "redactie-gent" in csv_text


def test_editors_propose_organisations_but_only_reviewers_edit_them(client, gent_editor, reviewer):
    shared = factories.organisation(name="Bibliotheek De Krook")
    client.force_login(gent_editor)
    add_url = reverse("wagtailsnippets_offers_organisation:add")
    client.post(add_url, {"name": "Voetbalclub Gent-Zuid", "description": "", "locale": ""})
    assert Organisation.objects.filter(name="Voetbalclub Gent-Zuid").exists()
    edit_url = reverse("wagtailsnippets_offers_organisation:edit", args=(shared.pk,))
    client.post(edit_url, {"name": "Gewijzigd door redactie"})
    assert Organisation.objects.get(pk=shared.pk).name == "Bibliotheek De Krook"
    client.force_login(reviewer)
    assert client.get(edit_url).status_code == 200


def test_a_regional_network_group_follows_its_municipalities(network_member):
    network = RegionalNetwork.objects.get(name="Gent en omgeving")
    gent = MunicipalityPage.objects.filter(municipality__name_nl="Gent")
    assert GroupPagePermission.objects.filter(group=network.group, page__in=gent).exists()
    network.municipalities = [Municipality.objects.get(name_nl="Antwerpen")]
    network.save()
    assert not GroupPagePermission.objects.filter(group=network.group, page__in=gent).exists()
    antwerpen = MunicipalityPage.objects.filter(municipality__name_nl="Antwerpen")
    assert GroupPagePermission.objects.filter(group=network.group, page__in=antwerpen).exists()
    network.name = "Antwerpen en omgeving"
    network.save()
    assert Group.objects.get(pk=network.group_id).name == "Regionaal netwerk Antwerpen en omgeving"


def test_syncing_roles_again_changes_nothing_and_repairs_a_lost_grant():
    group = Group.objects.get(name="Redactie Gent")
    GroupPagePermission.objects.filter(group=group).delete()
    counts = sync_editorial_roles()
    assert counts["page permissions added"] == GroupPagePermission.objects.filter(group=group).count() > 0
    assert sync_editorial_roles()["page permissions added"] == 0
    assert Group.objects.filter(name__startswith="Redactie ").count() == Municipality.objects.current().count()


def test_demo_users_get_their_groups():
    User = get_user_model()
    for username in ("redactie-gent", "redactie-antwerpen", "reviewer-agii", "reviewer-agii-2"):
        User.objects.create_user(username=username, password="x")
    assigned = assign_demo_roles()
    assert assigned["redactie-gent"] == ["Redactie Gent"]
    assert assigned["redactie-antwerpen"] == ["Redactie Antwerpen"]
    assert assigned["reviewer-agii-2"] == [REVIEWERS_GROUP]
    assert assign_demo_roles() == assigned
