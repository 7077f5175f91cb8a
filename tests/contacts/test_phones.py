"""Phone numbers are kept as printed, checked, and shown so journalists can dial."""

import re

import pytest
from django.utils import translation
from django.utils.html import strip_tags

from contacts.phones import check_number
from tests.factories import (
    OrganisationFactory,
    PressContactFactory,
    ReleaseContactFactory,
)


@pytest.fixture(autouse=True)
def english():
    """Reasons and labels as an English-speaking editor reads them."""
    with translation.override("en"):
        yield


SEED_LANDLINE = "+595-21-296-882"
SEED_MOBILE = "+595 21 981-50-90-20"

# (as printed, the office's country, E.164 or "" when it must be flagged)
NUMBERS = [
    (SEED_LANDLINE, "PY", "+59521296882"),
    (SEED_MOBILE, "PY", ""),
    ("+41 22 717 91 11", "", "+41227179111"),
    ("+41 22 717 91 11", "PY", "+41227179111"),
    ("(+33) 1 45 68 10 00", "", "+33145681000"),
    ("021 296 882", "PY", "+59521296882"),
    ("0981 123 456", "PY", "+595981123456"),
    ("٠٢١ ٢٩٦ ٨٨٢", "PY", "+59521296882"),
    ("021 296 882", "", ""),
    ("call the office", "PY", ""),
    ("+41 22", "", ""),
    ("12", "PY", ""),
    ("+41 22 717 91 11 99 88 77 66 55", "", ""),
    ("+999 123 456 789", "", ""),
]


@pytest.mark.parametrize(("printed", "region", "e164"), NUMBERS)
def test_a_number_as_printed_is_read_to_e164_or_flagged_with_a_reason(
    printed, region, e164
):
    checked = check_number(printed, region)

    assert checked.printed == printed
    assert checked.e164 == e164
    assert bool(checked.problem) is (e164 == "")


def test_the_seed_mobile_is_flagged_as_not_valid_in_paraguay():
    checked = check_number(SEED_MOBILE, "PY")

    assert checked.e164 == ""
    assert "Paraguay" in checked.problem


def test_an_empty_number_is_neither_valid_nor_a_problem():
    assert check_number("  ", "PY") == check_number("", None)
    assert check_number("", None).problem == ""


@pytest.mark.django_db
def test_saving_the_seed_contact_keeps_both_numbers_and_flags_it():
    contact = PressContactFactory(mobile=SEED_MOBILE, landline=SEED_LANDLINE)
    contact.refresh_from_db()

    assert contact.mobile == SEED_MOBILE
    assert contact.mobile_e164 == ""
    assert contact.landline == SEED_LANDLINE
    assert contact.landline_e164 == "+59521296882"
    assert contact.needs_review is True
    checked = dict(contact.checked_phones())
    assert checked["mobile"].printed == SEED_MOBILE
    assert checked["mobile"].problem
    assert not checked["landline"].problem


@pytest.mark.django_db
def test_a_national_number_is_read_in_the_offices_country():
    contact = PressContactFactory(
        office=OrganisationFactory(country="PY"), landline="021 296 882"
    )

    assert contact.landline_e164 == "+59521296882"
    assert contact.needs_review is False


@pytest.mark.django_db
def test_a_national_number_for_an_office_without_a_country_is_kept_and_flagged():
    contact = PressContactFactory(
        office=OrganisationFactory(country=""), landline="021 296 882"
    )
    contact.refresh_from_db()

    assert contact.landline == "021 296 882"
    assert contact.landline_e164 == ""
    assert contact.needs_review is True


@pytest.mark.django_db
def test_correcting_a_flagged_number_clears_the_review_flag():
    contact = PressContactFactory(mobile=SEED_MOBILE)

    contact.mobile = "+595 981 123 456"
    contact.save()
    contact.refresh_from_db()

    assert contact.mobile_e164 == "+595981123456"
    assert contact.needs_review is False


@pytest.mark.django_db
def test_the_admin_lists_contacts_to_review_and_says_why(admin_client):
    flagged = PressContactFactory(full_name="Eduardo Carrillo", mobile=SEED_MOBILE)
    PressContactFactory(full_name="Valid Numbers")

    listed = admin_client.get("/admin/contacts/presscontact/?needs_review__exact=1")
    page = admin_client.get(f"/admin/contacts/presscontact/{flagged.pk}/change/")

    assert "Eduardo Carrillo" in listed.text
    assert "Valid Numbers" not in listed.text
    assert SEED_MOBILE in page.text
    assert check_number(SEED_MOBILE, "PY").problem in page.text


# ----- what readers see -----


def phone_links(html):
    """``(tel: target, text shown)`` for each phone link on a page."""
    links = re.findall(r'<a\b[^>]*\bhref="tel:([^"]*)"[^>]*>(.*?)</a>', html, re.S)
    return [(target, strip_tags(text).strip()) for target, text in links]


@pytest.fixture
def seed_contact(db):
    return PressContactFactory(
        full_name="Eduardo Carrillo", mobile=SEED_MOBILE, landline=SEED_LANDLINE
    )


def release_page(client, contact):
    link = ReleaseContactFactory(contact=contact)
    return client.get(f"/en/releases/{link.release.slug_en}/")


def directory_page(client, contact):
    return client.get("/en/contacts/")


@pytest.mark.parametrize("page", [directory_page, release_page])
def test_readers_dial_valid_numbers_and_read_invalid_ones_as_printed(
    client, seed_contact, page
):
    response = page(client, seed_contact)

    assert response.status_code == 200
    assert phone_links(response.text) == [("+59521296882", "+595 21 296 882")]
    assert SEED_MOBILE in response.text


@pytest.mark.django_db
def test_an_extension_printed_after_a_number_is_not_lost_for_readers(client):
    PressContactFactory(landline="+41 22 717 91 11 ext. 204")

    response = client.get("/en/contacts/")

    # A journalist dialling the number without its extension reaches the
    # switchboard, not the press officer.
    assert "ext. 204" in strip_tags(response.text)
