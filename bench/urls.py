"""cms.urls plus the framework floor. cms.urls cannot be include()d (it uses i18n_patterns),
so its list is extended instead."""

from django.urls import path

from cms.urls import urlpatterns as cms_urlpatterns

from . import views

urlpatterns = [path("bench/floor/", views.floor, name="bench_floor"), *cms_urlpatterns]
