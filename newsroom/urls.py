from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from newsroom import views
from newsroom.core.pages import public_page
from newsroom.sitemaps import SITEMAPS

urlpatterns = [
    path("", views.root, name="root"),
    path("healthz", views.healthz, name="healthz"),
    path("healthz/ready", views.healthz_ready, name="healthz-ready"),
    path("healthz/live", views.healthz_live, name="healthz-live"),
    path("robots.txt", views.robots_txt, name="robots"),
    path(
        "sitemap.xml",
        public_page(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<slug:section>.xml",
        public_page(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path(
        "admin/releases/release/import/",
        RedirectView.as_view(pattern_name="admin:importing_import"),
    ),
    re_path(
        rf"^admin/releases/(?P<model>{'|'.join(views.MOVED_ADMIN_MODELS)})/(?P<rest>.*)$",
        views.moved_admin_page,
    ),
    # Signing in (the admin's login page, then a second step), before the admin.
    path("admin/", include("accounts.urls")),
    path("admin/", admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("privacy/", views.privacy, name="privacy"),
    path("releases/", include("releases.urls")),
    path("events/", include("events.urls")),
    path("officials/", include("releases.official_urls")),
    path("contacts/", include("contacts.urls")),
    path("alerts/", include("alerts.urls")),
    path("journalists/", include("journalists.urls")),
    path("review/", include("reviews.urls")),
    path("", include("media.urls")),
)

# Renditions of pictures, when no other server serves MEDIA_ROOT (SERVE_MEDIA;
# on by default while developing). See docs/deployment.md.
urlpatterns += [
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", views.media, name="media")
]

# A database error raised outside the views is a 503 page too (newsroom/faults.py).
handler500 = "newsroom.faults.server_error"
