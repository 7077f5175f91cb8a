from contacts.models.official import Official, appear_in, officials_with_a_page
from contacts.models.old_slug import OfficialOldSlug, PressContactOldSlug
from contacts.models.organisation import Organisation, OrganisationKind
from contacts.models.press_contact import PressContact

__all__ = [
    "Official",
    "OfficialOldSlug",
    "Organisation",
    "OrganisationKind",
    "PressContact",
    "PressContactOldSlug",
    "appear_in",
    "officials_with_a_page",
]
