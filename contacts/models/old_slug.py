from django.utils.translation import gettext_lazy as _

from newsroom.core.old_slugs import old_slug_model

# As long as the people's own slugs.
MAX_LENGTH = 100


class OfficialOldSlug(
    old_slug_model(
        "contacts.Official",
        "official",
        _("official"),
        translated=False,
        max_length=MAX_LENGTH,
    )
):
    """A slug an official used to have: their old page redirects, for ever."""


class PressContactOldSlug(
    old_slug_model(
        "contacts.PressContact",
        "contact",
        _("press contact"),
        translated=False,
        max_length=MAX_LENGTH,
    )
):
    """A slug a press contact used to have: their old vCard redirects, for ever."""
