import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from municipalities.models import Municipality
from workflows.models import MunicipalityEditorGroup, RegionalNetwork
from workflows.roles import REVIEWERS_GROUP


def make_user(username, *groups):
    user = get_user_model().objects.create_user(username=username, email=f"{username}@example.be", password="x")
    user.groups.add(*groups)
    return user


def editors_of(name):
    return MunicipalityEditorGroup.objects.get(municipality__name_nl=name).group


@pytest.fixture
def gent_editor(db):
    return make_user("redactie-gent", editors_of("Gent"))


@pytest.fixture
def antwerpen_editor(db):
    return make_user("redactie-antwerpen", editors_of("Antwerpen"))


@pytest.fixture
def reviewer(db):
    return make_user("reviewer-agii", Group.objects.get(name=REVIEWERS_GROUP))


@pytest.fixture
def second_reviewer(db):
    return make_user("reviewer-agii-2", Group.objects.get(name=REVIEWERS_GROUP))


@pytest.fixture
def network_member(db):
    network = RegionalNetwork(name="Gent en omgeving")
    network.municipalities = [Municipality.objects.get(name_nl="Gent")]
    network.save()  # as the admin form does: ClusterableModel.save() writes the municipalities
    return make_user("netwerk-gent", network.group)


@pytest.fixture
def users(gent_editor, antwerpen_editor, reviewer, second_reviewer, network_member):
    return {
        "gent editor": gent_editor,
        "antwerpen editor": antwerpen_editor,
        "reviewer": reviewer,
        "second reviewer": second_reviewer,
        "regional network (Gent)": network_member,
    }
