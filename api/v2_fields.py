"""Serializers for the structured fields of MunicipalityPage and OfferPage in Wagtail API v2
(used in their ``api_fields``). They read only what the API v2 endpoint of ``api.wagtail_v2``
loads with the listing, so they add no queries per page."""

from django.utils.text import slugify
from rest_framework.fields import Field
from wagtail.images.api.fields import ImageRenditionField

V2_IMAGE_RENDITION = "fill-800x450"


class GoalsField(Field):
    """The goal categories as ``[{"code": "meet_people", "label": "Meet new people"}]``."""

    def to_representation(self, goals):
        return [{"code": goal.code, "label": str(goal)} for goal in goals.all()]


def _municipality(municipality) -> dict:
    return {"nis_code": municipality.nis_code, "name": municipality.name_nl, "slug": slugify(municipality.name_nl)}


class MunicipalityField(Field):
    """A municipality as ``{"nis_code", "name", "slug"}``."""

    def to_representation(self, municipality):
        return _municipality(municipality)


class MunicipalitiesField(Field):
    def to_representation(self, municipalities):
        return [_municipality(municipality) for municipality in municipalities.all()]


class OrganisationField(Field):
    """The organisation behind an offer, nested: ``{"id", "name", "website", "email", "phone"}``."""

    def to_representation(self, organisation):
        return {
            "id": organisation.pk,
            "name": organisation.name,
            "website": organisation.website,
            "email": organisation.email,
            "phone": organisation.phone,
        }


def offer_image_field() -> ImageRenditionField:
    return ImageRenditionField(V2_IMAGE_RENDITION)
