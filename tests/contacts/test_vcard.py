"""A press contact's vCard imports into phone and mail apps exactly as entered."""

import pytest
import vobject

from tests.contacts.test_phones import SEED_LANDLINE, SEED_MOBILE
from tests.factories import OrganisationFactory, PressContactFactory, physical_lines

pytestmark = pytest.mark.django_db


def download(client, contact, language="en"):
    """The contact's vCard as an app reads it, and its physical lines."""
    response = client.get(f"/{language}/contacts/{contact.slug}.vcf")
    assert response.status_code == 200
    lines = physical_lines(response.content)
    return vobject.readOne(response.content.decode("utf-8")), lines


@pytest.fixture
def carrillo():
    iom = OrganisationFactory(
        name_en="International Organization for Migration",
        name_fr="Organisation internationale pour les migrations",
        country="",
    )
    return PressContactFactory(
        full_name="Eduardo Carrillo",
        office=OrganisationFactory(
            name_en="IOM Paraguay", name_fr="OIM Paraguay", parent=iom, country="PY"
        ),
        job_title_en="Communications officer",
        job_title_fr="Chargé de communication",
        email="ecarrillo@iom.int",
        mobile=SEED_MOBILE,
        landline=SEED_LANDLINE,
        languages=["es", "en", "gn"],
    )


def phones_by_type(card):
    """``{"CELL": number, "WORK": number}`` from the card's TEL lines."""
    numbers = {}
    for tel in card.contents["tel"]:
        types = {t.upper() for value in tel.params["TYPE"] for t in value.split(",")}
        numbers.update(dict.fromkeys(types & {"CELL", "WORK"}, tel.value))
    return numbers


def test_the_vcard_is_a_file_to_download(client, carrillo):
    response = client.get(f"/en/contacts/{carrillo.slug}.vcf")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/vcard")
    assert response["Content-Disposition"].startswith("attachment")
    assert "eduardo-carrillo.vcf" in response["Content-Disposition"]


def test_the_seed_contact_imports_with_every_field(client, carrillo):
    card, _lines = download(client, carrillo)

    assert card.version.value == "3.0"
    assert card.fn.value == "Eduardo Carrillo"
    assert (card.n.value.family, card.n.value.given) == ("Carrillo", "Eduardo")
    assert card.org.value == [
        "International Organization for Migration",
        "IOM Paraguay",
    ]
    assert card.title.value == "Communications officer"
    assert card.email.value == "ecarrillo@iom.int"
    # E.164 for the landline that validates, the mobile as printed.
    assert phones_by_type(card) == {"CELL": SEED_MOBILE, "WORK": "+59521296882"}
    assert [lang.value for lang in card.contents["lang"]] == ["es", "en", "gn"]


def test_the_vcard_speaks_the_language_of_the_page_it_came_from(client, carrillo):
    card, _lines = download(client, carrillo, "fr")

    assert card.title.value == "Chargé de communication"
    assert card.org.value[-1] == "OIM Paraguay"


def test_a_contact_without_phones_or_email_still_imports(client):
    contact = PressContactFactory(full_name="Solo", email="", landline="")

    card, _lines = download(client, contact)

    assert card.fn.value == "Solo"
    assert "tel" not in card.contents
    assert "email" not in card.contents


ARABIC_OFFICE = "المنظمة الدولية للهجرة في الأردن"
LONG_NAME = "Maximilian " + "Ångström-" * 14 + "Øresund"

TRICKY = {
    "commas and semicolons": {
        "full_name": "Ana María Pérez, Jr.",
        "family_name": "Pérez, Jr.",
        "expected_n": ("Pérez, Jr.", "Ana María"),
        "job_title_en": "Head of press; media, outreach",
        "office": "Office of the Prosecutor; Unit A, B",
    },
    "line breaks": {
        "full_name": "Eduardo Carrillo",
        "expected_n": ("Carrillo", "Eduardo"),
        "job_title_en": "Press officer\nMedia unit\n\n(weekends)",
        "office": "IOM Paraguay",
    },
    "arabic script": {
        "full_name": "عبد الرحمن الهاشمي",
        "expected_n": ("الهاشمي", "عبد الرحمن"),
        "job_title_en": "مسؤول الإعلام، المكتب الإقليمي؛ عمّان",
        "office": ARABIC_OFFICE,
    },
    "very long values": {
        "full_name": LONG_NAME,
        "expected_n": (LONG_NAME.partition(" ")[2], "Maximilian"),
        "job_title_en": "Responsable de la communication " + "é" * 150,
        "office": (ARABIC_OFFICE + " ") * 6,
    },
}


@pytest.mark.parametrize("case", TRICKY.values(), ids=TRICKY.keys())
def test_tricky_values_survive_the_round_trip_in_folded_lines(client, case):
    contact = PressContactFactory(
        full_name=case["full_name"],
        family_name=case.get("family_name", ""),
        job_title_en=case["job_title_en"],
        office=OrganisationFactory(name_en=case["office"]),
    )

    card, lines = download(client, contact)

    assert card.fn.value == case["full_name"]
    assert (card.n.value.family, card.n.value.given) == case["expected_n"]
    assert card.title.value == case["job_title_en"]
    assert card.org.value == [case["office"]]
    if len(case["office"].encode()) > 75:
        assert any(line.startswith(b" ") for line in lines)


def test_an_arabic_names_vcard_downloads_from_its_arabic_address(client):
    contact = PressContactFactory(full_name="عبد الرحمن الهاشمي")

    card, _lines = download(client, contact, "ar")

    assert card.fn.value == "عبد الرحمن الهاشمي"


def test_a_contact_who_has_left_has_no_vcard(client):
    contact = PressContactFactory(active=False)

    assert client.get(f"/en/contacts/{contact.slug}.vcf").status_code == 404


@pytest.mark.parametrize(
    "slug", ["nobody", "<script>", "a.b", "x" * 2000, "eduardo%20carrillo"]
)
def test_an_unknown_or_malformed_vcard_address_is_a_404(client, carrillo, slug):
    assert client.get(f"/en/contacts/{slug}.vcf").status_code == 404
