"""The press contacts' admin: email, phone numbers checked as typed, the
languages spoken, and the filters of the list."""

import re

import pytest

from contacts.models import PressContact
from tests.admin_people import (
    contact_data,
    edit_url,
    field_errors,
    organisation,
    press_contact,
    refused,
)
from tests.contacts.admin_pages import CONTACTS

pytestmark = pytest.mark.django_db

SEED_MOBILE = "+595 21 981-50-90-20"
SEED_LANDLINE = "+595-21-296-882"


def test_a_press_contact_with_an_invalid_email_is_refused(editing, iom_paraguay):
    response = editing.post(
        f"{CONTACTS}add/",
        contact_data(iom_paraguay, full_name="Eduardo Carrillo", email="ecarrillo@"),
    )

    assert refused(response)
    assert "Enter a valid email address." in field_errors(response)
    assert not PressContact.objects.exists()


@pytest.fixture
def carrillo(editing, iom_paraguay):
    """The seed's press contact, added through the admin as printed."""
    response = editing.post(
        f"{CONTACTS}add/",
        contact_data(
            iom_paraguay,
            full_name="Eduardo Carrillo",
            email="ecarrillo@iom.int",
            mobile=SEED_MOBILE,
            landline=SEED_LANDLINE,
            languages=["es", "en"],
        ),
    )
    assert response.status_code == 302, field_errors(response)
    return PressContact.objects.get()


def test_an_invalid_mobile_is_kept_exactly_as_typed_and_flagged(carrillo):
    assert carrillo.mobile == SEED_MOBILE
    assert carrillo.mobile_e164 == ""
    assert carrillo.needs_review
    assert carrillo.landline == SEED_LANDLINE
    assert carrillo.landline_e164 == "+59521296882"
    assert sorted(carrillo.languages) == ["en", "es"]


def test_the_change_page_says_which_number_needs_review_and_why(editing, carrillo):
    response = editing.get(edit_url(carrillo))

    assert response.status_code == 200
    check = re.search(r'<div class="readonly">(.*?)</div>', response.text, re.S)
    assert check, "no phone check on the page"
    mobile, landline = re.findall(r"<li>(.*?)</li>", check.group(1), re.S)
    assert SEED_MOBILE in mobile
    assert "Needs review:" in mobile
    assert "Not a valid number in Paraguay (+595)." in mobile
    assert SEED_LANDLINE in landline
    assert "+59521296882" in landline
    assert "Needs review" not in landline


def test_the_languages_are_offered_as_a_multiple_choice(editing, carrillo):
    response = editing.get(edit_url(carrillo))

    select = re.search(
        r'<select name="languages"[^>]*multiple[^>]*>(.*?)</select>',
        response.text,
        re.S,
    )
    assert select, "languages is not a multiple choice"
    chosen = re.findall(r'<option value="(\w+)"[^>]*selected', select.group(1))
    assert sorted(chosen) == ["en", "es"]


def listed_names(response):
    assert response.status_code == 200
    return re.findall(
        r'<th class="field-full_name"><a [^>]*>([^<]*)</a>', response.text
    )


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("needs_review__exact=1", "Eduardo Carrillo", "Claire Exemple"),
        ("needs_review__exact=0", "Claire Exemple", "Eduardo Carrillo"),
        ("active__exact=0", "Former Officer", "Eduardo Carrillo"),
        ("country=PY", "Eduardo Carrillo", "Claire Exemple"),
        ("country=CH", "Claire Exemple", "Eduardo Carrillo"),
        ("q=296-882", "Eduardo Carrillo", "Claire Exemple"),
    ],
)
def test_press_contact_filters_narrow_the_list(editing, carrillo, query, shown, hidden):
    headquarters = organisation("IOM", country="CH")
    press_contact("Claire Exemple", office=headquarters, mobile="+41 78 123 45 67")
    press_contact("Former Officer", office=headquarters, active=False)

    names = listed_names(editing.get(f"{CONTACTS}?{query}"))

    assert shown in names
    assert hidden not in names


def test_press_contacts_can_be_filtered_by_office(editing, carrillo):
    headquarters = organisation("IOM", country="CH")
    press_contact("Claire Exemple", office=headquarters)

    names = listed_names(
        editing.get(f"{CONTACTS}?office__id__exact={carrillo.office_id}")
    )

    assert names == ["Eduardo Carrillo"]
