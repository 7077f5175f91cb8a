from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactsConfig(AppConfig):
    """Who is in the news and who answers the phone."""

    name = "contacts"
    verbose_name = _("Contacts")
    default_auto_field = "django.db.models.BigAutoField"
