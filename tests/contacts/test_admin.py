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

pytestmark = pytest.mark.django_db

OFFICIALS = "/admin/contacts/official/"
CONTACTS = "/admin/contacts/presscontact/"
ORGANISATIONS = "/admin/contacts/organisation/"
SAME_NAME = "There is already someone with this name:"
SEED_MOBILE = "+595 21 981-50-90-20"
SEED_LANDLINE = "+595-21-296-882"


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


# ----- press contacts: email, phones, languages, filters -----


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
