"""The insight dashboard, the parliamentary report and feedback moderation in the Wagtail admin."""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from . import reports
from .charts import bar_chart
from .exports import csv_response
from .models import Feedback
from .permissions import available_scopes, can_see_feedback, can_use_insight, is_reviewer, resolve_scope


class PeriodForm(forms.Form):
    start = forms.DateField(label=gettext_lazy("from"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=gettext_lazy("to"), widget=forms.DateInput(attrs={"type": "date"}))
    scope = forms.ChoiceField(label=gettext_lazy("area"), required=False)

    def __init__(self, data, scopes):
        today = timezone.localdate()
        initial = {
            "start": today - datetime.timedelta(days=29),
            "end": today,
            "scope": scopes[0].value if scopes else "",
        }
        merged = {**{k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in initial.items()}, **data.dict()}
        super().__init__(merged)
        self.fields["scope"].choices = [(scope.value, scope.label) for scope in scopes]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["end"] < cleaned["start"]:
            raise forms.ValidationError(_("The end is before the start."))
        if cleaned.get("start") and cleaned.get("end") and (cleaned["end"] - cleaned["start"]).days > 800:
            raise forms.ValidationError(_("Choose a period of at most two years."))
        return cleaned


def _period_and_scope(request):
    if not can_use_insight(request.user):
        raise PermissionDenied
    scopes = available_scopes(request.user)
    if request.GET.get("scope") and resolve_scope(request.user, request.GET["scope"]) is None:
        raise PermissionDenied
    form = PeriodForm(request.GET, scopes)
    if not form.is_valid():
        return form, None, None, None
    scope = resolve_scope(request.user, form.cleaned_data.get("scope") or "")
    if scope is None:
        raise PermissionDenied
    return form, form.cleaned_data["start"], form.cleaned_data["end"], scope


def dashboard(request):
    form, start, end, scope = _period_and_scope(request)
    context = {"form": form, "page_title": _("Usage insight")}
    if scope is None:
        return TemplateResponse(request, "insight/admin/dashboard.html", context)
    visits = reports.visits_per_day(start, end, scope)
    languages = reports.views_per_language(start, end, scope)
    newcomers = reports.newcomer_table(start, end)
    search_top, zero_results = reports.search_tables(start, end)
    tables = [
        visits,
        languages,
        reports.views_per_referrer(start, end, scope),
        reports.views_per_device(start, end, scope),
        newcomers,
        reports.referral_table(start, end, scope),
        reports.top_offers(start, end, scope),
        reports.funnel(start, end, scope),
        zero_results,
        search_top,
        reports.filter_table(start, end, scope),
        reports.feedback_table(start, end, scope),
    ]
    export = request.GET.get("export")
    if export:
        for table in tables:
            if table.name == export:
                return csv_response(
                    f"ikdoemee-{table.name}-{start}-{end}.csv", [str(h) for h in table.headers], table.rows
                )
        raise Http404
    share = reports.newcomer_share(start, end)
    comments = [
        item
        for item in reports.feedback_queryset(start, end, scope).exclude(comment="").select_related("page")[:200]
        if can_see_feedback(request.user, item.page)
    ]
    context.update(
        scope=scope,
        start=start,
        end=end,
        tables=tables,
        query=request.GET.urlencode(),
        charts={
            "visits": bar_chart([(row[0], row[1]) for row in visits.rows], label=_("Page views per day")),
            "unique": bar_chart(
                [(row[0], row[2]) for row in visits.rows], label=_("Unique visitors per day"), colour="#4b3b8f"
            ),
            "languages": bar_chart([(str(r[0]), r[1]) for r in languages.rows], label=_("Page views per language")),
            "newcomers": bar_chart(
                [(_("yes"), share["yes"]), (_("no"), share["no"]), (_("rather not say"), share["rather_not_say"])],
                label=_("Answers to the newcomer question"),
                colour="#b05b00",
            ),
        },
        comments=comments,
    )
    return TemplateResponse(request, "insight/admin/dashboard.html", context)


def parliamentary_report(request):
    form, start, end, scope = _period_and_scope(request)
    context = {"form": form, "page_title": _("Parliamentary answer")}
    if scope is None:
        return TemplateResponse(request, "insight/admin/report.html", context)
    answer = reports.parliamentary_answer(start, end, scope)
    if request.GET.get("export") == "csv":
        return csv_response(
            f"ikdoemee-parliamentary-answer-{start}-{end}.csv",
            ["section", "figure", "value"],
            [["period", "from", start.isoformat()], ["period", "to", end.isoformat()], ["area", "area", scope.label]]
            + reports.parliamentary_rows(answer),
        )
    context.update(scope=scope, start=start, end=end, answer=answer, query=request.GET.urlencode())
    return TemplateResponse(request, "insight/admin/report.html", context)


@require_POST
def delete_feedback(request, pk: int):
    item = get_object_or_404(Feedback.objects.select_related("page"), pk=pk)
    if not (can_use_insight(request.user) and can_see_feedback(request.user, item.page)):
        raise PermissionDenied
    item.delete()
    return redirect(
        request.POST.get("next") if request.POST.get("next", "").startswith("/admin/") else "insight_dashboard"
    )


__all__ = ["dashboard", "parliamentary_report", "delete_feedback", "is_reviewer"]
