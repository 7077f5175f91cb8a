"""An event's, an official's and a press contact's old addresses keep working
after their slug changes: the page, the .ics and the .vcf answer 301."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from contacts.models import Official, PressContact
from events.models import Event
from tests.admin_people import (
    contact_data,
    edit_url,
    event_data,
    field_errors,
    official_data,
)
from tests.factories import (
    EventFactory,
    OfficialFactory,
    PressContactFactory,
    SpeakerFactory,
)
from tests.page_cache_fixtures import fixture_committed  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db


def renamed(record, **slugs):
    """``record`` loaded afresh, given new slugs and saved, as the ORM does."""
    record = type(record).objects.get(pk=record.pk)
    for field, value in slugs.items():
        setattr(record, field, value)
    record.save()
    return record


def moved_to(client, path):
    response = client.get(path)
    assert response.status_code == 301, path
    return response["Location"]


def speaking(**values):
    """An official with a page: a speaker at a public event."""
    return SpeakerFactory(official=OfficialFactory(**values)).official


# ----- events -----


def test_an_events_old_page_and_calendar_file_redirect_to_the_new(client):
    event = EventFactory(slug_en="old-seminar")
    renamed(event, slug_en="new-seminar")

    assert moved_to(client, "/en/events/old-seminar/") == "/en/events/new-seminar/"
    assert moved_to(client, "/en/events/old-seminar.ics") == (
        "/en/events/new-seminar.ics"
    )
    assert client.get("/en/events/new-seminar/").status_code == 200
    assert client.get("/en/events/new-seminar.ics").status_code == 200


def test_an_old_french_slug_leads_to_the_french_address(client):
    event = EventFactory(title_fr="Séminaire", slug_fr="ancien-seminaire")
    renamed(event, slug_fr="nouveau-seminaire")

    assert moved_to(client, "/fr/events/ancien-seminaire/") == (
        "/fr/events/nouveau-seminaire/"
    )


def test_an_old_slug_read_in_a_language_the_event_lacks_leads_to_its_address(
    client,
):
    # As event_detail does for a current slug: the address in the reader's
    # language, the English slug when the event has no Spanish one.
    event = EventFactory(slug_en="before")
    renamed(event, slug_en="after")

    assert moved_to(client, "/es/events/before/") == "/es/events/after/"


def test_every_old_slug_of_an_event_keeps_redirecting(client):
    event = renamed(EventFactory(slug_en="first"), slug_en="second")
    renamed(event, slug_en="third")

    assert moved_to(client, "/en/events/first/") == "/en/events/third/"
    assert moved_to(client, "/en/events/second/") == "/en/events/third/"


def test_an_event_renamed_in_the_admin_keeps_its_old_address(editing):
    event = EventFactory(title_en="Counter-trafficking seminar", slug_en="seminar")

    response = editing.post(
        edit_url(event), event_data(slug_en="counter-trafficking-seminar")
    )

    assert response.status_code == 302, field_errors(response)
    # A reader, not the editor: anonymous, as the page cache serves them.
    client = Client()
    assert moved_to(client, "/en/events/seminar/") == (
        "/en/events/counter-trafficking-seminar/"
    )
    assert moved_to(client, "/en/events/seminar.ics") == (
        "/en/events/counter-trafficking-seminar.ics"
    )
    page = editing.get(edit_url(event))
    assert "/en/events/seminar/" in page.text


def test_a_new_event_cannot_take_a_retired_slug():
    renamed(EventFactory(slug_en="retired"), slug_en="current")
    other = EventFactory.build(slug_en="retired")

    with pytest.raises(ValidationError) as error:
        other.full_clean()

    assert "slug_en" in error.value.message_dict


def test_a_title_that_would_give_a_retired_slug_gets_another():
    renamed(EventFactory(slug_en="floods-briefing"), slug_en="briefing")

    other = EventFactory(title_en="Floods briefing", slug_en="")

    assert other.slug_en == "floods-briefing-2"


def test_an_event_going_back_to_an_old_slug_makes_it_current_again(client):
    event = renamed(EventFactory(slug_en="back"), slug_en="away")
    renamed(event, slug_en="back")

    assert client.get("/en/events/back/").status_code == 200
    assert moved_to(client, "/en/events/away/") == "/en/events/back/"


def test_an_old_slug_of_a_hidden_event_is_a_plain_404(client):
    event = renamed(EventFactory(slug_en="announced"), slug_en="renamed")
    renamed(event, is_public=False)

    assert client.get("/en/events/announced/").status_code == 404
    assert client.get("/en/events/announced.ics").status_code == 404


def test_an_unknown_event_slug_is_still_404(client):
    assert client.get("/en/events/never-was/").status_code == 404
    assert client.get("/en/events/never-was.ics").status_code == 404


def test_an_events_save_without_a_new_slug_costs_one_query(django_assert_num_queries):
    event = Event.objects.get(pk=EventFactory().pk)
    event.venue_en = "Another hall"

    with django_assert_num_queries(1):
        event.save()


def test_an_events_old_address_costs_two_lookups_more_at_most(
    client, django_assert_max_num_queries
):
    renamed(EventFactory(slug_en="was"), slug_en="is")

    with django_assert_max_num_queries(2):
        client.get("/en/events/was/")
    with django_assert_max_num_queries(2):
        client.get("/en/events/was.ics")


def test_an_event_page_cached_before_a_rename_redirects_after_it(
    client, settings, committed
):
    settings.SHARED_CACHE = settings.PAGE_CACHE = True
    event = EventFactory(slug_en="cached")
    assert client.get("/en/events/cached/").status_code == 200

    with committed():
        renamed(event, slug_en="uncached")

    assert moved_to(client, "/en/events/cached/") == "/en/events/uncached/"


# ----- officials -----


def test_an_officials_old_page_redirects_to_the_new(client):
    official = speaking(full_name="Paulo Gonet Branco", slug="paulo-gonet")
    renamed(official, slug="paulo-gonet-branco")

    assert moved_to(client, "/en/officials/paulo-gonet/") == (
        "/en/officials/paulo-gonet-branco/"
    )
    assert moved_to(client, "/fr/officials/paulo-gonet/") == (
        "/fr/officials/paulo-gonet-branco/"
    )
    assert client.get("/en/officials/paulo-gonet-branco/").status_code == 200


def test_an_official_renamed_in_the_admin_keeps_their_old_address(editing):
    official = speaking(full_name="Erika Rojas", slug="erika")

    response = editing.post(
        edit_url(official),
        official_data(
            full_name="Erika Rojas",
            slug="erika-rojas",
            position_en="Attorney General",
            confirmed="on",
        ),
    )

    assert response.status_code == 302, field_errors(response)
    # A reader, not the editor: anonymous, as the page cache serves them.
    client = Client()
    assert moved_to(client, "/en/officials/erika/") == "/en/officials/erika-rojas/"
    assert "/en/officials/erika/" in editing.get(edit_url(official)).text


def test_an_official_cannot_take_another_officials_old_slug(editing):
    renamed(OfficialFactory(full_name="Ana Pérez", slug="ana"), slug="ana-perez")
    other = OfficialFactory(full_name="Ana Gómez")

    response = editing.post(
        edit_url(other),
        official_data(full_name="Ana Gómez", slug="ana", confirmed="on"),
    )

    assert response.status_code == 200
    assert "Someone else had this address before" in field_errors(response)
    assert Official.objects.get(pk=other.pk).slug != "ana"


def test_a_new_officials_slug_skips_retired_ones():
    renamed(OfficialFactory(full_name="Luis Ramos"), slug="luis-ramos-director")

    assert OfficialFactory(full_name="Luis Ramos").slug == "luis-ramos-2"


def test_an_old_slug_of_an_official_without_a_page_is_a_plain_404(client):
    # Named by nothing public: no page, under any address.
    official = renamed(OfficialFactory(slug="unnamed"), slug="still-unnamed")
    assert client.get(f"/en/officials/{official.slug}/").status_code == 404

    assert client.get("/en/officials/unnamed/").status_code == 404


def test_an_unconfirmed_officials_old_slug_is_a_plain_404(client):
    official = renamed(speaking(slug="to-check"), slug="checked")
    renamed(official, confirmed=False)

    assert client.get("/en/officials/to-check/").status_code == 404


def test_an_officials_old_address_costs_two_lookups_more_at_most(
    client, django_assert_max_num_queries
):
    renamed(speaking(slug="was"), slug="is")

    with django_assert_max_num_queries(2):
        client.get("/en/officials/was/")


def test_an_officials_save_without_a_new_slug_costs_one_query(
    django_assert_num_queries,
):
    official = Official.objects.get(pk=OfficialFactory().pk)
    official.bio_en = "A longer biography."

    with django_assert_num_queries(1):
        official.save()


# ----- press contacts -----


def test_a_press_contacts_old_card_redirects_to_the_new(client):
    contact = PressContactFactory(full_name="Eduardo Carrillo", slug="eduardo")
    renamed(contact, slug="eduardo-carrillo")

    assert moved_to(client, "/en/contacts/eduardo.vcf") == (
        "/en/contacts/eduardo-carrillo.vcf"
    )
    assert client.get("/en/contacts/eduardo-carrillo.vcf").status_code == 200


def test_a_contact_renamed_in_the_admin_keeps_their_old_card(editing):
    contact = PressContactFactory(full_name="Eduardo Carrillo", slug="eduardo")

    response = editing.post(
        edit_url(contact),
        contact_data(
            contact.office,
            full_name="Eduardo Carrillo",
            slug="eduardo-carrillo",
            email=contact.email,
            landline=contact.landline,
        ),
    )

    assert response.status_code == 302, field_errors(response)
    # A reader, not the editor: anonymous, as the page cache serves them.
    client = Client()
    assert moved_to(client, "/en/contacts/eduardo.vcf") == (
        "/en/contacts/eduardo-carrillo.vcf"
    )
    assert "/en/contacts/eduardo.vcf" in editing.get(edit_url(contact)).text


def test_an_old_card_of_a_contact_who_left_is_a_plain_404(client):
    contact = renamed(PressContactFactory(slug="left"), slug="gone")
    renamed(contact, active=False)

    assert client.get("/en/contacts/left.vcf").status_code == 404
    assert client.get("/en/contacts/never-was.vcf").status_code == 404


def test_a_contacts_old_slug_is_not_given_to_a_new_contact():
    renamed(PressContactFactory(full_name="Marta Ruiz"), slug="marta-ruiz-press")

    assert PressContactFactory(full_name="Marta Ruiz").slug == "marta-ruiz-2"
    assert PressContact.objects.filter(slug="marta-ruiz").count() == 0
