"""The public "Add your activity" form and the thank-you page."""

from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_protect

from .proposals import HONEYPOT_FIELD, ProposalForm, confirm_received, rate_limited


@csrf_protect
def propose(request):
    if request.method == "POST":
        form = ProposalForm(request.POST, request.FILES)
        if request.POST.get(HONEYPOT_FIELD):
            return redirect("proposal_thanks")  # a robot: looks accepted, nothing stored
        if rate_limited(request):
            form.is_valid()
            form.add_error(None, _("You sent several activities in a short time. Try again in an hour."))
            return render(request, "pipeline/propose.html", {"form": form}, status=429)
        if form.is_valid():
            proposal = form.save(commit=False)
            proposal.language = translation.get_language() or "nl"
            proposal.save()
            confirm_received(proposal)
            return redirect("proposal_thanks")
        return render(request, "pipeline/propose.html", {"form": form}, status=400)
    return render(request, "pipeline/propose.html", {"form": ProposalForm()})


def thanks(request):
    return render(request, "pipeline/thanks.html")
