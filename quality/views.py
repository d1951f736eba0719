"""The quality dashboard: per municipality the share of complete offers, the average plain-Dutch
score and the offers with warnings; below, the offers that need work most, worst first.

An editor sees their own municipalities, a reviewer all of them (Wagtail's page permissions)."""

from collections import defaultdict

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale

from offers.models import OfferPage
from workflows.reports import EDIT_ACTIONS, municipalities_for, page_permission_policy

from .checks import quality_report

WORST_SHOWN = 50


def user_may_see_dashboard(user) -> bool:
    return page_permission_policy.user_has_any_permission(user, EDIT_ACTIONS)


def municipality_quality(offers):
    """Rows per municipality and the list of (offer, report) worst first."""
    per_municipality = defaultdict(list)
    scored = []
    for offer in offers:
        report = quality_report(offer)
        per_municipality[offer.municipality].append(report)
        scored.append((offer, report))
    rows = []
    for municipality, reports in sorted(per_municipality.items(), key=lambda item: item[0].name_nl):
        count = len(reports)
        rows.append(
            {
                "municipality": municipality,
                "offers": count,
                "complete_percent": round(100 * sum(1 for r in reports if r.is_complete) / count),
                "plain_language": round(sum(r.plain_language.score for r in reports) / count),
                "score": round(sum(r.score for r in reports) / count),
                "with_warnings": sum(1 for r in reports if r.warnings),
            }
        )
    rows.sort(key=lambda row: (row["complete_percent"], row["score"]))
    scored.sort(key=lambda pair: (pair[1].score, pair[0].title))
    return rows, scored


def quality_dashboard(request):
    if not user_may_see_dashboard(request.user):
        raise PermissionDenied
    municipalities = municipalities_for(request)
    offers = OfferPage.objects.filter(locale=Locale.get_default(), municipality__in=municipalities)
    chosen = request.GET.get("municipality", "")
    if chosen.isdigit():
        offers = offers.filter(municipality_id=int(chosen))
    offers = offers.select_related("municipality").order_by("title")
    rows, scored = municipality_quality(offers)
    return render(
        request,
        "quality/dashboard.html",
        {
            "page_title": _("Offer quality"),
            "rows": rows,
            "worst": [(offer, report) for offer, report in scored if report.blocking or report.warnings][:WORST_SHOWN],
            "municipalities": municipalities.order_by("name_nl"),
            "chosen": chosen,
        },
    )
