"""Wagtail API v2 at /api/v2/: pages, images and documents for headless front ends.

The stock page endpoint issues queries per item for the locale, the page URL and related
objects. This endpoint loads them with the listing instead, so a listing of 50 offers costs a
constant number of queries (see api/tests/test_wagtail_v2.py)."""

from django.db.models import Prefetch
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet

from offers.models import OfferPage

from .offer_data import IMAGE_RENDITION


class PublicPagesAPIViewSet(PagesAPIViewSet):
    def get_queryset(self):
        queryset = super().get_queryset().select_related("locale")
        if queryset.model is OfferPage:
            renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=IMAGE_RENDITION)
            queryset = queryset.select_related("organisation", "municipality", "image").prefetch_related(
                "goals", "also_serves", Prefetch("image__renditions", queryset=renditions)
            )
        elif hasattr(queryset.model, "municipality"):
            queryset = queryset.select_related("municipality")
        return queryset


router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PublicPagesAPIViewSet)
router.register_endpoint("images", ImagesAPIViewSet)
router.register_endpoint("documents", DocumentsAPIViewSet)
