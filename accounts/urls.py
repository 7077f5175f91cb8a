"""Sign-in pages, under /admin/ (newsroom/urls.py puts them before the admin's)."""

from django.urls import path

from accounts import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.sign_in, name="login"),
    path("login/code/", views.code, name="code"),
    path("login/enrol/", views.enrol, name="enrol"),
    path("two-factor/", views.two_factor_page, name="two_factor"),
]
