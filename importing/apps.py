from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportingConfig(AppConfig):
    """Old plain-text releases brought in as drafts, with a report of each file."""

    name = "importing"
    verbose_name = _("Importing")
    default_auto_field = "django.db.models.BigAutoField"
