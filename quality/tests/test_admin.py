"""The report in the editor, the submit gate, and the dashboard."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from offers.tests.factories import offer
from workflows.tests.admin_client import edit_page

pytestmark = pytest.mark.django_db


def admin_text(message):
    """``message`` as the (Dutch) admin shows it."""
    with translation.override("nl"):
        return gettext(message)


def test_editor_sees_the_quality_report_above_the_fields(client, gent_editor):
    page = offer(publish=False, join_instructions="")
    client.force_login(gent_editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert 'data-quality-score="92"' in html
    assert admin_text("Explain how to join in one or two short sentences.") in html


def test_submitting_an_offer_with_blocking_problems_saves_a_draft_and_lists_them(client, gent_editor):
    page = offer(publish=False)
    client.force_login(gent_editor)

    response = edit_page(client, page, "action-submit", start_date="2019-09-01", end_date="2020-01-31")

    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.workflow_in_progress
    assert str(page.get_latest_revision_as_object().end_date) == "2020-01-31"  # the edit was kept as a draft
    html = client.get(response.url, follow=True).content.decode()
    assert admin_text("Not submitted for review; your changes are saved as a draft. Fix these first:") in html
    assert admin_text("The end date %(date)s is in the past.") % {"date": "2020-01-31"} in html


def test_submitting_an_offer_with_only_warnings_goes_to_review(client, gent_editor):
    page = offer(publish=False)
    client.force_login(gent_editor)

    edit_page(client, page, "action-submit", join_instructions="")

    page.refresh_from_db()
    assert page.workflow_in_progress


def test_dashboard_lists_weakest_municipality_and_worst_offer_first(client, reviewer):
    from offers.tests.factories import municipality_page

    offer(title="Goed aanbod", slug="goed")
    offer(municipality_page("Antwerpen"), title="Zwak aanbod", slug="zwak", join_instructions="", place="")
    client.force_login(reviewer)

    html = client.get(reverse("quality_dashboard")).content.decode()

    assert html.index("Antwerpen") < html.index("Gent")
    worst_list = html.split(admin_text("Offers that need work (worst first)"))[1]
    assert "Zwak aanbod" in worst_list and "Goed aanbod" not in worst_list


def test_editor_dashboard_shows_only_their_municipality(client, gent_editor):
    from offers.tests.factories import municipality_page

    offer(municipality_page("Antwerpen"), title="Zwak aanbod", slug="zwak", join_instructions="")
    offer(title="Gents aanbod", slug="gents", join_instructions="")
    client.force_login(gent_editor)
    html = client.get(reverse("quality_dashboard")).content.decode()
    assert "Gents aanbod" in html and "Zwak aanbod" not in html


def test_page_listing_shows_each_offers_quality_score(client, gent_editor):
    from offers.tests.factories import municipality_page

    offer(publish=False, join_instructions="", title="Zonder uitleg", slug="zonder-uitleg")
    client.force_login(gent_editor)
    html = client.get(reverse("wagtailadmin_explore", args=(municipality_page("Gent").pk,))).content.decode()
    assert 'data-quality-score="92"' in html


def test_creating_and_submitting_an_offer_with_an_ended_date_saves_a_draft_only(client, gent_editor):
    import json

    from offers.models import OfferPage
    from offers.tests.factories import municipality_page
    from workflows.tests.admin_client import form_data

    parent = municipality_page("Gent")
    url = reverse("wagtailadmin_pages:add", args=("offers", "offerpage", parent.pk))
    client.force_login(gent_editor)
    data = form_data(client.get(url).content.decode(), "page-edit-form")
    block = {"key": "a1", "type": "unstyled", "text": "Elke dinsdag praten we samen.", "depth": 0}
    data.update(
        title="Oud taalcafé",
        slug="oud-taalcafe",
        offer_type="language_practice",
        goals="meet_people",
        summary="Je praat Nederlands bij een kop koffie.",
        description=json.dumps({"blocks": [block | {"inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}),
        dutch_level="1",
        weekday_daytime="on",
        is_free="on",
        address="Sleutelstraat 1",
        postcode="9000",
        contact_email="sara@desleutel.example.be",
        start_date="2019-09-01",
        end_date="2020-01-31",
    )
    data["action-submit"] = "1"

    client.post(url, data)

    page = OfferPage.objects.get(slug="oud-taalcafe")
    assert not page.live and not page.workflow_in_progress
