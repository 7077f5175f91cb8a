from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """The page cache: whole public pages kept until what they show changes,
    and the count of changes the database keeps for it."""

    name = "newsroom.core.pages"
    label = "pages"
    verbose_name = _("Page cache")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from newsroom.core.pages.generation import migrated

        post_migrate.connect(migrated, sender=self, dispatch_uid="pages-migrated")
