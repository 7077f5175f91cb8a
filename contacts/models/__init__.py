from contacts.models.official import Official
from contacts.models.organisation import Organisation, OrganisationKind
from contacts.models.press_contact import PressContact

__all__ = ["Official", "Organisation", "OrganisationKind", "PressContact"]
