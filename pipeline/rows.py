"""One offer row of an import file: its columns, how each cell is read, and its validation.

The same columns are written by the exporter (``pipeline.exporter``), so an export imports again
unchanged. docs/import-format.md describes them for people who fill in a spreadsheet."""

import html
import re

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from municipalities.models import Municipality
from offers.choices import ContactLanguage, DutchLevel, Goal, OfferStatus, OfferType
from quality.checks import quality_report

# Columns the source owns: a re-import overwrites these and nothing else. Everything an editor adds
# locally (image, alt text, coordinates, "also serves", review date, SEO fields) stays.
BOOLEAN_FIELDS = (
    "dutch_language_context",
    "in_duo_or_group",
    "new_contacts",
    "lasting_contacts",
    "signs_proof_of_participation",
    "weekday_daytime",
    "evening",
    "weekend",
    "is_online",
    "is_free",
    "has_childcare",
    "is_child_friendly",
    "is_wheelchair_accessible",
    "can_accompany_first_time",
)
TEXT_FIELDS = (
    "title",
    "summary",
    "description",
    "address",
    "postcode",
    "place",
    "cost_description",
    "contact_name",
    "contact_email",
    "contact_phone",
    "contact_url",
    "join_instructions",
)
SOURCE_OWNED_FIELDS = (
    ("title", "offer_type", "summary", "description", "status", "dutch_level", "contact_languages")
    + BOOLEAN_FIELDS
    + ("hours_per_week", "hours_total", "duration_weeks", "start_date", "end_date")
    + ("address", "postcode", "place", "cost_description")
    + ("contact_name", "contact_email", "contact_phone", "contact_url", "join_instructions")
)
COLUMNS = ("source", "external_id", "municipality", "organisation", "goals") + SOURCE_OWNED_FIELDS

TRUE_WORDS = {"1", "true", "ja", "yes", "waar", "x", "y", "j"}
FALSE_WORDS = {"", "0", "false", "nee", "no", "onwaar", "n"}
CSV_FORMULA_PREFIXES = ("=", "+", "-", "@")


def neutralise_cell(value: str) -> str:
    """A CSV cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + value if value.startswith(CSV_FORMULA_PREFIXES) else value


def unneutralise_cell(value: str) -> str:
    if len(value) > 1 and value[0] == "'" and value[1] in CSV_FORMULA_PREFIXES:
        return value[1:]
    return value


def description_html(text: str) -> str:
    """Plain text with blank lines between paragraphs becomes <p>…</p>; HTML stays as it is."""
    text = (text or "").strip()
    if not text or text.startswith("<"):
        return text
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
    return "".join(f"<p>{html.escape(part)}</p>" for part in paragraphs)


class YesNoField(forms.Field):
    def to_python(self, value):
        if isinstance(value, bool):
            return value
        text = str(value if value is not None else "").strip().lower()
        if text in TRUE_WORDS:
            return True
        if text in FALSE_WORDS:
            return False
        raise forms.ValidationError(gettext_lazy("Write ja or nee."))

    def validate(self, value):
        pass


class CodeListField(forms.Field):
    """Codes separated by "," (or ";" or "|"), or a JSON list."""

    def __init__(self, *, choices, minimum=0, **kwargs):
        self.codes = {code for code, _label in choices}
        self.minimum = minimum
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        if isinstance(value, (list, tuple)):
            items = [str(item).strip() for item in value]
        else:
            items = [item.strip() for item in re.split(r"[,;|]", str(value or ""))]
        return [item for item in items if item]

    def validate(self, value):
        unknown = [code for code in value if code not in self.codes]
        if unknown:
            raise forms.ValidationError(
                _("Unknown code %(codes)s; use one of %(allowed)s.")
                % {"codes": ", ".join(unknown), "allowed": ", ".join(sorted(self.codes))}
            )
        if len(value) < self.minimum:
            raise forms.ValidationError(_("Give at least one."))


class OfferRowForm(forms.Form):
    """Validates one row; ``cleaned_data`` then holds model values plus the resolved municipality."""

    external_id = forms.CharField(max_length=200)
    municipality = forms.CharField(max_length=100, required=False)
    organisation = forms.CharField(max_length=200, required=False)
    goals = CodeListField(choices=Goal.choices, minimum=1)
    title = forms.CharField(max_length=255)
    offer_type = forms.ChoiceField(choices=OfferType.choices)
    summary = forms.CharField(max_length=200)
    description = forms.CharField()
    status = forms.ChoiceField(choices=OfferStatus.choices, required=False)
    dutch_level = forms.TypedChoiceField(choices=[(str(v), label) for v, label in DutchLevel.choices], coerce=int)
    contact_languages = CodeListField(choices=ContactLanguage.choices)
    hours_per_week = forms.DecimalField(max_digits=4, decimal_places=1, min_value=0, required=False)
    hours_total = forms.IntegerField(min_value=0, max_value=32767, required=False)
    duration_weeks = forms.IntegerField(min_value=0, max_value=32767, required=False)
    start_date = forms.DateField(input_formats=["%Y-%m-%d", "%d/%m/%Y"], required=False)
    end_date = forms.DateField(input_formats=["%Y-%m-%d", "%d/%m/%Y"], required=False)
    address = forms.CharField(max_length=200, required=False)
    postcode = forms.RegexField(r"^[1-9][0-9]{3}$", required=False)
    place = forms.CharField(max_length=100, required=False)
    cost_description = forms.CharField(max_length=200, required=False)
    contact_name = forms.CharField(max_length=100, required=False)
    contact_email = forms.EmailField(required=False)
    contact_phone = forms.RegexField(r"^\+?[0-9 ./()-]{6,20}$", max_length=30, required=False)
    contact_url = forms.URLField(required=False, assume_scheme="https")
    join_instructions = forms.CharField(required=False)

    def __init__(self, data, *, municipality_cache=None):
        super().__init__(data)
        for name in BOOLEAN_FIELDS:
            self.fields[name] = YesNoField(required=False)
        self.municipality_cache = municipality_cache if municipality_cache is not None else {}

    def clean_description(self):
        return description_html(self.cleaned_data["description"])

    def clean_status(self):
        return self.cleaned_data.get("status") or OfferStatus.OPEN

    def resolve_municipality(self, text):
        key = text.strip().lower()
        if key not in self.municipality_cache:
            self.municipality_cache[key] = list(Municipality.objects.matching(text))
        return self.municipality_cache[key]

    def clean(self):
        data = super().clean()
        for name in ("address", "place", "cost_description", "contact_name", "join_instructions", "municipality"):
            data[name] = (data.get(name) or "").strip()
        text = data.get("municipality") or data.get("postcode") or ""
        if not text:
            self.add_error("municipality", _("Give the municipality (name, NIS code or postcode)."))
        elif "postcode" not in self.errors:
            found = self.resolve_municipality(text)
            if not found:
                self.add_error("municipality", _("No municipality called %(text)s.") % {"text": text})
            elif len(found) > 1:
                self.add_error(
                    "municipality",
                    _("%(text)s is ambiguous (%(names)s): give the name.")
                    % {"text": text, "names": ", ".join(sorted(str(m) for m in found))},
                )
            else:
                data["municipality_object"] = found[0]
        if self.errors:
            return data
        if data.get("start_date") and data.get("end_date") and data["end_date"] < data["start_date"]:
            self.add_error("end_date", _("The end date is before the start date."))
        if not data.get("is_free") and not data.get("cost_description"):
            self.add_error("cost_description", _("Say what it costs, or write ja in is_free."))
        # The quality gate's blocking problems: an import row must be submittable for review.
        for problem in quality_report(data).blocking:
            if problem.field not in self.errors:
                self.add_error(problem.field if problem.field in self.fields else None, problem.message)
        return data


def clean_cell(value):
    if isinstance(value, str):
        return unneutralise_cell(value.strip())
    return value
