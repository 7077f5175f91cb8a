"""A release's page links its event, the officials it names and whom to call."""

import pytest

from tests.contacts.test_phones import SEED_LANDLINE, SEED_MOBILE, phone_links
from tests.events.test_events import STARTS
from tests.factories import (
    EventFactory,
    MentionFactory,
    OfficialFactory,
    OrganisationFactory,
    PressContactFactory,
    ReleaseContactFactory,
    ReleaseFactory,
    in_english,
    jsonld,
    visible_text,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def release():
    return ReleaseFactory(
        title_en="Prosecutors meet on trafficking",
        title_fr="Les procureurs se réunissent",
        body_fr="<p>Texte.</p>",
    )


def page_of(release, language="en"):
    return release.url_in(language)


def test_the_release_links_its_event(client, release):
    release.event = EventFactory(
        title_en="Seminar on trafficking",
        starts_at=STARTS,
        ends_at=STARTS,
        time_zone="America/Asuncion",
        city_en="Asunción",
    )
    release.save()

    response = client.get(page_of(release))
    text = visible_text(response)

    assert "Seminar on trafficking" in text
    assert "10 June 2030" in text
    assert "Asunción, Paraguay" in text
    assert f'href="{in_english(release.event.get_absolute_url)}"' in response.text


def test_an_event_not_shown_on_the_site_is_not_linked(client, release):
    release.event = EventFactory(title_en="Not announced yet", is_public=False)
    release.save()

    response = client.get(page_of(release))

    assert "Not announced yet" not in response.text
    assert f'href="{in_english(release.event.get_absolute_url)}"' not in response.text


def test_the_officials_it_mentions_are_linked_in_order_with_their_role(client, release):
    second = MentionFactory(
        release=release,
        order=2,
        official=OfficialFactory(
            full_name="Carlos Díaz", position_en="Attorney General of Costa Rica"
        ),
        role_en="representative of AIAMP",
        role_fr="représentant de l’AIAMP",
    )
    first = MentionFactory(
        release=release,
        order=1,
        official=OfficialFactory(
            full_name="Emiliano Rolón",
            position_en="Attorney General of Paraguay",
            position_fr="Procureur général du Paraguay",
        ),
    )

    paths = [in_english(m.official.get_absolute_url) for m in (first, second)]
    response = client.get(page_of(release))
    text = visible_text(response)
    french = visible_text(client.get(page_of(release, "fr")))

    assert text.index("Emiliano Rolón") < text.index("Carlos Díaz")
    assert "Attorney General of Costa Rica" in text
    assert "representative of AIAMP" in text
    assert all(f'href="{path}"' in response.text for path in paths)
    assert "représentant de l’AIAMP" in french
    assert "Procureur général du Paraguay" in french


def test_the_press_contacts_block_says_whom_to_call_and_how(client, release):
    office = OrganisationFactory(name_en="IOM Paraguay", country="PY")
    for order, name in [(2, "Second Contact"), (1, "Eduardo Carrillo")]:
        ReleaseContactFactory(
            release=release,
            order=order,
            contact=PressContactFactory(
                full_name=name,
                office=office,
                email=f"{name.split()[1].lower()}@iom.int",
                mobile=SEED_MOBILE,
                landline=SEED_LANDLINE,
            ),
        )

    response = client.get(page_of(release))
    text = visible_text(response)

    assert text.index("Eduardo Carrillo") < text.index("Second Contact")
    assert "IOM Paraguay" in text
    assert 'href="mailto:carrillo@iom.int"' in response.text
    assert 'href="mailto:contact@iom.int"' in response.text
    assert SEED_MOBILE in text
    assert phone_links(response.text) == [("+59521296882", "+595 21 296 882")] * 2


def test_a_contact_who_has_left_is_not_shown(client, release):
    ReleaseContactFactory(
        release=release, contact=PressContactFactory(full_name="Still Here")
    )
    ReleaseContactFactory(
        release=release,
        contact=PressContactFactory(full_name="Gone Away", active=False),
    )

    text = visible_text(client.get(page_of(release)))

    assert "Still Here" in text
    assert "Gone Away" not in text


def test_a_release_with_nobody_linked_shows_no_empty_blocks(client, release):
    response = client.get(page_of(release))

    assert "People in this release" not in visible_text(response)
    assert "mailto:" not in response.text
    assert ".vcf" not in response.text


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_release_page_runs_at_most_8_queries_with_20_mentions_and_5_contacts(
    client, release, django_assert_max_num_queries, language
):
    release.event = EventFactory()
    release.save()
    for n in range(20):
        MentionFactory(release=release, order=n, role_en=f"Role {n}")
    for n in range(5):
        ReleaseContactFactory(
            release=release,
            order=n,
            contact=PressContactFactory(
                office=OrganisationFactory(parent=OrganisationFactory())
            ),
        )
    ReleaseContactFactory(release=release, contact=PressContactFactory(active=False))

    with django_assert_max_num_queries(8):
        response = client.get(page_of(release, language))

    assert response.status_code == 200
    assert response.text.count("Role ") == 20
    assert response.text.count('class="contact"') == 5


def test_the_release_describes_whom_to_call_to_search_engines(client, release):
    office = OrganisationFactory(name_en="IOM Paraguay", country="PY")
    contact = PressContactFactory(
        full_name="Eduardo Carrillo",
        office=office,
        mobile=SEED_MOBILE,
        landline=SEED_LANDLINE,
        email="ecarrillo@iom.int",
    )
    ReleaseContactFactory(release=release, contact=contact)

    (point,) = jsonld(client.get(page_of(release)), "ContactPoint")

    assert point["name"] == "Eduardo Carrillo"
    assert point["contactType"] == "press"
    assert point["email"] == "ecarrillo@iom.int"
    # The landline that validates, not the mobile that does not.
    assert point["telephone"] == "+59521296882"
    assert point["areaServed"] == "PY"
