"""The public "Add your activity" form, its guards, and the editors' accept / decline."""

import io

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image

from offers.models import OfferPage, Organisation
from offers.tests.factories import organisation
from pipeline.models import Proposal

pytestmark = pytest.mark.django_db

VALID = {
    "municipality_text": "Borsbeek",
    "organisation_name": "Bibliotheek Borsbeek",
    "organisation_website": "https://bib.borsbeek.example.be",
    "submitter_email": "bib@borsbeek.example.be",
    "title": "Voorleesuur in de bib",
    "offer_type": "language_practice",
    "goal_list": ["practise_dutch", "meet_people"],
    "summary": "Je leest samen met anderen een eenvoudig boek.",
    "description": "We lezen elke woensdag een kort verhaal. Daarna praten we erover.",
    "dutch_level": "2",
    "weekday_daytime": "on",
    "address": "Dorpsstraat 20",
    "postcode": "2150",
    "place": "Borsbeek",
    "is_free": "on",
    "in_duo_or_group": "on",
    "contact_name": "Lotte",
    "contact_email": "lotte@borsbeek.example.be",
    "join_instructions": "Kom naar de balie van de bib.",
}


@pytest.fixture(autouse=True)
def empty_rate_limit():
    cache.clear()
    yield
    cache.clear()


def url(language="nl"):
    with translation.override(language):
        return reverse("propose")  # /nl/propose/


def png(width=800, height=600, image_format="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "orange").save(buffer, image_format)
    return SimpleUploadedFile(f"foto.{image_format.lower()}", buffer.getvalue(), content_type="image/png")


def test_voor_organisaties_page_links_to_the_form(client):
    from wagtail.models import Locale

    from home.models import HomePage, StandardPage
    from publishing.pages import create_page

    home = HomePage.objects.get(locale=Locale.get_default())
    page = create_page(home, StandardPage(title="Voor organisaties", slug="voor-organisaties"))
    html = client.get(page.url).content.decode()
    assert f'href="{url()}"' in html


def test_form_shows_its_fields(client):
    response = client.get(url())
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="municipality_text"' in html and 'name="goal_list"' in html and 'name="dutch_level"' in html


def test_valid_proposal_is_stored_for_the_current_municipality_and_confirmed_by_mail(client):
    known = organisation(name="Bibliotheek Borsbeek")

    response = client.post(url(), VALID)

    assert response.status_code == 302 and response.url == reverse("proposal_thanks")
    proposal = Proposal.objects.get()
    assert proposal.municipality.name_nl == "Antwerpen"  # Borsbeek merged into Antwerpen in 2025
    assert proposal.organisation == known
    assert proposal.goals == ["practise_dutch", "meet_people"]
    assert proposal.status == Proposal.Status.NEW and proposal.quality_score == 100
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["bib@borsbeek.example.be"]
    assert "Voorleesuur in de bib" in mail.outbox[0].subject


def test_unknown_organisation_is_proposed_as_new(client):
    client.post(url(), VALID | {"organisation_name": "Nieuwe Vereniging"})
    assert Proposal.objects.get().organisation is None


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"municipality_text": "Atlantis"}, "municipality_text"),
        ({"municipality_text": "1040"}, "municipality_text"),  # two municipalities share it
        ({"organisation_name": ""}, "organisation_name"),
        ({"submitter_email": "bib-at-borsbeek"}, "submitter_email"),
        ({"title": ""}, "title"),
        ({"offer_type": "feest"}, "offer_type"),
        ({"goal_list": []}, "goal_list"),
        ({"summary": ""}, "summary"),
        ({"summary": "x" * 201}, "summary"),
        ({"description": ""}, "description"),
        ({"dutch_level": "9"}, "dutch_level"),
        ({"start_date": "2027-05-01", "end_date": "2027-04-01"}, "end_date"),
        ({"end_date": "2020-01-01"}, "end_date"),
        ({"hours_per_week": "veel"}, "hours_per_week"),
        ({"address": "", "postcode": ""}, "address"),
        ({"is_free": ""}, "cost_description"),
        ({"contact_name": ""}, "contact_name"),
        ({"contact_email": "lotte-at-bib"}, "contact_email"),
        ({"contact_email": ""}, "contact_email"),  # no way to join at all
        ({"contact_url": "niet een adres"}, "contact_url"),
        ({"weekday_daytime": ""}, "weekday_daytime"),  # no time at all
    ],
)
def test_invalid_input_shows_the_form_again_with_the_error_next_to_its_field_and_keeps_the_input(
    client, changes, field
):
    data = {key: value for key, value in (VALID | changes).items() if value != ""}

    response = client.post(url(), data)

    html = response.content.decode()
    assert response.status_code == 400
    assert f'id="id_{field}_error"' in html
    assert 'value="Dorpsstraat 20"' in html or "Dorpsstraat 20" not in str(data)  # typed input stays
    assert "We lezen elke woensdag" in html or not data.get("description")
    assert Proposal.objects.count() == 0 and mail.outbox == []


def test_image_without_alt_text_is_refused(client):
    response = client.post(url(), VALID | {"image_file": png()})
    assert response.status_code == 400 and 'id="id_image_alt_text_error"' in response.content.decode()


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("foto.png", b"not really an image", content_type="image/png"),
        "small",
        "gif",
    ],
)
def test_uploaded_file_must_be_a_real_image_of_reasonable_size(client, upload):
    if upload == "small":
        upload = png(100, 80)
    elif upload == "gif":
        upload = png(image_format="GIF")
    response = client.post(url(), VALID | {"image_file": upload, "image_alt_text": "Kinderen lezen"})
    assert response.status_code == 400 and 'id="id_image_file_error"' in response.content.decode()


def test_image_too_many_bytes_is_refused(client, settings):
    settings.PROPOSAL_IMAGE_MAX_BYTES = 1000
    response = client.post(url(), VALID | {"image_file": png(), "image_alt_text": "Kinderen lezen"})
    assert 'id="id_image_file_error"' in response.content.decode()


def test_valid_image_is_stored_through_default_storage(client):
    client.post(url(), VALID | {"image_file": png(), "image_alt_text": "Kinderen lezen samen een boek"})
    proposal = Proposal.objects.get()
    assert proposal.image.startswith("proposals/") and proposal.image.endswith(".png")
    assert default_storage.exists(proposal.image)
    default_storage.delete(proposal.image)


def test_honeypot_filled_in_looks_accepted_but_stores_nothing(client):
    response = client.post(url(), VALID | {"website_url": "http://spam.example"})
    assert response.status_code == 302
    assert Proposal.objects.count() == 0 and mail.outbox == []


def test_rate_limit_per_client_refuses_the_sixth_proposal_in_an_hour(client, settings):
    settings.PROPOSALS_PER_HOUR = 5
    for number in range(5):
        assert client.post(url(), VALID | {"title": f"Activiteit {number}"}).status_code == 302
    response = client.post(url(), VALID | {"title": "Nog een"}, REMOTE_ADDR="127.0.0.1")
    assert response.status_code == 429
    assert "Nog een" in response.content.decode()  # nothing typed is lost
    assert Proposal.objects.count() == 5
    other = client.post(url(), VALID | {"title": "Van elders"}, REMOTE_ADDR="10.9.8.7")
    assert other.status_code == 302


def test_rate_limit_key_is_a_hash_not_the_raw_address(rf):
    from pipeline.proposals import client_key

    request = rf.post("/", REMOTE_ADDR="203.0.113.9")
    assert "203.0.113.9" not in client_key(request)


def test_csrf_is_required(client):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post(url(), VALID).status_code == 403


# --- the editors' side --------------------------------------------------------------------------


def sent_proposal(client, language="nl", **changes):
    client.post(url(language), VALID | changes)
    mail.outbox.clear()
    return Proposal.objects.latest("pk")


def test_editors_see_the_proposals_of_their_own_municipality_only(client, gent_editor, antwerpen_editor):
    sent_proposal(client)  # Antwerpen
    client.force_login(gent_editor)
    assert "Voorleesuur in de bib" not in client.get(reverse("pipeline_proposals")).content.decode()
    client.force_login(antwerpen_editor)
    assert "Voorleesuur in de bib" in client.get(reverse("pipeline_proposals")).content.decode()


def test_accepting_makes_a_draft_offer_in_review_and_tells_the_organisation(client, antwerpen_editor):
    proposal = sent_proposal(client, organisation_name="Nieuwe Leesclub")
    client.force_login(antwerpen_editor)

    response = client.post(reverse("pipeline_proposal_accept", args=(proposal.pk,)))

    proposal.refresh_from_db()
    offer = proposal.offer
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_pages:edit", args=(offer.pk,))
    assert proposal.status == Proposal.Status.ACCEPTED and proposal.decided_by == antwerpen_editor
    offer = OfferPage.objects.get(pk=offer.pk)
    assert not offer.live and offer.workflow_in_progress
    assert offer.municipality.name_nl == "Antwerpen"
    assert offer.description == "<p>We lezen elke woensdag een kort verhaal. Daarna praten we erover.</p>"
    assert sorted(offer.goals.values_list("code", flat=True)) == ["meet_people", "practise_dutch"]
    assert Organisation.objects.filter(name="Nieuwe Leesclub").exists()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["bib@borsbeek.example.be"]
    assert "Voorleesuur in de bib" in mail.outbox[0].subject


def test_accepting_with_an_image_makes_a_wagtail_image_with_alt_text(client, antwerpen_editor):
    proposal = sent_proposal(client, image_file=png(), image_alt_text="Kinderen lezen samen")
    client.force_login(antwerpen_editor)
    client.post(reverse("pipeline_proposal_accept", args=(proposal.pk,)))
    offer = OfferPage.objects.get(pk=Proposal.objects.get(pk=proposal.pk).offer_id)
    assert offer.image is not None and offer.image_alt_text == "Kinderen lezen samen"
    assert offer.image.collection.name == "Antwerpen"


def test_declining_keeps_the_message_and_mails_it(client, antwerpen_editor):
    proposal = sent_proposal(client)
    client.force_login(antwerpen_editor)

    client.post(
        reverse("pipeline_proposal_decline", args=(proposal.pk,)), {"message": "Dit is een les, geen ontmoeting."}
    )

    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.DECLINED
    assert proposal.decline_message == "Dit is een les, geen ontmoeting."
    assert proposal.offer is None
    assert "Dit is een les, geen ontmoeting." in mail.outbox[0].body


def test_editor_of_another_municipality_cannot_decide(client, gent_editor):
    proposal = sent_proposal(client)
    client.force_login(gent_editor)
    refused = client.post(reverse("pipeline_proposal_accept", args=(proposal.pk,)))
    assert refused.status_code == 302 and refused.url == "/admin/"  # Wagtail: "no permission" message
    client.post(reverse("pipeline_proposal_decline", args=(proposal.pk,)), {"message": "Nee"})
    assert Proposal.objects.get(pk=proposal.pk).status == Proposal.Status.NEW


def test_decision_mail_is_in_the_language_the_organisation_used(client, antwerpen_editor):
    proposal = sent_proposal(client, language="en")
    assert proposal.language == "en"
    client.force_login(antwerpen_editor)  # the admin speaks Dutch
    client.post(reverse("pipeline_proposal_accept", args=(proposal.pk,)))
    assert mail.outbox[0].subject == "Your activity was accepted: Voorleesuur in de bib"
