from django.urls import path

import newsroom.core.converters  # noqa: F401  (registers "uslug")
from releases import views
from releases.feeds import AtomReleaseFeed, ReleaseFeed
from releases.views.media_kit import media_kit

app_name = "releases"

urlpatterns = [
    path("", views.release_list, name="index"),
    path("preview/<int:pk>/", views.release_preview, name="preview"),
    # Before the slug route, which "feed" would match too.
    path("feed/", ReleaseFeed(), name="feed"),
    path("feed/atom/", AtomReleaseFeed(), name="feed_atom"),
    path("<uslug:slug>/", views.release_detail, name="detail"),
    path("<uslug:slug>.pdf", views.release_pdf, name="pdf"),
    path("<uslug:slug>/media-kit.zip", media_kit, name="media_kit"),
]
