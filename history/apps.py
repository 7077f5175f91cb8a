from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HistoryConfig(AppConfig):
    """Versions of what editors save: listed, compared and restored in the
    admin (django-reversion stores them)."""

    name = "history"
    verbose_name = _("History")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from history import admin_wiring, registry

        registry.register_models()
        admin_wiring.extend_admins()
