"""Proposals: an organisation's offer, typed into the public form, waiting for the municipality's
editors. Not a page: it becomes a draft OfferPage only when an editor accepts it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from offers.choices import DutchLevel, OfferType


class Proposal(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    language = models.CharField(_("language of the form"), max_length=10, default="nl")
    municipality = models.ForeignKey(
        "municipalities.Municipality", verbose_name=_("municipality"), on_delete=models.PROTECT, related_name="+"
    )

    # The offer
    title = models.CharField(_("name of the activity"), max_length=255)
    offer_type = models.CharField(_("type of offer"), max_length=30, choices=OfferType.choices)
    goals = models.JSONField(_("goals"), default=list)
    summary = models.CharField(_("summary"), max_length=200, help_text=_("One sentence in plain Dutch."))
    description = models.TextField(_("description"), help_text=_("Plain Dutch, short sentences."))
    dutch_level = models.PositiveSmallIntegerField(_("Dutch level (taaliconen)"), choices=DutchLevel.choices)
    weekday_daytime = models.BooleanField(_("weekdays during the day"), default=False)
    evening = models.BooleanField(_("evenings"), default=False)
    weekend = models.BooleanField(_("weekends"), default=False)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    hours_per_week = models.DecimalField(_("hours per week"), max_digits=4, decimal_places=1, null=True, blank=True)
    is_online = models.BooleanField(_("online"), default=False)
    address = models.CharField(_("address"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=4, blank=True)
    place = models.CharField(_("place"), max_length=100, blank=True)
    is_free = models.BooleanField(_("free"), default=True)
    cost_description = models.CharField(_("what it costs"), max_length=200, blank=True)
    in_duo_or_group = models.BooleanField(_("happens in a duo or a group"), default=False)
    signs_proof_of_participation = models.BooleanField(_("we can sign the proof of participation"), default=False)
    can_accompany_first_time = models.BooleanField(_("someone can go along the first time"), default=False)
    contact_name = models.CharField(_("contact person"), max_length=100)
    contact_email = models.EmailField(_("e-mail for newcomers"), blank=True)
    contact_phone = models.CharField(_("phone for newcomers"), max_length=30, blank=True)
    contact_url = models.URLField(_("website or sign-up form"), blank=True)
    join_instructions = models.TextField(_("how to join"), blank=True)
    image = models.CharField(_("image (file in storage)"), max_length=255, blank=True)
    image_alt_text = models.CharField(_("image description (alt text)"), max_length=250, blank=True)

    # The organisation
    organisation = models.ForeignKey(
        "offers.Organisation",
        verbose_name=_("known organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation_name = models.CharField(_("organisation"), max_length=200)
    organisation_website = models.URLField(_("organisation website"), blank=True)
    submitter_email = models.EmailField(_("your e-mail"), help_text=_("We send you a confirmation and our decision."))

    # The decision
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decline_message = models.TextField(_("message to the organisation"), blank=True)
    offer = models.ForeignKey(
        "offers.OfferPage", verbose_name=_("offer"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    quality_score = models.PositiveSmallIntegerField(_("quality score"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")

    def __str__(self):
        return f"{self.title} ({self.organisation_name})"


class ImportRun(models.Model):
    """An import started from the admin upload screen; the task fills in the report."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        INVALID = "invalid", _("Invalid rows: nothing written")
        FAILED = "failed", _("Failed")

    created_at = models.DateTimeField(_("started at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    file = models.CharField(_("file (in storage)"), max_length=255)
    file_format = models.CharField(_("format"), max_length=20)
    source = models.CharField(_("source"), max_length=50)
    dry_run = models.BooleanField(_("dry run"), default=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    report = models.JSONField(_("report"), default=dict, blank=True)
    report_text = models.TextField(_("report"), blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import")
        verbose_name_plural = _("imports")

    def __str__(self):
        return f"{self.source} {self.created_at:%Y-%m-%d %H:%M}"
