import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from workflows.models import MunicipalityEditorGroup
from workflows.roles import REVIEWERS_GROUP


def make_user(username, *groups, **fields):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.be", password="x", **fields
    )
    user.groups.add(*groups)
    return user


@pytest.fixture
def gent_editor(db):
    return make_user("redactie-gent", MunicipalityEditorGroup.objects.get(municipality__name_nl="Gent").group)


@pytest.fixture
def antwerpen_editor(db):
    return make_user("redactie-antwerpen", MunicipalityEditorGroup.objects.get(municipality__name_nl="Antwerpen").group)


@pytest.fixture
def reviewer(db):
    return make_user("reviewer-agii", Group.objects.get(name=REVIEWERS_GROUP))


@pytest.fixture(autouse=True)
def english_messages():
    """Reports and messages are compared in English (the msgids), whatever the catalogue holds."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded proposal images and import files go to a temporary folder, never media/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    yield
