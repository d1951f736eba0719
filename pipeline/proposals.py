"""Proposals: the public "Add your activity" form, its abuse guards, and accept / decline.

- The form validates everything a newcomer needs (the quality report's blocking problems become
  errors next to their fields) and finds the municipality by name or postcode, old ones too.
- Abuse: a honeypot field, a rate limit per client keyed by a salted hash of the address (never
  the raw IP) in Django's cache, CSRF (Django's middleware); an image is checked with Pillow
  (type, size, dimensions) and stored through ``default_storage`` (S3 in production).
- ``accept`` turns a proposal into a draft OfferPage through ``publishing.pages.create_page`` and
  ``pipeline.review.submit_for_review``; ``decline`` keeps the editor's message. The organisation
  gets an e-mail on submission and on the decision."""

import hashlib
import uuid

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.core.mail import send_mail
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from municipalities.models import Municipality
from offers.choices import Goal
from offers.models import GoalCategory, MunicipalityPage, OfferPage, Organisation
from publishing.pages import create_page
from quality.checks import quality_report

from .models import Proposal
from .review import QualityGateRefused, submit_for_review
from .rows import description_html

RATE_LIMIT_WINDOW = 3600
IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
IMAGE_MIN_SIZE = (400, 300)
IMAGE_MAX_SIDE = 8000
HONEYPOT_FIELD = "website_url"


# --- abuse guards -------------------------------------------------------------------------------


def client_key(request) -> str:
    """A salted hash of the client address: the rate limit never stores the raw IP."""
    address = request.META.get("REMOTE_ADDR", "")
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:proposal:{address}".encode()).hexdigest()[:32]
    return f"pipeline:proposals:{digest}"


def rate_limited(request) -> bool:
    """Count this submission; True when the client already sent its allowance this hour."""
    key = client_key(request)
    cache.add(key, 0, RATE_LIMIT_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, RATE_LIMIT_WINDOW)
        count = 1
    return count > settings.PROPOSALS_PER_HOUR


def check_image(upload):
    from PIL import Image, UnidentifiedImageError

    if upload.size > settings.PROPOSAL_IMAGE_MAX_BYTES:
        raise forms.ValidationError(
            _("The image is too large (at most %(mb)s MB).") % {"mb": settings.PROPOSAL_IMAGE_MAX_BYTES // 2**20}
        )
    try:
        image = Image.open(upload)
        image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise forms.ValidationError(_("This file is not an image we can read (JPEG, PNG or WebP).")) from error
    if image.format not in IMAGE_FORMATS:
        raise forms.ValidationError(_("Send a JPEG, PNG or WebP image."))
    width, height = image.size
    if width < IMAGE_MIN_SIZE[0] or height < IMAGE_MIN_SIZE[1]:
        raise forms.ValidationError(
            _("The image is too small (at least %(w)s × %(h)s pixels).")
            % {"w": IMAGE_MIN_SIZE[0], "h": IMAGE_MIN_SIZE[1]}
        )
    if max(width, height) > IMAGE_MAX_SIDE:
        raise forms.ValidationError(_("The image is too large (at most %(px)s pixels wide).") % {"px": IMAGE_MAX_SIDE})
    upload.seek(0)
    return IMAGE_FORMATS[image.format]


# --- the public form ----------------------------------------------------------------------------


class ProposalForm(forms.ModelForm):
    municipality_text = forms.CharField(
        label=gettext_lazy("Municipality or postcode"),
        max_length=100,
        help_text=gettext_lazy("For example Gent or 9000."),
    )
    goal_list = forms.MultipleChoiceField(
        label=gettext_lazy("What can newcomers do?"), choices=Goal.choices, widget=forms.CheckboxSelectMultiple
    )
    organisation_website = forms.URLField(
        label=gettext_lazy("organisation website"), required=False, assume_scheme="https"
    )
    contact_url = forms.URLField(label=gettext_lazy("website or sign-up form"), required=False, assume_scheme="https")
    image_file = forms.FileField(label=gettext_lazy("Image (optional)"), required=False)
    website_url = forms.CharField(required=False, label=gettext_lazy("Leave this field empty"))

    class Meta:
        model = Proposal
        fields = [
            "organisation_name",
            "organisation_website",
            "submitter_email",
            "title",
            "offer_type",
            "summary",
            "description",
            "dutch_level",
            "weekday_daytime",
            "evening",
            "weekend",
            "start_date",
            "end_date",
            "hours_per_week",
            "is_online",
            "address",
            "postcode",
            "place",
            "is_free",
            "cost_description",
            "in_duo_or_group",
            "signs_proof_of_participation",
            "can_accompany_first_time",
            "contact_name",
            "contact_email",
            "contact_phone",
            "contact_url",
            "join_instructions",
            "image_alt_text",
        ]
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}),
            "end_date": forms.DateInput(attrs={"type": "date"}),
            "description": forms.Textarea(attrs={"rows": 5}),
            "join_instructions": forms.Textarea(attrs={"rows": 3}),
        }

    field_order = [
        "municipality_text",
        "organisation_name",
        "organisation_website",
        "submitter_email",
        "title",
        "offer_type",
        "goal_list",
        "summary",
        "description",
        "dutch_level",
    ]  # the rest as in Meta.fields; the image and its description come last

    def clean_municipality_text(self):
        text = self.cleaned_data["municipality_text"]
        found = list(Municipality.objects.matching(text))
        if not found:
            raise forms.ValidationError(_("We do not know a municipality called %(text)s.") % {"text": text})
        if len(found) > 1:
            raise forms.ValidationError(
                _("%(text)s belongs to more than one municipality (%(names)s): type the name.")
                % {"text": text, "names": ", ".join(sorted(m.name_nl for m in found))}
            )
        self.cleaned_data["municipality"] = found[0]
        return text

    def clean_image_file(self):
        upload = self.cleaned_data.get("image_file")
        if upload:
            self.image_extension = check_image(upload)
        return upload

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if data.get("start_date") and data.get("end_date") and data["end_date"] < data["start_date"]:
            self.add_error("end_date", _("The end date is before the start date."))
        if not data.get("is_free") and not data.get("cost_description"):
            self.add_error("cost_description", _("Say what it costs, or tick 'free'."))
        values = dict(data, image=bool(data.get("image_file")))
        for problem in quality_report(values).blocking:
            name = problem.field if problem.field in self.fields else None
            if name is None or name not in self.errors:
                self.add_error(name, problem.message)
        return data

    def save(self, commit=True):
        proposal = super().save(commit=False)
        proposal.municipality = self.cleaned_data["municipality"]
        proposal.goals = list(self.cleaned_data["goal_list"])
        proposal.organisation = Organisation.objects.filter(
            name__iexact=proposal.organisation_name.strip(), locale=Locale.get_default()
        ).first()
        upload = self.cleaned_data.get("image_file")
        if upload:
            name = f"proposals/{uuid.uuid4().hex}.{self.image_extension}"
            proposal.image = default_storage.save(name, upload)
        proposal.quality_score = quality_report(proposal).score
        if commit:
            proposal.save()
        return proposal


# --- e-mail -------------------------------------------------------------------------------------


def _mail(proposal, subject, body):
    send_mail(str(subject), str(body), None, [proposal.submitter_email], fail_silently=False)


def in_language_of(function):
    """E-mails to the organisation are in the language it used for the form."""

    def wrapper(proposal, *args, **kwargs):
        with translation.override(proposal.language or "nl"):
            return function(proposal, *args, **kwargs)

    return wrapper


@in_language_of
def confirm_received(proposal):
    _mail(
        proposal,
        _("We received your activity: %(title)s") % {"title": proposal.title},
        _(
            'Thank you. The editors of %(municipality)s will look at your activity "%(title)s". '
            "You get an e-mail when they decide."
        )
        % {"municipality": proposal.municipality.name_nl, "title": proposal.title},
    )


# --- the editors' decision ------------------------------------------------------------------------


def municipality_page_of(proposal):
    return MunicipalityPage.objects.get(municipality=proposal.municipality, locale=Locale.get_default())


def user_may_decide(user, proposal) -> bool:
    return municipality_page_of(proposal).permissions_for_user(user).can_add_subpage()


def offer_from(proposal) -> OfferPage:
    return OfferPage(
        title=proposal.title,
        offer_type=proposal.offer_type,
        summary=proposal.summary,
        description=description_html(proposal.description),
        dutch_level=proposal.dutch_level,
        weekday_daytime=proposal.weekday_daytime,
        evening=proposal.evening,
        weekend=proposal.weekend,
        start_date=proposal.start_date,
        end_date=proposal.end_date,
        hours_per_week=proposal.hours_per_week,
        is_online=proposal.is_online,
        address=proposal.address,
        postcode=proposal.postcode,
        place=proposal.place,
        is_free=proposal.is_free,
        cost_description=proposal.cost_description,
        in_duo_or_group=proposal.in_duo_or_group,
        signs_proof_of_participation=proposal.signs_proof_of_participation,
        can_accompany_first_time=proposal.can_accompany_first_time,
        contact_name=proposal.contact_name,
        contact_email=proposal.contact_email,
        contact_phone=proposal.contact_phone,
        contact_url=proposal.contact_url,
        join_instructions=proposal.join_instructions,
        image_alt_text=proposal.image_alt_text if proposal.image else "",
    )


def _image_for(proposal, user):
    if not proposal.image or not default_storage.exists(proposal.image):
        return None
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    from workflows.roles import editor_group_for

    collection = editor_group_for(proposal.municipality).collection
    with default_storage.open(proposal.image) as stored:
        return get_image_model().objects.create(
            title=proposal.image_alt_text or proposal.title,
            file=ImageFile(stored, name=proposal.image.rsplit("/", 1)[-1]),
            collection=collection,
            uploaded_by_user=user,
        )


def accept(proposal, user):
    """Make the draft offer, submit it for review (when its report has no blocking problems), tell
    the organisation. Returns (offer, submitted)."""
    parent = municipality_page_of(proposal)
    page = offer_from(proposal)
    page.organisation = proposal.organisation or Organisation.objects.create(
        name=proposal.organisation_name.strip(), website=proposal.organisation_website, locale=Locale.get_default()
    )
    page.goals = list(GoalCategory.objects.filter(code__in=proposal.goals))
    page.image = _image_for(proposal, user)
    page = create_page(parent, page, user=user, publish=False, log_message="from proposal")
    report = quality_report(page)
    try:
        submit_for_review(page, user, report=report)
        submitted = True
    except QualityGateRefused:
        submitted = False
    proposal.status = Proposal.Status.ACCEPTED
    proposal.offer = page
    proposal.quality_score = report.score
    proposal.decided_at, proposal.decided_by = timezone.now(), user
    proposal.save()
    mail_accepted(proposal)
    return page, submitted


@in_language_of
def mail_accepted(proposal):
    _mail(
        proposal,
        _("Your activity was accepted: %(title)s") % {"title": proposal.title},
        _(
            'Good news: the editors of %(municipality)s accepted "%(title)s". After a last check by the '
            "Agency for Integration and Civic Integration it appears on the website."
        )
        % {"municipality": proposal.municipality.name_nl, "title": proposal.title},
    )


def decline(proposal, user, message: str):
    proposal.status = Proposal.Status.DECLINED
    proposal.decline_message = message
    proposal.decided_at, proposal.decided_by = timezone.now(), user
    proposal.save()
    mail_declined(proposal, message)


@in_language_of
def mail_declined(proposal, message):
    _mail(
        proposal,
        _("About your activity: %(title)s") % {"title": proposal.title},
        _('The editors of %(municipality)s cannot add "%(title)s". Their message:\n\n%(message)s')
        % {"municipality": proposal.municipality.name_nl, "title": proposal.title, "message": message},
    )
