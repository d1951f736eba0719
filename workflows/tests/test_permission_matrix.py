"""Who may do what, through the admin, for each role in their own and another municipality.

The table ``MATRIX`` is the specification (docs/workflow.md shows the same table); each cell is
one test that clicks through the admin as that user."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

from offers.models import OfferPage
from offers.tests import factories
from workflows.models import MunicipalityEditorGroup

from .admin_client import edit_page, workflow_action
from .conftest import editors_of, make_user

pytestmark = pytest.mark.django_db

ACTIONS = [
    "view in explorer",
    "edit",
    "submit",
    "publish",
    "approve",
    "unpublish own offer",
    "upload image to collection",
]
EDITOR = dict.fromkeys(ACTIONS, True) | {"publish": False, "approve": False}
NOTHING = dict.fromkeys(ACTIONS, False)
REVIEWER = dict.fromkeys(ACTIONS, True) | {"publish": False}

# role -> {"own": expected, "other": expected}; "own" is Gent, "other" is Antwerpen.
MATRIX = {
    "municipal editor (Redactie Gent)": {"own": EDITOR, "other": NOTHING},
    "regional network (Gent)": {"own": EDITOR, "other": NOTHING},
    "AgII reviewer": {"own": REVIEWER, "other": REVIEWER},
}
ROLE_FIXTURES = {
    "municipal editor (Redactie Gent)": "gent_editor",
    "regional network (Gent)": "network_member",
    "AgII reviewer": "reviewer",
}
PLACES = {"own": "Gent", "other": "Antwerpen"}


def _png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "red").save(buffer, "PNG")
    return SimpleUploadedFile("foto.png", buffer.getvalue(), content_type="image/png")


def view_in_explorer(client, user, municipality):
    page = factories.municipality_page(municipality)
    offer = factories.offer(parent=page, title=f"Zichtbaar in {municipality}")
    response = client.get(reverse("wagtailadmin_explore", args=(page.pk,)))
    return response.status_code == 200 and offer.title in response.content.decode()


def edit(client, user, municipality):
    offer = factories.offer(parent=factories.municipality_page(municipality))
    response = client.get(reverse("wagtailadmin_pages:edit", args=(offer.pk,)))
    return response.status_code == 200 and 'id="page-edit-form"' in response.content.decode()


def submit(client, user, municipality):
    offer = factories.offer(parent=factories.municipality_page(municipality))
    edit_page(client, offer, "action-submit", title="Taalcafé, nu ook op woensdag")
    return OfferPage.objects.get(pk=offer.pk).workflow_in_progress


def publish(client, user, municipality):
    offer = factories.offer(parent=factories.municipality_page(municipality))
    edit_page(client, offer, "action-publish", title="Taalcafé, nu ook op woensdag")
    return OfferPage.objects.get(pk=offer.pk).title == "Taalcafé, nu ook op woensdag"


def approve(client, user, municipality):
    offer = factories.offer(parent=factories.municipality_page(municipality))
    submitter = make_user(f"indiener-{offer.pk}", editors_of(municipality))
    offer.title = "Taalcafé, nu ook op woensdag"
    offer.save_revision(user=submitter)
    offer.get_workflow().start(offer, submitter)
    workflow_action(client, OfferPage.objects.get(pk=offer.pk), "approve")
    offer = OfferPage.objects.get(pk=offer.pk)
    return not offer.workflow_in_progress and offer.title == "Taalcafé, nu ook op woensdag"


def unpublish_own_offer(client, user, municipality):
    offer = factories.offer(parent=factories.municipality_page(municipality))
    client.post(reverse("workflows_take_offline", args=(offer.pk,)))
    return not OfferPage.objects.get(pk=offer.pk).live


def upload_image_to_collection(client, user, municipality):
    collection = MunicipalityEditorGroup.objects.get(municipality__name_nl=municipality).collection
    title = f"Foto {municipality} {user.username}"
    client.post(reverse("wagtailimages:add"), {"title": title, "file": _png(), "collection": collection.pk})
    return get_image_model().objects.filter(title=title, collection=collection).exists()


PERFORM = {
    "view in explorer": view_in_explorer,
    "edit": edit,
    "submit": submit,
    "publish": publish,
    "approve": approve,
    "unpublish own offer": unpublish_own_offer,
    "upload image to collection": upload_image_to_collection,
}

CASES = [
    pytest.param(role, where, action, expected[where][action], id=f"{role} | {where} | {action}")
    for role, expected in MATRIX.items()
    for where in ("own", "other")
    for action in ACTIONS
]


@pytest.mark.parametrize("role, where, action, allowed", CASES)
def test_permission_matrix(request, client, role, where, action, allowed, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    user = request.getfixturevalue(ROLE_FIXTURES[role])
    client.force_login(user)
    assert PERFORM[action](client, user, PLACES[where]) is allowed


def matrix_as_markdown() -> str:
    """The table for docs/workflow.md: ``python -c "from workflows.tests.test_permission_matrix
    import matrix_as_markdown; print(matrix_as_markdown())"`` (inside ``manage.py shell``)."""
    lines = ["| role | municipality | " + " | ".join(ACTIONS) + " |", "|---|---|" + "---|" * len(ACTIONS)]
    for role, expected in MATRIX.items():
        for where in ("own", "other"):
            cells = ["allowed" if expected[where][action] else "denied" for action in ACTIONS]
            lines.append(f"| {role} | {where} ({PLACES[where]}) | " + " | ".join(cells) + " |")
    return "\n".join(lines)
