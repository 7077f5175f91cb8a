from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Who may sign in and how: lockouts after failed sign-ins, two-factor sign-in."""

    name = "accounts"
    verbose_name = _("Sign-in")
    default_auto_field = "django.db.models.BigAutoField"
