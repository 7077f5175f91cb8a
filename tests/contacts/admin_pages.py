"""The admin's lists of officials, press contacts and organisations."""

OFFICIALS = "/admin/contacts/official/"
CONTACTS = "/admin/contacts/presscontact/"
ORGANISATIONS = "/admin/contacts/organisation/"
