"""The admin for officials, organisations and press contacts, as officers use it."""

import re
from dataclasses import dataclass

import pytest
from django.utils import translation
from django.utils.text import capfirst

from contacts.models import Official, Organisation, PressContact
from tests.admin_people import (
    admin_page,
    assert_in_language,
    autocomplete,
    contact_data,
    edit_url,
    field_errors,
    html_tag,
    in_catalogue,
    logged_in,
    official,
    official_data,
    organisation,
    press_contact,
    refused,
)
from tests.contacts.admin_pages import CONTACTS, OFFICIALS, ORGANISATIONS

pytestmark = pytest.mark.django_db

SAME_NAME = "There is already someone with this name:"


# ----- the same person, entered twice -----


@dataclass
class PersonAdmin:
    """The admin of officials or of press contacts, for tests that hold for both."""

    url: str
    model: type
    office: Organisation

    @property
    def add_url(self):
        return f"{self.url}add/"

    def make(self, full_name):
        if self.model is PressContact:
            return press_contact(full_name, office=self.office)
        return official(full_name)

    def data(self, **values):
        if self.model is PressContact:
            return contact_data(self.office, **values)
        return official_data(**values)


@pytest.fixture(
    params=[(OFFICIALS, Official), (CONTACTS, PressContact)],
    ids=["official", "press contact"],
)
def people(request, iom_paraguay):
    """The officials' admin, then the press contacts'."""
    return PersonAdmin(*request.param, office=iom_paraguay)


def test_a_namesake_is_held_back_until_confirmed_as_a_different_person(editing, people):
    existing = people.make("Javier Díaz Verón")
    data = people.data(full_name="  javier DIAZ   veron ")

    held = editing.post(people.add_url, data)

    assert refused(held)
    assert SAME_NAME in held.text
    assert f'<a href="{edit_url(existing)}">Javier Díaz Verón</a>' in held.text
    assert re.search(r'<input type="checkbox" name="different_person"', held.text)
    assert "This is a different person with the same name" in held.text
    assert people.model.objects.count() == 1

    saved = editing.post(people.add_url, {**data, "different_person": "on"})

    assert saved.status_code == 302, field_errors(saved)
    namesake = people.model.objects.exclude(pk=existing.pk).get()
    assert namesake.full_name == "javier DIAZ veron"
    assert namesake.slug != existing.slug


def test_a_new_person_with_another_name_saves_without_a_warning(editing, people):
    people.make("Javier Díaz Verón")

    response = editing.post(
        people.add_url, people.data(full_name="Javier Díaz Almeida")
    )

    assert response.status_code == 302, field_errors(response)
    assert people.model.objects.count() == 2


@pytest.mark.parametrize("new_name", ["Javier Díaz Verón", "JAVIER DIAZ VERON"])
def test_editing_a_person_who_has_a_namesake_never_warns(editing, people, new_name):
    people.make("Javier Díaz Verón")
    namesake = people.make("Javier Diaz Veron")

    response = editing.post(
        edit_url(namesake), people.data(full_name=new_name, slug=namesake.slug)
    )

    assert response.status_code == 302, field_errors(response)
    namesake.refresh_from_db()
    assert namesake.full_name == new_name


# ----- finding officials and press contacts from other forms -----


def test_autocomplete_finds_officials_for_a_mention(editing):
    diaz = official("Javier Díaz Verón")
    official("Jorge Chabarría Guzmán")

    found = autocomplete(editing, "mention", "official", "Verón")

    assert found == {"Javier Díaz Verón": str(diaz.pk)}


def test_autocomplete_finds_officials_by_their_position(editing):
    diaz = official("Javier Díaz Verón", position_en="Attorney General of Paraguay")
    official("Erika Rojas", position_en="Counter-trafficking specialist")

    found = autocomplete(editing, "speaker", "official", "attorney", app_label="events")

    assert found == {"Javier Díaz Verón": str(diaz.pk)}


def test_autocomplete_finds_press_contacts_for_a_release(editing):
    carrillo = press_contact("Eduardo Carrillo", email="ecarrillo@iom.int")
    press_contact("Claire Exemple", office=organisation("IOM", country="CH"))

    found = autocomplete(editing, "releasecontact", "contact", "carrillo")

    assert found == {"Eduardo Carrillo": str(carrillo.pk)}


@pytest.mark.parametrize("term", ["diaz veron", "DÍAZ", "Díaz  Verón", "veron"])
def test_people_are_found_however_their_name_is_accented(editing, term):
    javier = official()
    official("Jorge Chabarria Guzman")

    found = autocomplete(editing, "mention", "official", term)

    assert found == {"Javier Díaz Verón": str(javier.pk)}


def test_only_active_contacts_can_be_picked_for_a_release(editing):
    office = organisation()
    active = press_contact("Eduardo Carrillo", office=office)
    press_contact("Eduardo Ramos", office=office, active=False)

    found = autocomplete(editing, "releasecontact", "contact", "eduardo")

    assert found == {"Eduardo Carrillo": str(active.pk)}


# ----- who may do what -----


def test_a_contributor_can_add_an_official(client, contributor):
    response = logged_in(client, contributor).post(
        f"{OFFICIALS}add/", official_data(full_name="Erika Rojas")
    )

    assert response.status_code == 302, field_errors(response)
    assert Official.objects.get().full_name == "Erika Rojas"


def test_a_contributor_cannot_add_a_press_contact(client, contributor, iom_paraguay):
    client = logged_in(client, contributor)

    assert client.get(f"{CONTACTS}add/").status_code == 403
    response = client.post(
        f"{CONTACTS}add/", contact_data(iom_paraguay, full_name="Eduardo Carrillo")
    )

    assert response.status_code == 403
    assert not PressContact.objects.exists()


def test_a_contributor_sees_but_cannot_change_a_press_contact(client, contributor):
    contact = press_contact(email="ecarrillo@iom.int")
    client = logged_in(client, contributor)

    page = client.get(edit_url(contact))
    response = client.post(
        edit_url(contact),
        contact_data(contact.office, full_name="Eduardo Carrillo", email="x@x.org"),
    )

    assert page.status_code == 200
    assert 'name="email"' not in page.text
    assert response.status_code == 403
    contact.refresh_from_db()
    assert contact.email == "ecarrillo@iom.int"


def test_an_editor_can_change_a_press_contact(editing):
    contact = press_contact(email="ecarrillo@iom.int")

    response = editing.post(
        edit_url(contact),
        contact_data(
            contact.office,
            full_name="Eduardo Carrillo",
            slug=contact.slug,
            email="eduardo.carrillo@iom.int",
        ),
    )

    assert response.status_code == 302, field_errors(response)
    contact.refresh_from_db()
    assert contact.email == "eduardo.carrillo@iom.int"


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("contributor", False), ("editor", True), ("publisher", True)],
)
def test_only_editors_change_an_official_readers_already_see(
    client, request, role, allowed
):
    javier = official(position_en="Attorney General of Paraguay")
    client = logged_in(client, request.getfixturevalue(role))

    response = client.post(
        edit_url(javier),
        official_data(
            full_name=javier.full_name, slug=javier.slug, position_en="Ex-minister"
        ),
    )

    assert response.status_code == (302 if allowed else 403)
    javier.refresh_from_db()
    assert (javier.position_en == "Ex-minister") is allowed


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("contributor", False), ("editor", False), ("publisher", True)],
)
def test_only_a_publisher_can_delete_a_press_contact(client, request, role, allowed):
    contact = press_contact()
    client = logged_in(client, request.getfixturevalue(role))

    response = client.post(f"{CONTACTS}{contact.pk}/delete/", {"post": "yes"})

    assert response.status_code == (302 if allowed else 403)
    assert PressContact.objects.exists() is not allowed


# ----- in the press officer's language -----


@pytest.fixture
def on_file(db):
    """One record of each kind, for the change pages."""
    carrillo = press_contact()
    return {
        OFFICIALS: official(organisation=carrillo.office),
        CONTACTS: carrillo,
        ORGANISATIONS: carrillo.office,
    }


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
@pytest.mark.parametrize("changelist", [OFFICIALS, CONTACTS, ORGANISATIONS])
@pytest.mark.parametrize("page", ["list", "add", "change"])
def test_people_pages_of_the_admin_open_in_every_language(
    client, publisher, on_file, language, changelist, page
):
    url = admin_page(page, changelist, on_file[changelist])

    response = logged_in(client, publisher).get(url, HTTP_ACCEPT_LANGUAGE=language)

    assert_in_language(response, language)


def test_the_language_cookie_sets_the_people_admins_language(
    client, publisher, settings
):
    client = logged_in(client, publisher)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"

    response = client.get(CONTACTS, HTTP_ACCEPT_LANGUAGE="en")

    assert 'dir="rtl"' in html_tag(response)


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
@pytest.mark.parametrize(
    "text",
    [
        Official._meta.verbose_name_plural,
        PressContact._meta.verbose_name_plural,
        Organisation._meta.verbose_name_plural,
    ],
    ids=str,
)
def test_the_people_admin_names_its_records_in_the_editors_language(
    client, publisher, language, text
):
    response = logged_in(client, publisher).get(
        "/admin/", HTTP_ACCEPT_LANGUAGE=language
    )
    with translation.override("en"):
        name = in_catalogue(language, str(text))

    assert capfirst(name) in response.text


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_the_same_name_warning_is_in_the_editors_language(editing, language):
    official()

    response = editing.post(
        f"{OFFICIALS}add/",
        official_data(full_name="Javier Diaz Veron"),
        HTTP_ACCEPT_LANGUAGE=language,
    )
    warning = in_catalogue(language, SAME_NAME)

    assert refused(response)
    assert warning in response.text
