from django.urls import path

import newsroom.core.converters  # noqa: F401  (registers "uslug")
from contacts import views

app_name = "contacts"

urlpatterns = [
    path("", views.contact_list, name="index"),
    path("<uslug:slug>.vcf", views.contact_vcard, name="vcard"),
]
