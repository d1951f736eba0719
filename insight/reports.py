"""The figures of the dashboard and the parliamentary report, from the aggregate tables only.

Every function takes a period (inclusive dates) and a ``Scope``. Figures that are not kept per
municipality (prompt answers, searches) are always for the whole site, and the tables say so."""

import datetime
import math
from dataclasses import dataclass, field

from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from .models import (
    DailyFilterStat,
    DailyJoinStat,
    DailyPageStat,
    DailyPromptAnswer,
    DailyReferralVisit,
    DailySearchStat,
    DailyUniqueVisitors,
    Feedback,
    ReferralCode,
)
from .permissions import Scope

FRESHNESS_DAYS = 183  # "reviewed in the last 6 months"


@dataclass
class Table:
    name: str
    title: str
    headers: list
    rows: list = field(default_factory=list)
    note: str = ""


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float] | None:
    """The 95 % Wilson score interval of a proportion, or None without trials."""
    if trials <= 0:
        return None
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def _days(start, end):
    day = start
    while day <= end:
        yield day
        day += datetime.timedelta(days=1)


def page_stats(start, end, scope: Scope):
    rows = DailyPageStat.objects.filter(day__range=(start, end))
    if not scope.is_everything:
        rows = rows.filter(municipality_id__in=scope.municipality_ids)
    return rows


def unique_visitors_per_day(start, end, scope: Scope) -> dict:
    rows = DailyUniqueVisitors.objects.filter(day__range=(start, end))
    if scope.is_everything:
        rows = rows.filter(scope=DailyUniqueVisitors.Scope.SITE)
    else:
        rows = rows.filter(scope=DailyUniqueVisitors.Scope.MUNICIPALITY, municipality_id__in=scope.municipality_ids)
    return dict(rows.values_list("day").annotate(total=Sum("unique_visitors")))


def visits_per_day(start, end, scope: Scope) -> Table:
    views = dict(page_stats(start, end, scope).values_list("day").annotate(total=Sum("views")))
    unique = unique_visitors_per_day(start, end, scope)
    note = _("Unique visitors are counted per day; a period shows the sum of daily unique visitors.")
    if not scope.is_everything and len(scope.municipality_ids) > 1:
        note = _(
            "Unique visitors are counted per day and municipality; this sum counts a visitor of two "
            "municipalities twice."
        )
    table = Table("visits", _("Visits per day"), [_("day"), _("page views"), _("unique visitors")], note=note)
    table.rows = [[day.isoformat(), views.get(day, 0), unique.get(day, 0)] for day in _days(start, end)]
    return table


def _grouped(queryset, dimension, title, name, header):
    rows = queryset.values_list(dimension).annotate(total=Sum("views")).order_by("-total")
    return Table(name, title, [header, _("page views")], [[value or "–", total] for value, total in rows])


def views_per_language(start, end, scope):
    return _grouped(page_stats(start, end, scope), "locale", _("Page views per language"), "languages", _("language"))


def views_per_referrer(start, end, scope):
    return _grouped(
        page_stats(start, end, scope), "referrer_category", _("Where visitors came from"), "referrers", _("referrer")
    )


def views_per_device(start, end, scope):
    return _grouped(page_stats(start, end, scope), "device_class", _("Devices"), "devices", _("device"))


def _titles(keys) -> dict:
    pages = Page.objects.filter(translation_key__in=keys, locale=Locale.get_default())
    return {page.translation_key: page for page in pages}


def top_offers(start, end, scope, limit=20) -> Table:
    rows = list(
        page_stats(start, end, scope)
        .filter(page_type="offer")
        .values_list("translation_key")
        .annotate(total=Sum("views"))
        .order_by("-total")[:limit]
    )
    joins = dict(
        DailyJoinStat.objects.filter(day__range=(start, end), translation_key__in=[key for key, _ in rows])
        .values_list("translation_key")
        .annotate(total=Sum("joins"))
    )
    pages = _titles([key for key, _ in rows])
    table = Table("top_offers", _("Most viewed offers"), [_("offer"), _("page views"), _("join actions")])
    table.rows = [[pages[key].title if key in pages else key, total, joins.get(key, 0)] for key, total in rows]
    return table


def funnel(start, end, scope) -> Table:
    """Home → municipality → offer → join action, per municipality of the scope."""
    from municipalities.models import Municipality

    stats = page_stats(start, end, scope).values_list("municipality_id", "page_type").annotate(total=Sum("views"))
    per = {}
    for municipality_id, page_type, total in stats:
        if municipality_id:
            per.setdefault(municipality_id, {})[page_type] = total
    join_rows = DailyJoinStat.objects.filter(day__range=(start, end))
    if not scope.is_everything:
        join_rows = join_rows.filter(municipality_id__in=scope.municipality_ids)
    for municipality_id, total in join_rows.values_list("municipality_id").annotate(total=Sum("joins")):
        if municipality_id:
            per.setdefault(municipality_id, {})["join"] = total
    home = (
        DailyPageStat.objects.filter(day__range=(start, end), page_type="home").aggregate(total=Sum("views"))["total"]
        or 0
    )
    names = dict(Municipality.objects.filter(pk__in=per).values_list("pk", "name_nl"))
    table = Table(
        "funnel",
        _("Funnel per municipality"),
        [_("municipality"), _("municipality page views"), _("offer page views"), _("join actions")],
        note=_("Home page views of the whole site in this period: %(home)s. Join actions are undercounted.")
        % {"home": home},
    )
    table.rows = sorted(
        ([names.get(pk, pk), v.get("municipality", 0), v.get("offer", 0), v.get("join", 0)] for pk, v in per.items()),
        key=lambda row: (-row[1], str(row[0])),
    )
    return table


def newcomer_share(start, end) -> dict:
    counts = dict(
        DailyPromptAnswer.objects.filter(day__range=(start, end)).values_list("answer").annotate(total=Sum("answers"))
    )
    yes, no, rather = counts.get("yes", 0), counts.get("no", 0), counts.get("rather_not_say", 0)
    interval = wilson_interval(yes, yes + no)
    return {
        "answers": yes + no + rather,
        "yes": yes,
        "no": no,
        "rather_not_say": rather,
        "share": yes / (yes + no) if yes + no else None,
        "interval": interval,
    }


def newcomer_table(start, end) -> Table:
    share = newcomer_share(start, end)
    table = Table(
        "newcomers",
        _("Newcomer question (whole site)"),
        [_("figure"), _("value")],
        note=_(
            "Method: an optional question, asked at most once per browser. The yes share is yes / (yes + no); "
            "'rather not say' is left out. 95 %% Wilson interval. Caveat: only visitors who chose to answer "
            "are counted (self-selection), so this is not the share of all visitors."
        )
        % {},  # turns the catalogue's "%%" into "%"
    )
    interval = share["interval"]
    table.rows = [
        [_("answers"), share["answers"]],
        [_("yes"), share["yes"]],
        [_("no"), share["no"]],
        [_("rather not say"), share["rather_not_say"]],
        [_("yes share"), f"{share['share']:.1%}" if share["share"] is not None else "–"],
        [_("95 % interval"), f"{interval[0]:.1%} – {interval[1]:.1%}" if interval else "–"],
    ]
    return table


def referral_table(start, end, scope) -> Table:
    rows = DailyReferralVisit.objects.filter(day__range=(start, end))
    if not scope.is_everything:
        rows = rows.filter(referral_code__municipality_id__in=scope.municipality_ids)
    data = (
        rows.values_list("referral_code__code", "referral_code__kind", "referral_code__description")
        .annotate(total=Sum("visits"))
        .order_by("-total")
    )
    kinds = dict(ReferralCode.Kind.choices)
    table = Table("referrals", _("Visits via referral codes"), [_("code"), _("kind"), _("description"), _("visits")])
    table.rows = [[code, kinds.get(kind, kind), description, total] for code, kind, description, total in data]
    return table


def case_worker_visits(start, end, scope) -> int:
    rows = DailyReferralVisit.objects.filter(day__range=(start, end), referral_code__kind=ReferralCode.Kind.CASE_WORKER)
    if not scope.is_everything:
        rows = rows.filter(referral_code__municipality_id__in=scope.municipality_ids)
    return rows.aggregate(total=Sum("visits"))["total"] or 0


def search_tables(start, end) -> list[Table]:
    rows = DailySearchStat.objects.filter(day__range=(start, end)).values_list("query", "locale")
    top = rows.annotate(total=Sum("searches"), zero=Sum("zero_result_searches")).order_by("-total")[:30]
    zero = rows.annotate(total=Sum("zero_result_searches")).filter(total__gt=0).order_by("-total")[:50]
    return [
        Table(
            "searches",
            _("Searches (whole site)"),
            [_("query"), _("language"), _("searches"), _("without results")],
            [list(row) for row in top],
        ),
        Table(
            "zero_results",
            _("Searches without results (whole site)"),
            [_("query"), _("language"), _("searches")],
            [list(row) for row in zero],
        ),
    ]


def filter_table(start, end, scope) -> Table:
    rows = DailyFilterStat.objects.filter(day__range=(start, end))
    if not scope.is_everything:
        rows = rows.filter(municipality_id__in=scope.municipality_ids)
    data = rows.values_list("filter_name").annotate(total=Sum("uses")).order_by("-total")
    return Table("filters", _("Filters used on municipality pages"), [_("filter"), _("uses")], [list(r) for r in data])


def feedback_queryset(start, end, scope):
    rows = Feedback.objects.filter(day__range=(start, end))
    if not scope.is_everything:
        rows = rows.filter(municipality_id__in=scope.municipality_ids)
    return rows


def feedback_table(start, end, scope) -> Table:
    data = (
        feedback_queryset(start, end, scope)
        .values_list("page_id", "page__title")
        .annotate(yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False)))
        .order_by("-no", "-yes")
    )
    table = Table("feedback", _("Did this help you?"), [_("page"), _("yes"), _("no"), _("yes share")])
    table.rows = [[title, yes, no, f"{yes / (yes + no):.0%}"] for _pk, title, yes, no in data]
    return table


def live_offers():
    from offers.models import OfferPage

    return OfferPage.objects.live().filter(locale=Locale.get_default())


def parliamentary_answer(start, end, scope) -> dict:
    """The three questions of the parliamentary question, answered with numbers."""
    from offers.choices import OfferType

    views = page_stats(start, end, scope).aggregate(total=Sum("views"))["total"] or 0
    unique_sum = sum(unique_visitors_per_day(start, end, scope).values())
    offers = live_offers()
    if not scope.is_everything:
        offers = offers.filter(municipality_id__in=scope.municipality_ids)
    # The offer figures describe the platform today: no history of past states is kept.
    fresh_since = timezone.now() - datetime.timedelta(days=FRESHNESS_DAYS)
    total_offers = offers.count()
    fresh = offers.filter(last_published_at__gte=fresh_since).count()
    overdue = offers.filter(review_by__lt=timezone.localdate()).count()
    types = dict(OfferType.choices)
    feedback = feedback_queryset(start, end, scope).aggregate(
        yes=Count("pk", filter=Q(helpful=True)),
        no=Count("pk", filter=Q(helpful=False)),
        comments=Count("pk", filter=~Q(comment="")),
    )
    helpful_interval = wilson_interval(feedback["yes"], feedback["yes"] + feedback["no"])
    return {
        "unique_visitors_sum": unique_sum,
        "page_views": views,
        "newcomers": newcomer_share(start, end),
        "case_worker_visits": case_worker_visits(start, end, scope),
        "offers_total": total_offers,
        "offers_per_municipality": list(
            offers.values_list("municipality__name_nl").annotate(total=Count("pk")).order_by("municipality__name_nl")
        ),
        "offers_per_type": [
            (types.get(code, code), total)
            for code, total in offers.values_list("offer_type").annotate(total=Count("pk")).order_by("-total")
        ],
        "offers_fresh": fresh,
        "fresh_share": fresh / total_offers if total_offers else None,
        "offers_review_overdue": overdue,
        "feedback": feedback,
        "helpful_share": feedback["yes"] / (feedback["yes"] + feedback["no"])
        if feedback["yes"] + feedback["no"]
        else None,
        "helpful_interval": helpful_interval,
    }


def parliamentary_rows(answer: dict) -> list[list]:
    """The report as (section, figure, value) rows for CSV."""
    newcomers = answer["newcomers"]
    interval = newcomers["interval"]
    rows = [
        ["use", "sum of daily unique visitors", answer["unique_visitors_sum"]],
        ["use", "page views", answer["page_views"]],
        ["newcomers", "prompt answers", newcomers["answers"]],
        ["newcomers", "yes", newcomers["yes"]],
        ["newcomers", "no", newcomers["no"]],
        ["newcomers", "rather not say", newcomers["rather_not_say"]],
        ["newcomers", "yes share", f"{newcomers['share']:.4f}" if newcomers["share"] is not None else ""],
        ["newcomers", "95% Wilson interval low", f"{interval[0]:.4f}" if interval else ""],
        ["newcomers", "95% Wilson interval high", f"{interval[1]:.4f}" if interval else ""],
        ["newcomers", "visits via case-worker codes", answer["case_worker_visits"]],
        ["quality", "live offers", answer["offers_total"]],
        ["quality", "reviewed in the last 6 months", answer["offers_fresh"]],
        ["quality", "review overdue", answer["offers_review_overdue"]],
        ["usability", "helped: yes", answer["feedback"]["yes"]],
        ["usability", "helped: no", answer["feedback"]["no"]],
        ["usability", "comments", answer["feedback"]["comments"]],
    ]
    rows += [["offers per municipality", name, total] for name, total in answer["offers_per_municipality"]]
    rows += [["offers per type", str(name), total] for name, total in answer["offers_per_type"]]
    return rows
