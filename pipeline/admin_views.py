"""Admin screens: the proposals queue (accept / decline) and the import upload screen."""

import uuid

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from offers.models import MunicipalityPage

from .formats import FORMATS
from .models import ImportRun, Proposal
from .proposals import accept, decline, user_may_decide
from .tasks import run_import


def municipalities_user_may_add_to(user):
    """Municipality ids under whose Dutch page ``user`` may add offers (Wagtail page permissions)."""
    pages = MunicipalityPage.objects.filter(locale=Locale.get_default()).only("pk", "path", "municipality_id")
    return {page.municipality_id for page in pages if page.permissions_for_user(user).can_add_subpage()}


def proposal_queue(request):
    allowed = municipalities_user_may_add_to(request.user)
    if not allowed:
        raise PermissionDenied
    status = request.GET.get("status", Proposal.Status.NEW)
    proposals = (
        Proposal.objects.filter(municipality_id__in=allowed, status=status)
        .select_related("municipality", "offer")
        .order_by("municipality__name_nl", "created_at")
    )
    return render(
        request,
        "pipeline/admin/proposal_queue.html",
        {"page_title": _("Proposals"), "proposals": proposals, "status": status, "statuses": Proposal.Status.choices},
    )


class DeclineForm(forms.Form):
    message = forms.CharField(
        label=gettext_lazy("Message to the organisation"), widget=forms.Textarea(attrs={"rows": 4}), max_length=2000
    )


def proposal_detail(request, proposal_id):
    proposal = get_object_or_404(Proposal.objects.select_related("municipality"), pk=proposal_id)
    if not user_may_decide(request.user, proposal):
        raise PermissionDenied
    from quality.checks import quality_report

    return render(
        request,
        "pipeline/admin/proposal_detail.html",
        {
            "page_title": proposal.title,
            "proposal": proposal,
            "report": quality_report(proposal),
            "decline_form": DeclineForm(),
        },
    )


@require_POST
def proposal_accept(request, proposal_id):
    proposal = get_object_or_404(Proposal, pk=proposal_id, status=Proposal.Status.NEW)
    if not user_may_decide(request.user, proposal):
        raise PermissionDenied
    page, submitted = accept(proposal, request.user)
    if submitted:
        messages.success(request, _("Accepted: the draft offer is submitted for review."))
    else:
        messages.warning(request, _("Accepted as a draft offer; fix its blocking problems, then submit it."))
    return redirect("wagtailadmin_pages:edit", page.pk)


@require_POST
def proposal_decline(request, proposal_id):
    proposal = get_object_or_404(Proposal, pk=proposal_id, status=Proposal.Status.NEW)
    if not user_may_decide(request.user, proposal):
        raise PermissionDenied
    form = DeclineForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write a message to the organisation."))
        return redirect("pipeline_proposal", proposal.pk)
    decline(proposal, request.user, form.cleaned_data["message"])
    messages.success(request, _("Declined; the organisation gets your message by e-mail."))
    return redirect("pipeline_proposals")


# --- import upload ------------------------------------------------------------------------------


class UploadForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("File"))
    file_format = forms.ChoiceField(label=gettext_lazy("Format"), choices=[(f, f) for f in FORMATS])
    source = forms.SlugField(label=gettext_lazy("Source"), max_length=50, help_text=gettext_lazy("e.g. gent-vrijetijd"))
    dry_run = forms.BooleanField(label=gettext_lazy("Only check (dry run)"), required=False)


def user_may_import(user) -> bool:
    return user.is_superuser or user.groups.filter(name="AgII reviewers").exists()


def import_upload(request):
    if not user_may_import(request.user):
        raise PermissionDenied
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        name = default_storage.save(f"imports/{uuid.uuid4().hex}-{upload.name[-60:]}", upload)
        run = ImportRun.objects.create(
            user=request.user,
            file=name,
            file_format=form.cleaned_data["file_format"],
            source=form.cleaned_data["source"],
            dry_run=form.cleaned_data["dry_run"],
        )
        run_import.enqueue(run.pk)
        return redirect("pipeline_import_run", run.pk)
    runs = ImportRun.objects.select_related("user")[:20]
    return render(
        request, "pipeline/admin/import_upload.html", {"page_title": _("Import offers"), "form": form, "runs": runs}
    )


def import_run(request, run_id):
    if not user_may_import(request.user):
        raise PermissionDenied
    run = get_object_or_404(ImportRun, pk=run_id)
    return render(request, "pipeline/admin/import_run.html", {"page_title": _("Import"), "run": run})
