from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JournalistsConfig(AppConfig):
    """Accredited journalists: they apply, the press office approves, and
    they read embargoed releases before they lift — each opening recorded;
    never staff, never a draft."""

    name = "journalists"
    verbose_name = _("Accredited journalists")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from journalists.admin import extend_release_admin

        extend_release_admin()
