"""The admin for people, press contacts and events, driven as press officers do."""

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import capfirst

from contacts.models import Official, Organisation, PressContact
from releases.models import Event, Status
from tests.admin_forms import change_url, form_data
from tests.factories import ReleaseFactory

pytestmark = pytest.mark.django_db

OFFICIALS = "/admin/contacts/official/"
CONTACTS = "/admin/contacts/presscontact/"
EVENTS = "/admin/releases/event/"
ORGANISATIONS = "/admin/contacts/organisation/"
SAME_NAME = "There is already someone with this name:"
SEED_MOBILE = "+595 21 981-50-90-20"
SEED_LANDLINE = "+595-21-296-882"
AIAMP_ROLE_FR = "représentant de l’AIAMP"
LOCALE = Path(settings.BASE_DIR) / "locale"


# ----- records, and what the admin's forms post -----


def organisation(name="IOM Paraguay", **values):
    return Organisation.objects.create(name_en=name, **{"country": "PY", **values})


def official(full_name="Javier Díaz Verón", **values):
    return Official.objects.create(full_name=full_name, **values)


def press_contact(full_name="Eduardo Carrillo", **values):
    values.setdefault("office", organisation())
    return PressContact.objects.create(full_name=full_name, **values)


def event(title="Counter-trafficking seminar", **values):
    values = {
        "starts_at": datetime(2016, 5, 10, 13, tzinfo=ZoneInfo("UTC")),
        "ends_at": datetime(2016, 5, 10, 21, tzinfo=ZoneInfo("UTC")),
        "time_zone": "America/Asuncion",
        "city_en": "Asunción",
        **values,
    }
    return Event.objects.create(title_en=title, **values)


def official_data(**values):
    return {"full_name": "", "slug": "", "position_en": "", "_save": "", **values}


def contact_data(office, **values):
    return {
        "full_name": "",
        "slug": "",
        "office": office.pk,
        "email": "",
        "mobile": "",
        "landline": "",
        "active": "on",
        "_save": "",
        **values,
    }


def event_data(day="2016-05-10", **values):
    return {
        "kind": "seminar",
        "title_en": "Counter-trafficking seminar",
        "time_zone": "America/Asuncion",
        "starts_at_0": day,
        "starts_at_1": "09:00",
        "ends_at_0": day,
        "ends_at_1": "17:00",
        "city_en": "Asunción",
        "is_public": "on",
        "speakers-TOTAL_FORMS": "0",
        "speakers-INITIAL_FORMS": "0",
        "speakers-MIN_NUM_FORMS": "0",
        "speakers-MAX_NUM_FORMS": "1000",
        "_save": "",
        **values,
    }


def edit_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def logged_in(client, user):
    client.force_login(user)
    return client


def field_errors(response):
    """The form's error lists, as text, for failure messages and assertions."""
    return " ".join(
        re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.text, re.S)
    )


def refused(response):
    """The admin kept the form on screen: nothing was saved."""
    return response.status_code == 200 and "errornote" in response.text


def html_tag(response):
    return re.search(r"<html[^>]*>", response.text).group(0)


# ----- the same person, entered twice -----


@pytest.fixture
def editing(client, editor):
    return logged_in(client, editor)


@pytest.fixture
def iom_paraguay(db):
    return organisation()


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


# ----- events: times as the venue's clock shows them -----


@pytest.fixture
def in_geneva(settings):
    # The editor's own clock is not the venue's: the form must not use it.
    settings.TIME_ZONE = "Europe/Zurich"


def at_the_venue(day, clock, zone):
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(
    ("zone", "day"),
    [
        ("America/Asuncion", "2016-05-10"),
        ("America/Asuncion", "2016-01-12"),
        ("Asia/Bangkok", "2025-03-04"),
    ],
)
def test_event_times_are_typed_and_shown_in_the_venues_time_zone(
    editing, in_geneva, zone, day
):
    response = editing.post(f"{EVENTS}add/", event_data(day, time_zone=zone))

    assert response.status_code == 302, field_errors(response)
    saved = Event.objects.get()
    assert saved.starts_at == at_the_venue(day, "09:00", zone)
    assert saved.ends_at == at_the_venue(day, "17:00", zone)
    assert saved.starts_at.astimezone(ZoneInfo("UTC")).hour != 9
    assert saved.time_zone == zone

    form = editing.get(edit_url(saved)).text
    assert re.search(r'name="starts_at_1" value="09:00(:00)?"', form)
    assert re.search(r'name="ends_at_1" value="17:00(:00)?"', form)
    assert re.search(rf'<option value="{zone}" selected>', form)


def test_an_event_that_ends_before_it_starts_is_refused(editing):
    response = editing.post(
        f"{EVENTS}add/", event_data(starts_at_1="17:00", ends_at_1="09:00")
    )

    assert refused(response)
    assert "The event cannot end before it starts." in field_errors(response)
    assert not Event.objects.exists()


# ----- autocomplete on the release and event forms -----


def autocomplete(client, model_name, field_name, term, app_label="releases"):
    response = client.get(
        "/admin/autocomplete/",
        {
            "app_label": app_label,
            "model_name": model_name,
            "field_name": field_name,
            "term": term,
        },
    )
    assert response.status_code == 200, response.content
    return {item["text"]: item["id"] for item in response.json()["results"]}


def test_autocomplete_finds_events_for_a_release(editing):
    seminar = event()
    event("Press briefing", city_en="Geneva", time_zone="Europe/Zurich")

    found = autocomplete(editing, "release", "event", "seminar")

    assert found == {"Counter-trafficking seminar": str(seminar.pk)}


def test_autocomplete_finds_officials_for_a_mention(editing):
    diaz = official("Javier Díaz Verón")
    official("Jorge Chabarría Guzmán")

    found = autocomplete(editing, "mention", "official", "Verón")

    assert found == {"Javier Díaz Verón": str(diaz.pk)}


def test_autocomplete_finds_officials_by_their_position(editing):
    diaz = official("Javier Díaz Verón", position_en="Attorney General of Paraguay")
    official("Erika Rojas", position_en="Counter-trafficking specialist")

    found = autocomplete(editing, "speaker", "official", "attorney")

    assert found == {"Javier Díaz Verón": str(diaz.pk)}


def test_autocomplete_finds_press_contacts_for_a_release(editing):
    carrillo = press_contact("Eduardo Carrillo", email="ecarrillo@iom.int")
    press_contact("Claire Exemple", office=organisation("IOM", country="CH"))

    found = autocomplete(editing, "releasecontact", "contact", "carrillo")

    assert found == {"Eduardo Carrillo": str(carrillo.pk)}


def test_autocomplete_finds_organisations_for_an_event(editing):
    prosecution = organisation("Public Prosecutor’s Office of Paraguay")
    organisation("International Organization for Migration", acronym_en="IOM")

    found = autocomplete(editing, "event", "organisers", "prosecutor")

    assert found == {"Public Prosecutor’s Office of Paraguay": str(prosecution.pk)}


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


def test_the_event_list_shows_times_on_the_venues_clock(editing, in_geneva):
    event()  # 13:00 UTC is 09:00 in Asunción that day

    text = " ".join(strip_tags(editing.get(EVENTS).text).split())

    assert "10 May 2016, 09:00 (America/Asuncion)" in text


def test_release_form_offers_autocomplete_for_its_event_officials_and_contacts(
    editing,
):
    response = editing.get("/admin/releases/release/add/")

    assert response.status_code == 200
    for name in (
        "event",
        "mentions-__prefix__-official",
        "release_contacts-__prefix__-contact",
    ):
        select = re.search(rf'<select name="{name}"[^>]*>', response.text)
        assert select and "admin-autocomplete" in select.group(0), name


# ----- a release's officials and press contacts -----


@pytest.fixture
def in_review(contributor):
    return ReleaseFactory(
        status=Status.IN_REVIEW,
        publish_at=None,
        first_published_at=None,
        created_by=contributor,
    )


def adding_links(release, mentions=(), contacts=()):
    """The change form of ``release`` with new rows typed into its inlines.

    ``mentions``: (official, order[, French role]) each; ``contacts``:
    (press contact, order) each.
    """
    data = form_data(release, _save="")
    inlines = (
        ("mentions", "official", mentions),
        ("release_contacts", "contact", contacts),
    )
    for prefix, field, rows in inlines:
        first = int(data[f"{prefix}-TOTAL_FORMS"])
        for n, (record, order, *role) in enumerate(rows, start=first):
            data[f"{prefix}-{n}-{field}"] = record.pk
            data[f"{prefix}-{n}-order"] = str(order)
            if role:
                data[f"{prefix}-{n}-role_fr"] = role[0]
        data[f"{prefix}-TOTAL_FORMS"] = str(first + len(rows))
    return data


def test_an_editor_adds_officials_and_a_press_contact_to_a_release_in_order(
    editing, in_review
):
    chabarria = official("Jorge Chabarría Guzmán")
    diaz = official("Javier Díaz Verón")
    carrillo = press_contact()
    # Typed second, but first in order: the order field decides.
    data = adding_links(
        in_review,
        mentions=[(chabarria, 2, AIAMP_ROLE_FR), (diaz, 1)],
        contacts=[(carrillo, 0)],
    )

    response = editing.post(change_url(in_review), data)

    assert response.status_code == 302, field_errors(response)
    mentions = list(in_review.mentions.all())
    assert [m.official for m in mentions] == [diaz, chabarria]
    assert mentions[1].role_fr == AIAMP_ROLE_FR
    assert mentions[0].role_fr in ("", None)
    assert [link.contact for link in in_review.release_contacts.all()] == [carrillo]


def test_the_same_official_cannot_be_mentioned_twice(editing, in_review):
    diaz = official()
    data = adding_links(in_review, mentions=[(diaz, 0), (diaz, 1)])

    response = editing.post(change_url(in_review), data)

    assert refused(response)
    assert not in_review.mentions.exists()


@pytest.fixture
def mentioned(in_review):
    in_review.mentions.create(official=official(), role_fr=AIAMP_ROLE_FR, order=0)
    return in_review


def test_a_contributor_sees_the_mentions_of_a_release_in_review_read_only(
    client, contributor, mentioned
):
    response = logged_in(client, contributor).get(change_url(mentioned))

    assert response.status_code == 200
    assert "Javier Díaz Verón" in response.text
    assert 'name="mentions-0-official"' not in response.text
    assert 'name="mentions-0-role_fr"' not in response.text


def test_a_contributor_cannot_change_the_mentions_of_a_release_in_review(
    client, contributor, mentioned
):
    other = official("Erika Rojas")
    data = form_data(
        mentioned,
        _save="",
        **{"mentions-0-official": other.pk, "mentions-0-role_fr": "Changé"},
    )

    response = logged_in(client, contributor).post(change_url(mentioned), data)

    assert response.status_code == 403
    mention = mentioned.mentions.get()
    assert mention.official.full_name == "Javier Díaz Verón"
    assert mention.role_fr == AIAMP_ROLE_FR


def test_a_contributor_changes_the_mentions_of_their_own_draft(
    client, contributor, mentioned
):
    mentioned.status = Status.DRAFT
    mentioned.save()
    other = official("Erika Rojas")
    data = form_data(mentioned, _save="", **{"mentions-0-official": other.pk})

    response = logged_in(client, contributor).post(change_url(mentioned), data)

    assert response.status_code == 302, field_errors(response)
    assert mentioned.mentions.get().official == other


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
    [("contributor", False), ("editor", True), ("publisher", True)],
)
def test_only_editors_add_or_change_events(client, request, role, allowed):
    seminar = event()
    client = logged_in(client, request.getfixturevalue(role))

    added = client.post(f"{EVENTS}add/", event_data(title_en="Press briefing"))
    changed = client.post(
        edit_url(seminar), event_data(title_en="Renamed", slug_en=seminar.slug_en)
    )

    assert added.status_code == changed.status_code == (302 if allowed else 403)
    assert Event.objects.filter(title_en="Press briefing").exists() is allowed
    seminar.refresh_from_db()
    assert (seminar.title_en == "Renamed") is allowed


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
        EVENTS: event(),
        ORGANISATIONS: carrillo.office,
    }


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
@pytest.mark.parametrize("changelist", [OFFICIALS, CONTACTS, EVENTS, ORGANISATIONS])
@pytest.mark.parametrize("page", ["list", "add", "change"])
def test_people_and_event_pages_of_the_admin_open_in_every_language(
    client, publisher, on_file, language, changelist, page
):
    record = on_file[changelist]
    url = {"list": changelist, "add": f"{changelist}add/", "change": edit_url(record)}

    response = logged_in(client, publisher).get(
        url[page], HTTP_ACCEPT_LANGUAGE=language
    )

    assert response.status_code == 200
    html = html_tag(response)
    assert f'lang="{language}"' in html
    assert ('dir="rtl"' in html) is (language == "ar")
    with translation.override(language):
        logout = translation.gettext("Log out")
    assert logout in response.text


def test_the_language_cookie_sets_the_people_admins_language(
    client, publisher, settings
):
    client = logged_in(client, publisher)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"

    response = client.get(CONTACTS, HTTP_ACCEPT_LANGUAGE="en")

    assert 'dir="rtl"' in html_tag(response)


@cache
def catalogue(language):
    return polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))


def in_catalogue(language, english):
    """``english`` in ``language``, failing when the catalogue lacks it.

    A translation may rightly be the same word ("organisations" in French), so
    the catalogue is asked, not the text compared.
    """
    entry = catalogue(language).find(english)
    assert entry and entry.translated(), f"{english!r} not translated in {language}"
    with translation.override(language):
        return translation.gettext(english)


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
@pytest.mark.parametrize(
    "text",
    [
        Official._meta.verbose_name_plural,
        PressContact._meta.verbose_name_plural,
        Event._meta.verbose_name_plural,
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
