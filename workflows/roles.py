"""The three roles as Wagtail groups, kept in sync with the municipalities.

- "Redactie <gemeente>" (one per current municipality): add and edit pages in that
  municipality's subtree, in every locale; images and documents in its own collection; choose
  organisations and propose new ones. No publish: their changes go through the "AgII review"
  workflow (and they take a live offer offline through ``workflows.views.take_offline``).
- "Regionaal netwerk <naam>": the rights of each municipality of a ``RegionalNetwork``.
- "AgII reviewers": every locale's home page (so every municipality) with publish, lock and
  unlock; all municipal collections; organisations and regional networks; they are the group of
  the four-eyes approval task.

Everything here is idempotent: ``sync_editorial_roles`` runs after every municipality load
(``municipalities_loaded``) and repairs what is missing."""

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.models import HomePage
from municipalities.models import Municipality
from offers.models import MunicipalityPage

from .models import FourEyesApprovalTask, MunicipalityEditorGroup, RegionalNetwork

logger = logging.getLogger(__name__)

REVIEWERS_GROUP = "AgII reviewers"
EDITOR_GROUP_NAME = "Redactie {name}"
NETWORK_GROUP_NAME = "Regionaal netwerk {name}"
MUNICIPALITIES_COLLECTION = "Gemeenten"
REVIEW_WORKFLOW = "AgII review"
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

EDITOR_PAGE_ACTIONS = ("add", "change")
REVIEWER_PAGE_ACTIONS = ("add", "change", "publish", "lock", "unlock")
EDITOR_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
REVIEWER_COLLECTION_PERMISSIONS = EDITOR_COLLECTION_PERMISSIONS + (
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
)
EDITOR_MODEL_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("offers", "add_organisation"),
    ("offers", "view_organisation"),
)
REVIEWER_MODEL_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("offers", "add_organisation"),
    ("offers", "change_organisation"),
    ("offers", "delete_organisation"),
    ("offers", "view_organisation"),
    ("workflows", "add_regionalnetwork"),
    ("workflows", "change_regionalnetwork"),
    ("workflows", "delete_regionalnetwork"),
    ("workflows", "view_regionalnetwork"),
)

DEMO_ROLES = {
    "redactie-gent": ("municipality", "Gent"),
    "redactie-antwerpen": ("municipality", "Antwerpen"),
    "reviewer-agii": ("reviewers", None),
    "reviewer-agii-2": ("reviewers", None),
}


# --- permissions ------------------------------------------------------------------------------


def _permissions(pairs) -> list[Permission]:
    wanted = set(pairs)
    found = [
        permission
        for permission in Permission.objects.filter(codename__in={codename for _, codename in wanted}).select_related(
            "content_type"
        )
        if (permission.content_type.app_label, permission.codename) in wanted
    ]
    if len(found) != len(wanted):
        missing = wanted - {(p.content_type.app_label, p.codename) for p in found}
        raise LookupError(f"permissions missing (migrations not run?): {sorted(missing)}")
    return found


def _page_permissions(actions) -> list[Permission]:
    return _permissions(("wagtailcore", f"{action}_page") for action in actions)


def grant_page_permissions(group: Group, pages, actions, *, exact: bool = False) -> int:
    """Give ``group`` the page ``actions`` on each of ``pages`` (they propagate to descendants).
    With ``exact``, remove the group's other page permissions. Returns the number added."""
    permissions = _page_permissions(actions)
    wanted = {(page.pk, permission.pk) for page in pages for permission in permissions}
    existing = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission_id"))
    if exact:
        stale = existing - wanted
        for page_id, permission_id in stale:
            GroupPagePermission.objects.filter(group=group, page_id=page_id, permission_id=permission_id).delete()
    missing = wanted - existing
    GroupPagePermission.objects.bulk_create(
        [GroupPagePermission(group=group, page_id=page_id, permission_id=pid) for page_id, pid in sorted(missing)]
    )
    return len(missing)


def grant_collection_permissions(group: Group, collections, pairs, *, exact: bool = False) -> int:
    permissions = _permissions(pairs)
    wanted = {(collection.pk, permission.pk) for collection in collections for permission in permissions}
    existing = set(GroupCollectionPermission.objects.filter(group=group).values_list("collection_id", "permission_id"))
    if exact:
        for collection_id, permission_id in existing - wanted:
            GroupCollectionPermission.objects.filter(
                group=group, collection_id=collection_id, permission_id=permission_id
            ).delete()
    missing = wanted - existing
    GroupCollectionPermission.objects.bulk_create(
        [GroupCollectionPermission(group=group, collection_id=cid, permission_id=pid) for cid, pid in sorted(missing)]
    )
    return len(missing)


# --- collections --------------------------------------------------------------------------------


def municipalities_collection() -> Collection:
    """The "Gemeenten" collection that holds one collection per municipality."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=MUNICIPALITIES_COLLECTION).first()
    return existing or root.add_child(name=MUNICIPALITIES_COLLECTION)


# --- the reviewers ------------------------------------------------------------------------------


def reviewers_group() -> Group:
    group, _created = Group.objects.get_or_create(name=REVIEWERS_GROUP)
    return group


def ensure_reviewers() -> Group:
    group = reviewers_group()
    group.permissions.add(*_permissions(REVIEWER_MODEL_PERMISSIONS))
    grant_page_permissions(group, HomePage.objects.all(), REVIEWER_PAGE_ACTIONS)
    grant_collection_permissions(group, [municipalities_collection()], REVIEWER_COLLECTION_PERMISSIONS)
    return group


def grant_home_page(page) -> None:
    """A home page (of any locale) appeared: reviewers see everything below it."""
    grant_page_permissions(reviewers_group(), [page], REVIEWER_PAGE_ACTIONS)


# --- municipal editors --------------------------------------------------------------------------


def editor_group_for(municipality: Municipality) -> MunicipalityEditorGroup:
    """The editor group and collection of ``municipality``, created (or renamed) when needed."""
    name = EDITOR_GROUP_NAME.format(name=municipality.name_nl)
    link = MunicipalityEditorGroup.objects.select_related("group", "collection").filter(municipality=municipality)
    link = link.first()
    if link is None:
        group, _created = Group.objects.get_or_create(name=name)
        link = MunicipalityEditorGroup.objects.create(municipality=municipality, group=group)
    elif link.group.name != name and not Group.objects.filter(name=name).exists():
        link.group.name = name
        link.group.save(update_fields=["name"])
    if link.collection is None:
        parent = municipalities_collection()
        collection = parent.get_children().filter(name=municipality.name_nl).first()
        link.collection = collection or parent.add_child(name=municipality.name_nl)
        link.save(update_fields=["collection"])
    elif link.collection.name != municipality.name_nl:
        link.collection.name = municipality.name_nl
        link.collection.save(update_fields=["name"])
    return link


def ensure_municipal_editors(municipality: Municipality) -> tuple[MunicipalityEditorGroup, int]:
    link = editor_group_for(municipality)
    link.group.permissions.add(*_permissions(EDITOR_MODEL_PERMISSIONS))
    pages = MunicipalityPage.objects.filter(municipality=municipality)
    added = grant_page_permissions(link.group, pages, EDITOR_PAGE_ACTIONS)
    grant_collection_permissions(link.group, [link.collection], EDITOR_COLLECTION_PERMISSIONS)
    return link, added


def grant_municipality_page(page: MunicipalityPage) -> None:
    """A municipality page (of any locale) appeared: its editors and regional networks get it."""
    link = MunicipalityEditorGroup.objects.select_related("group").filter(municipality_id=page.municipality_id)
    link = link.first()
    if link is not None:
        grant_page_permissions(link.group, [page], EDITOR_PAGE_ACTIONS)
    for network in RegionalNetwork.objects.filter(municipalities=page.municipality_id, group__isnull=False):
        grant_page_permissions(network.group, [page], EDITOR_PAGE_ACTIONS)


# --- regional networks --------------------------------------------------------------------------


def sync_regional_network(network: RegionalNetwork) -> Group:
    """Give the network's group exactly the rights of each of its municipalities."""
    name = NETWORK_GROUP_NAME.format(name=network.name)
    group = network.group
    if group is None:
        group, _created = Group.objects.get_or_create(name=name)
        RegionalNetwork.objects.filter(pk=network.pk).update(group=group)
        network.group = group
    elif group.name != name:
        group.name = name
        group.save(update_fields=["name"])
    group.permissions.add(*_permissions(EDITOR_MODEL_PERMISSIONS))
    municipalities = list(network.municipalities.all())
    pages = MunicipalityPage.objects.filter(municipality__in=municipalities)
    grant_page_permissions(group, pages, EDITOR_PAGE_ACTIONS, exact=True)
    collections = [editor_group_for(municipality).collection for municipality in municipalities]
    grant_collection_permissions(group, collections, EDITOR_COLLECTION_PERMISSIONS, exact=True)
    return group


# --- the workflow -------------------------------------------------------------------------------


def ensure_review_workflow() -> Workflow | None:
    """ "AgII review" (one four-eyes task for the reviewers) on the Dutch home page only.

    Wagtail's own default workflow on the root page would also cover the other locales, whose
    machine translations are published directly: its root assignment is removed."""
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        return None
    task = FourEyesApprovalTask.objects.filter(name=REVIEW_WORKFLOW).first()
    if task is None:
        task = FourEyesApprovalTask.objects.create(name=REVIEW_WORKFLOW, active=True)
    task.groups.add(reviewers_group())
    workflow, _created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    WorkflowPage.objects.filter(page__depth=1, workflow__name=WAGTAIL_DEFAULT_WORKFLOW).delete()
    return workflow


# --- all together -------------------------------------------------------------------------------


def sync_editorial_roles(report=None) -> dict[str, int]:
    """Bring every group, grant, collection and the workflow up to date. Safe to run repeatedly."""
    counts = {"editor groups": 0, "page permissions added": 0, "regional networks": 0}
    with transaction.atomic():
        ensure_reviewers()
        ensure_review_workflow()
    for municipality in Municipality.objects.current().order_by("name_nl"):
        with transaction.atomic():
            _link, added = ensure_municipal_editors(municipality)
        counts["editor groups"] += 1
        counts["page permissions added"] += added
    for network in RegionalNetwork.objects.all():
        with transaction.atomic():
            sync_regional_network(network)
        counts["regional networks"] += 1
    if report is not None:
        for what, amount in counts.items():
            report.count(what, amount)
    return counts


def assign_demo_roles(stdout=None) -> dict[str, list[str]]:
    """Put the demo users (made by ``seed_demo``) in their groups. Users that do not exist are
    skipped and reported; running it twice changes nothing."""
    User = get_user_model()
    if not Group.objects.filter(name=REVIEWERS_GROUP).exists() or not MunicipalityEditorGroup.objects.exists():
        sync_editorial_roles()
    assigned = {}
    for username, (role, municipality_name) in DEMO_ROLES.items():
        user = User.objects.filter(username=username).first()
        if user is None:
            if stdout is not None:
                stdout.write(f"  {username}: no such user (run seed_demo first); skipped")
            continue
        if role == "reviewers":
            group = reviewers_group()
        else:
            municipality = Municipality.objects.current().get(name_nl=municipality_name)
            group = ensure_municipal_editors(municipality)[0].group
        user.groups.add(group)
        assigned[username] = sorted(user.groups.values_list("name", flat=True))
        if stdout is not None:
            stdout.write(f"  {username}: {', '.join(assigned[username])}")
    return assigned
