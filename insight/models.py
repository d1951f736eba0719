"""What the insight app keeps: daily aggregates (no identity in any of them), the referral
codes case workers and municipalities hand out, and readers' "Did this help you?" feedback.

No table holds an IP address, a user agent, a visitor hash or a session: the counts arrive
already aggregated from ``flush_stats``."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class ReferralCode(models.Model):
    """A code in the links and QR codes that case workers, municipalities and flyers use
    (``?via=CODE``). Visits arriving with it are counted per code and day."""

    class Kind(models.TextChoices):
        CASE_WORKER = "case_worker", _("Case worker (trajectbegeleider)")
        MUNICIPALITY = "municipality", _("Municipality")
        FLYER = "flyer", _("Flyer or poster")
        OTHER = "other", _("Other")

    code = models.SlugField(
        _("code"), max_length=32, unique=True, help_text=_("Letters, digits, - and _; used as ?via=CODE in links.")
    )
    description = models.CharField(_("description"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"merged_into__isnull": True},
    )

    panels = [FieldPanel("code"), FieldPanel("description"), FieldPanel("kind"), FieldPanel("municipality")]

    class Meta:
        ordering = ["code"]
        verbose_name = _("referral code")
        verbose_name_plural = _("referral codes")

    def __str__(self):
        return self.code


class DailyAggregate(models.Model):
    """A count for one day: never about a person."""

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self._meta.model_name} {self.day}"


class DailyPageStat(DailyAggregate):
    """Page views of one page (all its translations share ``translation_key``) on one day."""

    day = models.DateField(db_index=True)
    translation_key = models.UUIDField()
    page_type = models.CharField(max_length=20)
    municipality = models.ForeignKey(
        "municipalities.Municipality", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    locale = models.CharField(max_length=10)
    referrer_category = models.CharField(max_length=20)
    device_class = models.CharField(max_length=10)
    views = models.PositiveIntegerField(default=0)

    class Meta(DailyAggregate.Meta):
        abstract = False
        indexes = [models.Index(fields=["municipality", "day"], name="insight_page_muni_day")]


class DailyUniqueVisitors(DailyAggregate):
    """Unique visitors on one day: of the whole site (no municipality, no page), of one
    municipality's pages, or of one page. Days cannot be added up into people: a longer period
    reports the *sum of daily* unique visitors and says so."""

    class Scope(models.TextChoices):
        SITE = "site", _("whole site")
        MUNICIPALITY = "municipality", _("municipality")
        PAGE = "page", _("page")

    day = models.DateField(db_index=True)
    scope = models.CharField(max_length=20, choices=Scope.choices)
    municipality = models.ForeignKey(
        "municipalities.Municipality", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    translation_key = models.UUIDField(null=True)
    unique_visitors = models.PositiveIntegerField(default=0)


class DailySearchStat(DailyAggregate):
    day = models.DateField(db_index=True)
    query = models.CharField(max_length=100)
    locale = models.CharField(max_length=10)
    searches = models.PositiveIntegerField(default=0)
    zero_result_searches = models.PositiveIntegerField(default=0)


class DailyFilterStat(DailyAggregate):
    day = models.DateField(db_index=True)
    municipality = models.ForeignKey(
        "municipalities.Municipality", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    filter_name = models.CharField(max_length=30)
    uses = models.PositiveIntegerField(default=0)


class DailyJoinStat(DailyAggregate):
    """Clicks on an offer's phone, e-mail or website button (through ``/i/join/``)."""

    day = models.DateField(db_index=True)
    translation_key = models.UUIDField()
    municipality = models.ForeignKey(
        "municipalities.Municipality", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    locale = models.CharField(max_length=10)
    channel = models.CharField(max_length=10)
    joins = models.PositiveIntegerField(default=0)


class DailyPromptAnswer(DailyAggregate):
    """Answers to "Are you following a civic integration course?", counted per day and language."""

    class Answer(models.TextChoices):
        YES = "yes", _("Yes")
        NO = "no", _("No")
        RATHER_NOT_SAY = "rather_not_say", _("I'd rather not say")

    day = models.DateField(db_index=True)
    locale = models.CharField(max_length=10)
    answer = models.CharField(max_length=20, choices=Answer.choices)
    answers = models.PositiveIntegerField(default=0)


class DailyReferralVisit(DailyAggregate):
    day = models.DateField(db_index=True)
    referral_code = models.ForeignKey(ReferralCode, on_delete=models.CASCADE, related_name="daily_visits")
    visits = models.PositiveIntegerField(default=0)


class FlushBatch(DailyAggregate):
    """The token of a batch of counters already added to the aggregates: a batch left behind by
    a crash is then never added twice. Holds no data about anyone; kept 30 days."""

    token = models.CharField(max_length=32, unique=True)
    day = models.DateField()
    flushed_at = models.DateTimeField(auto_now_add=True)


class Feedback(models.Model):
    """One reader's answer to "Did this help you?" on a page, with an optional comment.

    ``page`` is the source (Dutch) page, so the feedback on all translations of a page is
    together; ``locale`` is the language the reader read it in. Deleted after
    ``FEEDBACK_RETENTION_DAYS``."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="insight_feedback")
    municipality = models.ForeignKey(
        "municipalities.Municipality", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    locale = models.CharField(_("language"), max_length=10)
    day = models.DateField(_("day"), db_index=True)
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), blank=True, max_length=1000)

    class Meta:
        ordering = ["-day", "-pk"]
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")

    def __str__(self):
        return f"{self.day} {self.page_id} {'+' if self.helpful else '-'}"
