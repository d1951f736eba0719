"""Municipalities and their fourth-pillar offers as Wagtail pages, and the organisations
behind the offers as a snippet."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from api.v2_fields import GoalsField, MunicipalitiesField, MunicipalityField, OrganisationField, offer_image_field
from quality.panels import QualityPanel

from .choices import ContactLanguage, DutchLevel, Goal, OfferStatus, OfferType
from .fields import MultipleChoiceField

phone_validator = RegexValidator(
    r"^\+?[0-9 ./()-]{6,20}$", _("Enter a phone number, for example 09 266 11 11 or +32 9 266 11 11.")
)
postcode_validator = RegexValidator(r"^[1-9][0-9]{3}$", _("Enter a Belgian postcode of 4 digits."))

SIMPLE_RICH_TEXT = ["bold", "italic", "link", "ul", "ol"]
OFFERS_PER_PAGE = 20
SIMILAR_OFFERS_SHOWN = 3
# The filters a municipality page offers (GET parameters read by offers.filtering.OfferFilters).
MUNICIPALITY_FILTER_PARAMETERS = (
    "goal",
    "type",
    "dutch_level_max",
    "trajectory",
    "day_part",
    "free",
    "childcare",
    "wheelchair",
    "online",
    "q",
)


class GoalCategory(models.Model):
    """One of the six goal categories. The rows are fixed (created by a migration) so offers can
    be filtered on them in SQL; the label is interface text, translated with gettext."""

    code = models.CharField(max_length=30, primary_key=True, choices=Goal.choices)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("goal category")
        verbose_name_plural = _("goal categories")

    def __str__(self):
        return str(self.get_code_display())


class Organisation(TranslatableMixin, index.Indexed, ClusterableModel):
    """A club, NGO, library, care home… that runs offers, possibly in several municipalities."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    address = models.CharField(_("address"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=4, blank=True, validators=[postcode_validator])
    place = models.CharField(_("place"), max_length=100, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("website"), FieldPanel("email"), FieldPanel("phone")], heading=_("Contact")),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("postcode"), FieldPanel("place")], heading=_("Address")),
        FieldPanel("logo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]
    translatable_fields = [
        TranslatableField("description"),
        SynchronizedField("name"),
        SynchronizedField("website"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("address"),
        SynchronizedField("postcode"),
        SynchronizedField("place"),
        SynchronizedField("logo"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class MunicipalityPage(Page):
    """The page of one current municipality: its introduction, its contact for the fourth
    pillar, and its offers below it. Title and slug come from the reference data."""

    municipality = models.ForeignKey(
        "municipalities.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="pages",
        limit_choices_to={"merged_into__isnull": True},
    )
    introduction = RichTextField(_("introduction"), blank=True, features=SIMPLE_RICH_TEXT)
    contact_service = models.CharField(
        _("service"),
        max_length=200,
        blank=True,
        help_text=_("The municipal service newcomers can ask about the fourth pillar."),
    )
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    contact_address = models.CharField(_("address"), max_length=250, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["offers.OfferPage"]

    content_panels = [
        HelpPanel(content=_("The name comes from the official list of municipalities.")),
        FieldPanel("title", read_only=True),
        FieldPanel("municipality", read_only=True),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("contact_service"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_address"),
            ],
            heading=_("Contact for the participation and network trajectory"),
        ),
    ]
    promote_panels = [FieldPanel("seo_title"), FieldPanel("search_description")]

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.FilterField("municipality"),
    ]
    api_fields = [
        APIField("municipality", serializer=MunicipalityField()),
        APIField("introduction"),
        APIField("contact_service"),
        APIField("contact_email"),
        APIField("contact_phone"),
        APIField("contact_address"),
    ]
    translatable_fields = [
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("introduction"),
        TranslatableField("contact_service"),
        SynchronizedField("title"),
        SynchronizedField("slug"),
        SynchronizedField("municipality"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("contact_address"),
    ]

    class Meta:
        verbose_name = _("municipality page")
        verbose_name_plural = _("municipality pages")

    def clean(self):
        super().clean()
        if self.municipality_id:
            if self.municipality.merged_into_id:
                raise ValidationError(
                    {
                        "municipality": _("%(name)s no longer exists; it became part of %(new)s in 2025.")
                        % {"name": self.municipality, "new": self.municipality.merged_into}
                    }
                )
            clash = MunicipalityPage.objects.filter(municipality_id=self.municipality_id, locale_id=self.locale_id)
            if self.pk:
                clash = clash.exclude(pk=self.pk)
            if clash.exists():
                raise ValidationError(
                    {"municipality": _("%(name)s already has a page in this language.") % {"name": self.municipality}}
                )

    def get_context(self, request, *args, **kwargs):
        from translations.routing import reader_locale

        from .filtering import OfferFilters, apply
        from .listing import in_language, offers_for_municipality
        from .nearby import offers_nearby

        context = super().get_context(request, *args, **kwargs)
        # Filters as plain GET parameters, read and applied by the one shared filtering (offers.filtering).
        filters, errors = OfferFilters.from_params(request.GET)
        filters.municipality = filters.postcode_municipality = filters.radius_km = None  # this page is the place
        filters.postcode = ""
        offers = apply(filters, offers_for_municipality(self.municipality_id)).order_by("status", "title", "pk")
        paginator = Paginator(offers, OFFERS_PER_PAGE)
        offers_page = paginator.get_page(request.GET.get("page"))
        # translations: the reader's language (URL prefix), also when this is the Dutch page as fallback.
        reader = reader_locale(request)
        context["offers"] = in_language(offers_page.object_list, reader)
        context["offers_page"] = offers_page
        context["offer_count"] = paginator.count
        context["filter_errors"] = errors
        context["filters_active"] = any(
            request.GET.get(name, "").strip() and name not in errors for name in MUNICIPALITY_FILTER_PARAMETERS
        )
        context["filter_values"] = request.GET
        context["goals"] = GoalCategory.objects.all()
        context["offer_types"] = OfferType.choices
        nearby = offers_nearby(self.municipality, filters)
        context["offers_nearby"] = in_language(nearby, reader)
        for shown, source in zip(context["offers_nearby"], nearby, strict=True):
            shown.distance_km = source.distance_km
        return context

    def route(self, request, path_components):
        # translations: an offer missing in this language is served from Dutch.
        from translations.routing import route_child_in_reader_language

        return route_child_in_reader_language(self, request, path_components, super().route)


class OfferPage(Page):
    """One activity a newcomer can join: a buddy project, volunteer work, language practice…

    Whether it counts for the 40-hour trajectory is derived from the four criteria and the
    proof of participation, never typed in."""

    # The municipality whose page this offer lives under: kept from the parent page on every
    # save, so listings, filters and reports need no tree walk.
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        verbose_name=_("municipality"),
        null=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="offers",
    )

    # What
    offer_type = models.CharField(_("type of offer"), max_length=30, choices=OfferType.choices)
    goals = ParentalManyToManyField(GoalCategory, verbose_name=_("goals"), related_name="offers")
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offers",
    )
    summary = models.CharField(_("summary"), max_length=200, help_text=_("One sentence in plain Dutch."))
    description = RichTextField(
        _("description"), features=SIMPLE_RICH_TEXT, help_text=_("Plain Dutch, short sentences.")
    )
    status = models.CharField(_("status"), max_length=10, choices=OfferStatus.choices, default=OfferStatus.OPEN)

    # How much Dutch
    dutch_level = models.PositiveSmallIntegerField(_("Dutch level (taaliconen)"), choices=DutchLevel.choices)
    contact_languages = MultipleChoiceField(_("the contact person also speaks"), choices=ContactLanguage.choices)

    # The fourth-pillar criteria
    dutch_language_context = models.BooleanField(_("takes place in a Dutch-language context"), default=False)
    in_duo_or_group = models.BooleanField(_("happens in a duo or a group"), default=False)
    new_contacts = models.BooleanField(_("brings contact with new people"), default=False)
    lasting_contacts = models.BooleanField(_("good chance of lasting contacts"), default=False)
    signs_proof_of_participation = models.BooleanField(
        _("the organisation can sign the proof of participation"), default=False
    )
    counts_for_trajectory = models.BooleanField(
        _("counts for the 40-hour trajectory"), default=False, editable=False, db_index=True
    )

    # When
    hours_per_week = models.DecimalField(
        _("hours per week"), max_digits=4, decimal_places=1, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    hours_total = models.PositiveSmallIntegerField(_("hours in total"), null=True, blank=True)
    duration_weeks = models.PositiveSmallIntegerField(_("duration in weeks"), null=True, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Empty: ongoing."))
    weekday_daytime = models.BooleanField(_("weekdays during the day"), default=False)
    evening = models.BooleanField(_("evenings"), default=False)
    weekend = models.BooleanField(_("weekends"), default=False)

    # Where
    is_online = models.BooleanField(_("online"), default=False)
    address = models.CharField(_("address"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=4, blank=True, validators=[postcode_validator])
    place = models.CharField(_("place"), max_length=100, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(49), MaxValueValidator(52)],
        help_text=_("Empty: the centre of the municipality."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(2), MaxValueValidator(7)],
    )
    also_serves = ParentalManyToManyField(
        "municipalities.Municipality",
        verbose_name=_("also serves these municipalities"),
        blank=True,
        related_name="offers_served",
        limit_choices_to={"merged_into__isnull": True},
        help_text=_("For regional or online offers: they also appear in these municipalities' lists."),
    )

    # Practical
    is_free = models.BooleanField(_("free"), default=True)
    cost_description = models.CharField(_("cost"), max_length=200, blank=True)
    has_childcare = models.BooleanField(_("childcare available"), default=False)
    is_child_friendly = models.BooleanField(_("children can come along"), default=False)
    is_wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)

    # How to join
    contact_name = models.CharField(_("contact person"), max_length=100, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    contact_url = models.URLField(_("website or sign-up form"), blank=True)
    join_instructions = models.TextField(_("how to join"), blank=True)
    can_accompany_first_time = models.BooleanField(_("someone can go along the first time"), default=False)

    # Image
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt_text = models.CharField(
        _("image description (alt text)"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )

    # Quality and origin
    review_by = models.DateField(_("review by"), null=True, blank=True)
    external_source = models.CharField(_("external source"), max_length=50, blank=True)
    external_id = models.CharField(_("external ID"), max_length=200, blank=True)

    parent_page_types = ["offers.MunicipalityPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        QualityPanel(),  # quality: the machine's report (issue 7)
        MultiFieldPanel(
            [
                FieldPanel("offer_type"),
                FieldPanel("goals", widget=forms.CheckboxSelectMultiple),
                FieldPanel("organisation"),
                FieldPanel("summary"),
                FieldPanel("description"),
                FieldPanel("status"),
            ],
            heading=_("What"),
        ),
        MultiFieldPanel([FieldPanel("dutch_level"), FieldPanel("contact_languages")], heading=_("How much Dutch")),
        MultiFieldPanel(
            [
                FieldPanel("dutch_language_context"),
                FieldPanel("in_duo_or_group"),
                FieldPanel("new_contacts"),
                FieldPanel("lasting_contacts"),
                FieldPanel("signs_proof_of_participation"),
            ],
            heading=_("Does it count for the 40-hour trajectory?"),
            help_text=_("It counts when all five are ticked."),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("hours_per_week"), FieldPanel("hours_total"), FieldPanel("duration_weeks")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("weekday_daytime"), FieldPanel("evening"), FieldPanel("weekend")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_online"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("place")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("also_serves"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("cost_description")]),
                FieldRowPanel(
                    [
                        FieldPanel("has_childcare"),
                        FieldPanel("is_child_friendly"),
                        FieldPanel("is_wheelchair_accessible"),
                    ]
                ),
            ],
            heading=_("Practical"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("contact_url"),
                FieldPanel("join_instructions"),
                FieldPanel("can_accompany_first_time"),
            ],
            heading=_("How to join"),
        ),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt_text")], heading=_("Image")),
    ]
    promote_panels = Page.promote_panels
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldPanel("review_by"),
                FieldPanel("external_source", read_only=True),
                FieldPanel("external_id", read_only=True),
            ],
            heading=_("Quality and origin"),
        )
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("place"),
        index.AutocompleteField("summary"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.FilterField("municipality"),
        index.FilterField("offer_type"),
        index.FilterField("dutch_level"),
        index.FilterField("counts_for_trajectory"),
        index.FilterField("status"),
        index.FilterField("is_online"),
        index.FilterField("is_free"),
        index.FilterField("has_childcare"),
        index.FilterField("is_wheelchair_accessible"),
        index.FilterField("weekday_daytime"),
        index.FilterField("evening"),
        index.FilterField("weekend"),
        index.FilterField("end_date"),
    ]

    api_fields = [
        APIField("municipality", serializer=MunicipalityField()),
        APIField("goals", serializer=GoalsField()),
        APIField("organisation", serializer=OrganisationField()),
        APIField("also_serves", serializer=MunicipalitiesField()),
        APIField("image", serializer=offer_image_field()),
    ] + [
        APIField(name)
        for name in (
            "offer_type",
            "summary",
            "description",
            "status",
            "dutch_level",
            "contact_languages",
            "dutch_language_context",
            "in_duo_or_group",
            "new_contacts",
            "lasting_contacts",
            "signs_proof_of_participation",
            "counts_for_trajectory",
            "hours_per_week",
            "hours_total",
            "duration_weeks",
            "start_date",
            "end_date",
            "weekday_daytime",
            "evening",
            "weekend",
            "is_online",
            "address",
            "postcode",
            "place",
            "latitude",
            "longitude",
            "is_free",
            "cost_description",
            "has_childcare",
            "is_child_friendly",
            "is_wheelchair_accessible",
            "contact_name",
            "contact_email",
            "contact_phone",
            "contact_url",
            "join_instructions",
            "can_accompany_first_time",
            "image_alt_text",
            "review_by",
        )
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("cost_description"),
        TranslatableField("join_instructions"),
        TranslatableField("image_alt_text"),
    ] + [
        SynchronizedField(name)
        for name in (
            "slug",
            "municipality",
            "offer_type",
            "goals",
            "organisation",
            "status",
            "dutch_level",
            "contact_languages",
            "dutch_language_context",
            "in_duo_or_group",
            "new_contacts",
            "lasting_contacts",
            "signs_proof_of_participation",
            "hours_per_week",
            "hours_total",
            "duration_weeks",
            "start_date",
            "end_date",
            "weekday_daytime",
            "evening",
            "weekend",
            "is_online",
            "address",
            "postcode",
            "place",
            "latitude",
            "longitude",
            "also_serves",
            "is_free",
            "has_childcare",
            "is_child_friendly",
            "is_wheelchair_accessible",
            "contact_name",
            "contact_email",
            "contact_phone",
            "contact_url",
            "can_accompany_first_time",
            "image",
            "review_by",
            "external_source",
            "external_id",
        )
    ]

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        indexes = [models.Index(fields=["external_source", "external_id"], name="offer_external_idx")]

    # --- derived facts -------------------------------------------------------------------

    # The four fourth-pillar criteria plus the proof of participation: all must hold.
    TRAJECTORY_CRITERIA = (
        "dutch_language_context",
        "in_duo_or_group",
        "new_contacts",
        "lasting_contacts",
        "signs_proof_of_participation",
    )

    @staticmethod
    def derive_counts_for_trajectory(offer) -> bool:
        return all(getattr(offer, name) for name in OfferPage.TRAJECTORY_CRITERIA)

    @property
    def missing_trajectory_criteria(self) -> list[str]:
        return [
            str(self._meta.get_field(name).verbose_name) for name in self.TRAJECTORY_CRITERIA if not getattr(self, name)
        ]

    @property
    def day_parts(self) -> list[str]:
        return [
            str(self._meta.get_field(name).verbose_name)
            for name in ("weekday_daytime", "evening", "weekend")
            if getattr(self, name)
        ]

    @property
    def is_ongoing(self) -> bool:
        """No end date: the offer runs until further notice."""
        return self.end_date is None

    @property
    def has_ended(self) -> bool:
        return bool(self.end_date and self.end_date < datetime.date.today())

    @cached_property
    def municipality_page(self):
        return self.get_parent().specific

    @property
    def map_coordinates(self):
        if self.latitude is not None and self.longitude is not None:
            return self.latitude, self.longitude
        municipality = self.municipality_page.municipality
        return municipality.latitude, municipality.longitude

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date is before the start date.")
        if not self.is_online and not (self.address or self.postcode):
            errors["address"] = _("Give an address and postcode, or tick 'online'.")
        if not self.is_free and not self.cost_description:
            errors["cost_description"] = _("Say what it costs, or tick 'free'.")
        if not (self.contact_email or self.contact_phone or self.contact_url):
            errors["contact_email"] = _("Give at least one way to join: e-mail, phone or website.")
        if self.image_id and not self.image_alt_text:
            errors["image_alt_text"] = _("Describe the image for people who cannot see it.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both latitude and longitude, or neither.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.counts_for_trajectory = self.derive_counts_for_trajectory(self)
        if self.path and self.municipality_id is None:
            parent = self.get_parent()
            if parent is not None and hasattr(parent.specific, "municipality_id"):
                self.municipality_id = parent.specific.municipality_id
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from translations.routing import reader_locale

        from .listing import in_language, visible_offers
        from .structured_data import offer_json_ld

        context = super().get_context(request, *args, **kwargs)
        context["municipality_page"] = self.municipality_page
        context["goal_list"] = list(self.goals.all())
        context["json_ld"] = offer_json_ld(self, request, context["goal_list"])
        if self.status != OfferStatus.OPEN or self.has_ended:
            # A full, paused or ended offer points to open ones of the same kind nearby.
            similar = (
                visible_offers()
                .filter(status=OfferStatus.OPEN, offer_type=self.offer_type)
                .filter(models.Q(municipality_id=self.municipality_id) | models.Q(also_serves=self.municipality_id))
                .exclude(translation_key=self.translation_key)
                .distinct()
                .order_by("title")[:SIMILAR_OFFERS_SHOWN]
            )
            context["similar_offers"] = in_language(similar, reader_locale(request))
        return context
