"""Import offers from a file: validate every row first, then write per municipality.

``import_offers(rows, source=…, dry_run=…)`` is the one function the management command, the
background task and the admin upload screen call. Semantics (docs/import-format.md):

- every row is validated before anything is written; one invalid row → nothing is written and
  every error is reported as (row, field, message);
- (source, external ID) identifies an offer; an unchanged row is skipped (no write at all); a
  changed row becomes a new revision and is submitted for review again; an offer with an editor's
  pending draft or a review in progress is a conflict and stays as it is;
- writes happen in one transaction per municipality, so a run that stops halfway is completed by
  running it again (finished municipalities are then skipped as unchanged);
- nothing is ever published: new offers are drafts in the "AgII review" workflow; a row marked
  ``removed`` (a cancelled or deleted UiTdatabank event) unpublishes the offer it fed."""

import logging
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Locale

from offers.models import GoalCategory, MunicipalityPage, OfferPage, Organisation
from publishing.pages import create_page

from .review import import_user, submit_for_review
from .rows import SOURCE_OWNED_FIELDS, TEXT_FIELDS, OfferRowForm, clean_cell

logger = logging.getLogger(__name__)

OWN_EXPORT_SOURCE = "ikdoemee"  # offers exported from this site: the external ID is the page ID
ACTIONS = ("create", "update", "skip", "conflict", "unpublish")


@dataclass
class RowError:
    row: int
    field: str
    message: str

    def __str__(self):
        where = _("row %(row)s") % {"row": self.row}
        return f"{where}, {self.field or '-'}: {self.message}"


@dataclass
class PlannedRow:
    row: int
    source: str
    external_id: str
    action: str = ""
    reason: str = ""
    values: dict = field(default_factory=dict)
    page_id: int | None = None


@dataclass
class ImportReport:
    total: int = 0
    dry_run: bool = False
    errors: list[RowError] = field(default_factory=list)
    counts: dict = field(default_factory=lambda: dict.fromkeys(ACTIONS, 0))
    conflicts: list[PlannedRow] = field(default_factory=list)
    written: bool = False

    @property
    def is_valid(self) -> bool:
        return not self.errors

    def lines(self) -> list[str]:
        lines = []
        if self.errors:
            lines.append(
                _("%(count)s error(s) in %(rows)s row(s); nothing was written:")
                % {"count": len(self.errors), "rows": len({error.row for error in self.errors})}
            )
            lines += [f"  {error}" for error in self.errors]
        for planned in self.conflicts:
            lines.append(
                _("row %(row)s (%(id)s): conflict, %(reason)s")
                % {"row": planned.row, "id": planned.external_id, "reason": planned.reason}
            )
        heading = _("Dry run, nothing written") if self.dry_run else _("Summary")
        counts = ", ".join(f"{name} {self.counts[name]}" for name in ACTIONS)
        lines.append(f"{heading}: {self.total} rows; {counts}")
        return lines

    def as_text(self) -> str:
        return "\n".join(self.lines())

    def as_dict(self) -> dict:
        return {
            "total": self.total,
            "dry_run": self.dry_run,
            "written": self.written,
            "errors": [error.__dict__ for error in self.errors],
            "counts": self.counts,
            "conflicts": [{"row": c.row, "external_id": c.external_id, "reason": c.reason} for c in self.conflicts],
        }


# --- validation ---------------------------------------------------------------------------------


def validate_rows(rows, *, source: str):
    """(planned rows, errors). ``rows`` are (row number, dict) pairs."""
    planned, errors, seen = [], [], {}
    cache = {}
    for number, raw in rows:
        raw = {key.strip(): clean_cell(value) for key, value in raw.items() if key}
        row_source = (raw.get("source") or source or "").strip()
        external_id = str(raw.get("external_id") or "").strip()
        if not row_source:
            errors.append(RowError(number, "source", _("Give the source (column source or --source).")))
        identity = (row_source, external_id)
        if external_id and identity in seen:
            errors.append(RowError(number, "external_id", _("Duplicate of row %(row)s.") % {"row": seen[identity]}))
            continue
        seen[identity] = number
        if raw.get("removed") is True or str(raw.get("removed", "")).lower() in ("1", "true", "ja"):
            if not external_id:
                errors.append(RowError(number, "external_id", _("This field is required.")))
            planned.append(PlannedRow(number, row_source, external_id, action="unpublish"))
            continue
        form = OfferRowForm(raw, municipality_cache=cache)
        if not form.is_valid():
            for name, messages in form.errors.items():
                for message in messages:
                    errors.append(RowError(number, "" if name == "__all__" else name, str(message)))
            continue
        planned.append(PlannedRow(number, row_source, external_id, values=form.cleaned_data))
    return planned, errors


# --- comparing with what is there ---------------------------------------------------------------


def find_offer(source: str, external_id: str):
    locale = Locale.get_default()
    if source == OWN_EXPORT_SOURCE:
        if not external_id.isdigit():
            return None
        return OfferPage.objects.filter(pk=int(external_id), locale=locale).first()
    return OfferPage.objects.filter(external_source=source, external_id=external_id, locale=locale).first()


def find_organisation(name: str):
    if not name:
        return None
    return Organisation.objects.filter(name__iexact=name.strip(), locale=Locale.get_default()).first()


def source_owned_changes(current: OfferPage, values: dict) -> list[str]:
    changed = [name for name in SOURCE_OWNED_FIELDS if _normal(getattr(current, name)) != _normal(values.get(name))]
    if {goal.pk for goal in current.goals.all()} != set(values.get("goals") or []):
        changed.append("goals")
    organisation = find_organisation(values.get("organisation") or "")
    wanted = organisation.pk if organisation else None
    if values.get("organisation") and organisation is None:
        changed.append("organisation")  # a new organisation
    elif current.organisation_id != wanted:
        changed.append("organisation")
    if (
        current.municipality_id
        and values.get("municipality_object")
        and (current.municipality_id != values["municipality_object"].pk)
    ):
        changed.append("municipality")
    return changed


def _normal(value):
    if value is None:
        return ""
    if isinstance(value, list):
        return sorted(value)
    if isinstance(value, str):
        return value.strip()
    return value


def conflict_reason(page: OfferPage, bot) -> str:
    if page.current_workflow_state is not None:
        return _("a review is in progress")
    latest = page.get_latest_revision()
    if page.has_unpublished_changes and latest is not None and latest.user_id not in (None, bot.pk):
        return _("an editor has a draft that is not published yet")
    return ""


def plan(planned_rows, bot):
    """Decide create/update/skip/conflict/unpublish for each valid row (reads only)."""
    for planned in planned_rows:
        page = find_offer(planned.source, planned.external_id)
        planned.page_id = page.pk if page else None
        if planned.action == "unpublish":
            if page is None or not page.live:
                planned.action = "skip"
            continue
        if page is None:
            if planned.source == OWN_EXPORT_SOURCE:
                planned.action, planned.reason = "conflict", _("no offer with this page ID on this site")
            else:
                planned.action = "create"
            continue
        current = page.get_latest_revision_as_object()
        changes = source_owned_changes(current, planned.values)
        if not changes:
            planned.action = "skip"
            continue
        reason = conflict_reason(page, bot)
        if "municipality" in changes:
            reason = _("the row names another municipality; move the offer by hand")
        if reason:
            planned.action, planned.reason = "conflict", reason
        else:
            planned.action, planned.reason = "update", ", ".join(changes)
    return planned_rows


# --- writing ------------------------------------------------------------------------------------


def _organisation_for(name: str):
    if not name:
        return None
    return find_organisation(name) or Organisation.objects.create(name=name.strip(), locale=Locale.get_default())


def _apply(page: OfferPage, values: dict):
    for name in SOURCE_OWNED_FIELDS:
        value = values.get(name)
        setattr(page, name, "" if value is None and name in TEXT_FIELDS else value)
    page.organisation = _organisation_for(values.get("organisation") or "")
    page.goals = list(GoalCategory.objects.filter(code__in=values.get("goals") or []))


def _unique_slug(parent, title, external_id):
    base = slugify(title)[:70] or "aanbod"
    slug, number = base, 1
    while OfferPage.objects.filter(path__startswith=parent.path, depth=parent.depth + 1, slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def write_row(planned: PlannedRow, source: str, user=None):
    """Carry out one planned row (inside the caller's transaction). Returns the action done."""
    values = planned.values
    if planned.action == "unpublish":
        page = OfferPage.objects.get(pk=planned.page_id)
        bot = user or import_user(page.municipality)
        # As the editors' "Take offline now" (workflows.views): taking offline needs no review.
        UnpublishPageAction(page, user=bot).execute(skip_permission_checks=True)
        return "unpublish"
    municipality = values["municipality_object"]
    bot = user or import_user(municipality)
    if planned.action == "create":
        parent = MunicipalityPage.objects.get(municipality=municipality, locale=Locale.get_default())
        page = OfferPage(external_source=planned.source, external_id=planned.external_id)
        _apply(page, values)
        page.slug = _unique_slug(parent, values["title"], planned.external_id)
        page = create_page(parent, page, user=bot, publish=False)
    else:
        page = OfferPage.objects.get(pk=planned.page_id).get_latest_revision_as_object()
        _apply(page, values)
        page.save_revision(user=bot, log_action=True)
    submit_for_review(page, bot)
    return planned.action


def read_plan_again(planned: PlannedRow, bot):
    """Re-plan one row inside its municipality's transaction (another run may have written it)."""
    return plan([planned], bot)[0]


def import_offers(rows, *, source: str = "", dry_run: bool = False, user=None, progress=None) -> ImportReport:
    """Validate, plan and (unless ``dry_run`` or invalid) write ``rows`` ((number, dict) pairs)."""
    rows = list(rows)
    report = ImportReport(total=len(rows), dry_run=dry_run)
    planned_rows, report.errors = validate_rows(rows, source=source)
    if report.errors:
        return report
    bot = user or import_user()
    plan(planned_rows, bot)
    if dry_run:
        for planned in planned_rows:
            report.counts[planned.action] += 1
        report.conflicts = [p for p in planned_rows if p.action == "conflict"]
        return report

    by_municipality = defaultdict(list)
    for planned in planned_rows:
        key = planned.values["municipality_object"].pk if planned.values else f"page-{planned.page_id}"
        by_municipality[key].append(planned)
    for group in by_municipality.values():
        writer = user
        if writer is None and group[0].values:  # the bot joins this municipality's editors once
            writer = import_user(group[0].values["municipality_object"])
        with transaction.atomic():
            for planned in group:
                if planned.action in ("create", "update", "unpublish"):
                    read_plan_again(planned, bot)
                if planned.action in ("create", "update", "unpublish"):
                    write_row(planned, source, user=writer)
                report.counts[planned.action] += 1
                if progress is not None:
                    progress(1)
    report.conflicts = [p for p in planned_rows if p.action == "conflict"]
    report.written = True
    return report
