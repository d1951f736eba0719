"""URLs of the public API and the embed widget (included from cms/urls.py, outside the
language prefixes)."""

from django.urls import path

from . import embed
from .offers_api import api
from .wagtail_v2 import router

urlpatterns = [
    path("api/v2/", router.urls),
    path("api/", api.urls),
    path("embed/<str:code>/", embed.embed_page, name="embed"),
    path("embed.js", embed.embed_script, name="embed_script"),
]
