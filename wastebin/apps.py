from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# What goes to the bin when deleted in the admin; what is deleted with each
# (a release's mentions, gallery, documents; an event's speakers) goes with it.
IN_THE_BIN = (
    "releases.Release",
    "events.Event",
    "contacts.Official",
    "contacts.PressContact",
    "media.Image",
)


class WastebinConfig(AppConfig):
    """The bin: what editors delete waits here for 30 days, with its links,
    for a publisher to restore it; emptying it is an explicit act."""

    name = "wastebin"
    verbose_name = _("Bin")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wastebin.admin import send_deletions_to_bin

        send_deletions_to_bin(IN_THE_BIN)
