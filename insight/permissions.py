"""Who sees which insight: reviewers ("AgII reviewers") and superusers see Flanders, every
regional network and every municipality; anyone else sees the municipalities whose pages they
can edit (Wagtail page permissions), whatever groups give them that right."""

from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

REVIEWERS_GROUP = "AgII reviewers"


def is_reviewer(user) -> bool:
    return user.is_active and (user.is_superuser or user.groups.filter(name=REVIEWERS_GROUP).exists())


def editable_municipality_ids(user) -> set[int]:
    from offers.models import MunicipalityPage

    if not user.is_active:
        return set()
    pages = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    return set(
        MunicipalityPage.objects.filter(locale=Locale.get_default(), pk__in=pages.values("pk")).values_list(
            "municipality_id", flat=True
        )
    )


def can_use_insight(user) -> bool:
    return bool(user.is_authenticated and (is_reviewer(user) or editable_municipality_ids(user)))


def can_see_feedback(user, page) -> bool:
    return is_reviewer(user) or page.permissions_for_user(user).can_edit()


def regional_network_model():
    """The workflows app's RegionalNetwork, or None while that app is not installed."""
    try:
        return apps.get_model("workflows", "RegionalNetwork")
    except LookupError:
        return None


@dataclass
class Scope:
    value: str
    label: str
    municipality_ids: frozenset[int] | None  # None: all of Flanders and Brussels

    @property
    def is_everything(self) -> bool:
        return self.municipality_ids is None


def available_scopes(user) -> list[Scope]:
    from municipalities.models import Municipality

    if is_reviewer(user):
        scopes = [Scope("all", str(_("Flanders and Brussels (whole site)")), None)]
        network_model = regional_network_model()
        if network_model is not None:
            for network in network_model.objects.prefetch_related("municipalities"):
                ids = frozenset(m.pk for m in network.municipalities.all())
                scopes.append(Scope(f"network-{network.pk}", str(_("Network: %s") % network.name), ids))
        municipalities = Municipality.objects.current()
    else:
        scopes = []
        municipalities = Municipality.objects.filter(pk__in=editable_municipality_ids(user))
    scopes += [Scope(f"municipality-{m.pk}", m.name_nl, frozenset([m.pk])) for m in municipalities.order_by("name_nl")]
    return scopes


def resolve_scope(user, value: str) -> Scope | None:
    scopes = available_scopes(user)
    for scope in scopes:
        if scope.value == value:
            return scope
    return scopes[0] if scopes and not value else None
