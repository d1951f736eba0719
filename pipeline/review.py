"""The one way code sends an offer to the "AgII review" workflow, and the import service account.

Proposals, the importer and the admin use ``submit_for_review``; nothing here publishes."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from quality.checks import quality_report

IMPORT_USERNAME = "import-bot"


class QualityGateRefused(ValidationError):
    """The offer has blocking quality problems; it stays a draft."""

    def __init__(self, report):
        self.report = report
        super().__init__([problem.message for problem in report.blocking])


def import_user(municipality=None):
    """The "import-bot" service account (created on demand, no password, no staff rights of its
    own). It is made a member of the editor group of ``municipality``, so it has exactly a municipal
    editor's rights there: it may add offers and submit them, never publish or approve."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=IMPORT_USERNAME, defaults={"email": "", "first_name": "Import", "last_name": "(automatisch)"}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    if municipality is not None:
        from workflows.roles import ensure_municipal_editors

        group = ensure_municipal_editors(municipality)[0].group
        if not user.groups.filter(pk=group.pk).exists():
            user.groups.add(group)
    return user


def submit_for_review(page, user, *, report=None):
    """Start the page's workflow as ``user`` after the quality gate. Returns the workflow state
    (the running one when the page is already in review). Raises ``QualityGateRefused`` when the
    latest revision has blocking problems."""
    page = page.specific
    workflow = page.get_workflow()
    if workflow is None:
        raise ValidationError(_("This page has no review workflow."))
    if page.workflow_in_progress:
        return page.current_workflow_state
    report = report or quality_report(page.get_latest_revision_as_object())
    if report.blocking:
        raise QualityGateRefused(report)
    return workflow.start(page, user)
