from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactsConfig(AppConfig):
    """Who is in the news and who answers the phone."""

    name = "contacts"
    verbose_name = _("Contacts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from contacts.models import officials_with_a_page
        from media.models import show_pictures
        from newsroom.core import pages

        pages.watch(self)
        show_pictures(
            lambda: (
                officials_with_a_page()
                .filter(portrait__isnull=False)
                .values("portrait")
            )
        )
