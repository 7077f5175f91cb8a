from django.urls import path, register_converter

from releases import views


class SlugConverter:
    """A slug in any script (Arabic ones included), and nothing else.

    Anything else never reaches the database, so a NUL byte or a stray
    character is a plain 404.
    """

    regex = r"[-\w]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(SlugConverter, "uslug")

app_name = "releases"

urlpatterns = [
    path("", views.release_list, name="index"),
    path("preview/<int:pk>/", views.release_preview, name="preview"),
    path("<uslug:slug>/", views.release_detail, name="detail"),
]
