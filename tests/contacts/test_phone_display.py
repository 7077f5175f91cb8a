"""What readers see of a number printed with words, and numbers read again
when an office moves country."""

import pytest

from tests.factories import OrganisationFactory, PressContactFactory, in_english

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("printed", "shown", "tel"),
    [
        ("WhatsApp +41 78 123 45 67", "WhatsApp +41 78 123 45 67", "+41781234567"),
        ("+1 800 FLOWERS", "+1 800 FLOWERS", "+18003569377"),
        ("+41 22 717 91 11", "+41 22 717 91 11", "+41227179111"),
        (
            "+41 22 717 91 11 ext. 204",
            "+41 22 717 91 11 ext. 204",
            "+41227179111;ext=204",
        ),
    ],
)
def test_words_printed_with_a_number_are_never_lost(printed, shown, tel):
    contact = PressContactFactory(mobile=printed, landline="")

    [phone] = in_english(contact.phones)

    assert phone["text"] == shown
    assert phone["tel"] == tel
    assert contact.needs_review is False


def test_numbers_are_read_again_when_the_office_changes_country():
    office = OrganisationFactory(country="")
    contact = PressContactFactory(office=office, landline="021 296 882")
    assert contact.needs_review is True

    office.country = "PY"
    office.save()

    contact.refresh_from_db()
    assert contact.landline == "021 296 882"
    assert contact.landline_e164 == "+59521296882"
    assert contact.needs_review is False
