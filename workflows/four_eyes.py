"""The four-eyes rule: a change reaches the live Dutch site only when someone other than its
author approved it.

"Own edit" means: any revision of the page the user saved since the current workflow started,
including the revision they submitted it with (or, outside a workflow, since the page was last
published)."""

from django.db.models import Q
from wagtail.models import Page


def _revisions_by(page: Page, user, since):
    revisions = page.revisions.filter(user_id=user.pk)
    if since is not None:
        revisions = revisions.filter(created_at__gte=since)
    return revisions


def edited_since_workflow_started(page: Page, user) -> bool:
    """Did ``user`` save a revision of ``page`` since its workflow in progress started?"""
    if not user.is_authenticated:
        return False
    workflow_state = page.current_workflow_state
    if workflow_state is None:
        return False
    # The revision a workflow was submitted (or resubmitted) with is saved just before its task
    # state starts, so it is counted through the task states, not by its time.
    submitted = workflow_state.task_states.values("revision_id")
    revisions = page.revisions.filter(user_id=user.pk)
    return revisions.filter(Q(created_at__gte=workflow_state.created_at) | Q(pk__in=submitted)).exists()


def has_own_unpublished_changes(page: Page, user) -> bool:
    """Would publishing ``page`` now put revisions by ``user`` live? (Since the workflow started,
    or the last publication, whichever came first.)"""
    if not user.is_authenticated:
        return False
    moments = [page.last_published_at]
    workflow_state = page.current_workflow_state
    if workflow_state is not None:
        moments.append(workflow_state.created_at)
    known = [moment for moment in moments if moment is not None]
    since = min(known) if known else None
    return _revisions_by(page, user, since).exists()


def publishes_only_through_review(page: Page, user) -> bool:
    """True when ``user`` must not use the direct "Publish" button on ``page``: the page is under
    a workflow (the Dutch tree) and the user is not a superuser. Publishing from the edit form
    always saves a revision by the user first, so it would always publish their own change."""
    if user.is_superuser:
        return False
    return page.get_workflow() is not None
