from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from newsroom import views

urlpatterns = [
    path("", views.root, name="root"),
    path("healthz", views.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("releases/", include("releases.urls")),
)
