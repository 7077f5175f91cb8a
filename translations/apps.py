from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Translations that stay true: each translation knows the original's
    text it was made or checked from, so the board, the side-by-side view
    and the public page say when the original has changed since."""

    name = "translations"
    verbose_name = _("Translations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from newsroom.core import pages
        from releases import page_parts
        from translations import admin, notes, states

        states.connect()
        admin.extend_admins()
        # Confirming a translation changes what its public page says.
        pages.watch(self)
        page_parts.register("translation_status", notes.translation_status)
