from django.urls import path

from journalists import views

app_name = "journalists"

urlpatterns = [
    path("apply/", views.apply, name="apply"),
    path("sign-in/", views.sign_in, name="sign_in"),
    path("sign-out/", views.sign_out, name="sign_out"),
    path("embargoed/", views.embargoed_list, name="embargoed"),
    path("embargoed/<int:pk>/", views.embargoed_release, name="release"),
    path(
        "embargoed/<int:pk>/documents/<int:document>/",
        views.embargoed_document,
        name="document",
    ),
]
