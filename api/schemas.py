"""The shapes of the offers API, as they appear in the OpenAPI document."""

import datetime
from typing import Literal

from ninja import Field, Schema

from offers.choices import Goal, OfferType
from offers.filtering import DAY_PARTS

OfferTypeCode = Literal[tuple(OfferType.values)]
GoalCode = Literal[tuple(Goal.values)]
DayPart = Literal[tuple(DAY_PARTS)]


class OfferQuery(Schema):
    """The filters, shared by the list and the exports (and the newcomer pages)."""

    municipality: str | None = Field(
        None,
        description="NIS code (`44021`; an old, pre-2025 code gives the municipality it merged into) or slug (`gent`). "
        "Also returns regional offers that serve this municipality.",
        max_length=100,
    )
    postcode: str | None = Field(None, description="Belgian postcode (`9000`), old postcodes included.", max_length=4)
    radius: float | None = Field(
        None,
        ge=0,
        le=100,
        description="Kilometres around the postcode (or else the municipality), 0–100. Without it a postcode "
        "selects the offers of its municipality.",
    )
    type: OfferTypeCode | None = Field(None, description="Type of offer.")
    goal: GoalCode | None = Field(None, description="One of the six goal categories.")
    dutch_level_max: int | None = Field(
        None, ge=1, le=4, description="At most this many taaliconen (1 = very little Dutch needed)."
    )
    trajectory: bool | None = Field(None, description="Counts for the 40-hour participation and network trajectory.")
    day_part: DayPart | None = Field(None, description="When it takes place.")
    free: bool | None = Field(None, description="Free of charge.")
    childcare: bool | None = Field(None, description="Childcare available.")
    wheelchair: bool | None = Field(None, description="Wheelchair accessible.")
    online: bool | None = Field(None, description="Takes place online.")
    updated_since: str | None = Field(
        None,
        description="ISO 8601 date-time: only offers published (or translated) since then; the response then also "
        "lists in `removed` the offers unpublished, deleted or expired since then.",
        json_schema_extra={"format": "date-time"},
        max_length=40,
    )
    q: str | None = Field(
        None, description="Free text, matched in title, summary and description in every language.", max_length=200
    )
    locale: str | None = Field(
        None, description="Language of the response (`nl`, `en`, `fr`, `ar`…); default `nl`.", max_length=10
    )


class Choice(Schema):
    code: str
    label: str


class DutchLevelOut(Schema):
    level: int = Field(description="Taaliconen, 1–4.")
    label: str


class MunicipalityRef(Schema):
    nis_code: str
    name: str
    slug: str


class ContactOut(Schema):
    name: str
    email: str
    phone: str
    url: str


class OrganisationOut(Schema):
    id: int
    name: str
    website: str


class ImageOut(Schema):
    url: str = Field(description="A rendition of 800×450 pixels.")
    width: int
    height: int
    alt: str


class OfferOut(Schema):
    id: int = Field(description="The Dutch source page's ID; stable across languages.")
    translation_key: str
    language: str = Field(description="The language the texts are in.")
    is_fallback: bool = Field(description="True when no translation exists and the Dutch text is shown.")
    url: str
    title: str
    summary: str
    description: str = Field(description="HTML.")
    type: Choice
    goals: list[Choice]
    status: Choice
    dutch_level: DutchLevelOut
    contact_languages: list[str]
    counts_for_trajectory: bool
    hours_per_week: float | None
    hours_total: int | None
    duration_weeks: int | None
    start_date: datetime.date | None
    end_date: datetime.date | None
    day_parts: list[DayPart]
    online: bool
    address: str
    postcode: str
    place: str
    latitude: float | None
    longitude: float | None
    distance_km: float | None = Field(description="From the postcode or municipality, when a radius was given.")
    municipality: MunicipalityRef | None
    also_serves: list[MunicipalityRef]
    free: bool
    cost_description: str
    childcare: bool
    child_friendly: bool
    wheelchair: bool
    contact: ContactOut
    join_instructions: str
    can_accompany_first_time: bool
    organisation: OrganisationOut | None
    image: ImageOut | None
    last_published_at: datetime.datetime | None


class RemovalOut(Schema):
    id: int
    translation_key: str
    removed_at: datetime.datetime
    reason: Literal["unpublished", "deleted", "expired"]


class OfferList(Schema):
    count: int = Field(description="Offers matching the filters, over all pages.")
    limit: int
    offset: int
    next: str | None
    previous: str | None
    language: str
    results: list[OfferOut]
    removed: list[RemovalOut] = Field(description="Only with `updated_since`: offers that left since then.")


class OfferExport(Schema):
    count: int
    language: str
    results: list[OfferOut]


class MunicipalityOut(MunicipalityRef):
    name_fr: str
    province: str
    region: str
    latitude: float
    longitude: float
    postcodes: list[str]
    offer_count: int
    language: str
    is_fallback: bool
    url: str


class MunicipalityContact(Schema):
    service: str
    email: str
    phone: str
    address: str


class MunicipalityDetail(MunicipalityOut):
    introduction: str = Field(description="HTML.")
    contact: MunicipalityContact
    offers_url: str


class MunicipalityList(Schema):
    count: int
    limit: int
    offset: int
    next: str | None
    previous: str | None
    language: str
    results: list[MunicipalityOut]


class ErrorOut(Schema):
    detail: str
    errors: dict[str, str] = Field(description="Parameter name → what is wrong with it.")


class NotFoundOut(Schema):
    detail: str
