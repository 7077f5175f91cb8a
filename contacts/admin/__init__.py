"""The admin for the people in the news and the press contacts."""

from contacts.admin.official import OfficialAdmin
from contacts.admin.organisation import OrganisationAdmin
from contacts.admin.press_contact import PressContactAdmin

__all__ = ["OfficialAdmin", "OrganisationAdmin", "PressContactAdmin"]
