from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from search import views as search_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i/", include("insight.urls")),
    path("", include("api.urls")),  # /api/v2/, /api/ (offers API, schema, docs), /embed/
    path("sitemap.xml", home_views.sitemap, name="sitemap"),  # newcomer pages (issue 5)
    path("robots.txt", home_views.robots, name="robots"),
]
handler500 = "home.views.server_error"  # in the reader's language, without the database

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/municipality/", search_views.find_municipality, name="find_municipality"),
    path("propose/", include("pipeline.urls")),  # pipeline: "Add your activity" (issue 7)
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
