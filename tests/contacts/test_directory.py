"""The press contacts directory: who journalists can call, office by office."""

import re

import pytest
from django.utils.html import strip_tags

from tests.contacts.test_phones import SEED_LANDLINE, SEED_MOBILE
from tests.factories import (
    OrganisationFactory,
    PressContactFactory,
    jsonld,
    visible_text,
)

pytestmark = pytest.mark.django_db


def headings(response, level):
    return [
        " ".join(strip_tags(text).split())
        for text in re.findall(rf"<h{level}\b[^>]*>(.*?)</h{level}>", response.text)
    ]


@pytest.fixture
def offices():
    return {
        "PY": OrganisationFactory(name_en="IOM Paraguay", country="PY"),
        "CH": OrganisationFactory(
            name_en="IOM Geneva", name_fr="OIM Genève", country="CH"
        ),
        "": OrganisationFactory(name_en="IOM Headquarters", country=""),
    }


@pytest.fixture
def carrillo(offices):
    return PressContactFactory(
        full_name="Eduardo Carrillo",
        office=offices["PY"],
        email="ecarrillo@iom.int",
        mobile=SEED_MOBILE,
        landline=SEED_LANDLINE,
        languages=["es", "en"],
    )


def test_contacts_are_listed_by_country_then_office(client, offices, carrillo):
    PressContactFactory(full_name="Sophie Weber", office=offices["CH"])
    PressContactFactory(full_name="Global Desk", office=offices[""])

    response = client.get("/en/contacts/")

    assert response.status_code == 200
    assert headings(response, 2) == ["Paraguay", "Switzerland", "International"]
    assert headings(response, 3) == ["IOM Paraguay", "IOM Geneva", "IOM Headquarters"]


def test_each_contact_shows_how_to_reach_them(client, carrillo):
    response = client.get("/en/contacts/")
    text = visible_text(response)

    assert "Eduardo Carrillo" in text
    assert "Communications officer" in text
    assert 'href="mailto:ecarrillo@iom.int"' in response.text
    assert "Spanish, English" in text
    assert f'href="/en/contacts/{carrillo.slug}.vcf"' in response.text


def test_contacts_who_have_left_are_not_listed(client, offices):
    PressContactFactory(full_name="Still Here", office=offices["PY"])
    PressContactFactory(full_name="Gone Away", office=offices["PY"], active=False)

    response = client.get("/en/contacts/")

    assert "Still Here" in response.text
    assert "Gone Away" not in response.text


def test_the_directory_in_french_names_titles_offices_and_countries_in_french(
    client, offices
):
    PressContactFactory(
        full_name="Sophie Weber",
        office=offices["CH"],
        job_title_fr="Chargée de presse",
    )
    PressContactFactory(full_name="Eduardo Carrillo", office=offices["PY"])

    response = client.get("/fr/contacts/")

    assert "Chargée de presse" in response.text
    assert "OIM Genève" in response.text
    assert "Suisse" in headings(response, 2)
    # No French title for Eduardo Carrillo: better English than nothing.
    assert "Communications officer" in response.text


def test_the_country_filter_shows_one_countrys_contacts(client, offices, carrillo):
    PressContactFactory(full_name="Sophie Weber", office=offices["CH"])

    response = client.get("/en/contacts/?country=CH")

    assert response.status_code == 200
    assert "Sophie Weber" in response.text
    assert "Eduardo Carrillo" not in response.text


def test_the_country_filter_offers_only_countries_with_contacts(client, carrillo):
    response = client.get("/en/contacts/")

    options = re.findall(r'<option value="([^"]*)"', response.text)
    assert options == ["", "PY"]


@pytest.mark.parametrize("code", ["PY", "py"])
def test_the_country_filter_takes_the_code_in_either_case(
    client, offices, carrillo, code
):
    PressContactFactory(full_name="Sophie Weber", office=offices["CH"])

    text = visible_text(client.get(f"/en/contacts/?country={code}"))

    assert "Eduardo Carrillo" in text
    assert "Sophie Weber" not in text


def test_a_country_without_contacts_shows_none_rather_than_an_error(client, carrillo):
    text = visible_text(client.get("/en/contacts/?country=FR"))

    assert "Eduardo Carrillo" not in text
    assert "No press contacts match." in text


@pytest.mark.parametrize("value", ["ZZ", "XK1", "%3Cscript%3E", "P" * 500])
def test_a_country_that_is_not_in_the_list_is_a_400_not_a_500(client, carrillo, value):
    response = client.get(f"/en/contacts/?country={value}")

    assert response.status_code == 400
    assert "Eduardo Carrillo" not in response.text
    assert 'role="alert"' in response.text


def test_a_nul_byte_in_the_country_filter_is_a_400(client, carrillo):
    assert client.get("/en/contacts/?country=%00").status_code == 400


def test_contacts_are_described_as_schema_org_contact_points(client, carrillo):
    response = client.get("/en/contacts/")

    [point] = jsonld(response, "ContactPoint")
    assert point["name"] == "Eduardo Carrillo"
    assert point["email"] == "ecarrillo@iom.int"
    assert point["contactType"] == "press"
    assert point["availableLanguage"] == ["es", "en"]
    # The number a machine can dial, not the one that does not validate.
    assert point["telephone"] == "+59521296882"


def make_directory(count):
    """``count`` contacts in offices of several countries, each part of IOM."""
    iom = OrganisationFactory(name_en="IOM", country="")
    offices = [
        OrganisationFactory(parent=iom, country=code)
        for code in ["PY", "CH", "JO", "SN", "FR", "EC"]
    ]
    for n in range(count):
        PressContactFactory(office=offices[n % len(offices)], mobile=SEED_MOBILE)


@pytest.mark.parametrize("path", ["/en/contacts/", "/fr/contacts/?country=PY"])
def test_the_directory_runs_at_most_6_queries(
    client, django_assert_max_num_queries, path
):
    make_directory(30)

    with django_assert_max_num_queries(6):
        response = client.get(path)

    assert response.status_code == 200
    assert response.text.count('class="contact"') >= 5
