from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaConfig(AppConfig):
    """Pictures and documents: uploads checked, renditions, downloads, media kits."""

    name = "media"
    verbose_name = _("Pictures and documents")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from newsroom.core import pages

        pages.watch(self)
