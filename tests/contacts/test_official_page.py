"""An official's page: who they are, the public releases naming them, their talks."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from releases.models import Status
from tests.factories import (
    EventFactory,
    MentionFactory,
    OfficialFactory,
    OrganisationFactory,
    ReleaseFactory,
    SpeakerFactory,
    in_english,
    jsonld,
    visible_text,
)
from tests.releases.test_visibility import STATES, release_in

pytestmark = pytest.mark.django_db


def listed_by_state(client, path, link):
    """``{state: listed?}`` on the page at ``path`` for a release in each state
    that ``link(release)`` ties to what the page is about."""
    for state in STATES:
        link(release_in(state))
    text = client.get(path).text
    return {state: f"The {state} release" in text for state in STATES}


ONLY_PUBLISHED = {state: state == "published" for state in STATES}


def listed_before_and_at_embargo(client, path, link):
    """Whether an embargoed release tied to the page by ``link(release)`` is
    listed a second before its embargo lifts, then at that second."""
    lifts_at = timezone.now().replace(microsecond=0) + timedelta(days=3)
    link(release_in("embargoed", publish_at=lifts_at, title_en="Under embargo"))
    listed = []
    for moment in (lifts_at - timedelta(seconds=1), lifts_at):
        with time_machine.travel(moment, tick=False):
            listed.append("Under embargo" in client.get(path).text)
    return listed


@pytest.fixture
def official():
    return OfficialFactory(
        full_name="Paulo Gonet Branco",
        honorific_en="Mr",
        honorific_fr="M.",
        position_en="Prosecutor General of Brazil",
        position_fr="Procureur général du Brésil",
        organisation=OrganisationFactory(
            name_en="Federal Prosecution Service",
            name_fr="Ministère public fédéral",
            acronym_en="MPF",
            country="BR",
        ),
        country="BR",
    )


def in_the_news(official):
    """``official``, named in a public release: their page is up."""
    MentionFactory(release=ReleaseFactory(title_en="In the news"), official=official)
    return official


def page_of(official, language="en"):
    return f"/{language}/officials/{official.slug}/"


ENGLISH = ("Mr", "Prosecutor General of Brazil", "Federal Prosecution Service")
FRENCH = ("M.", "Procureur général du Brésil", "Ministère public fédéral")


@pytest.mark.parametrize(
    ("language", "words", "country"),
    [
        ("en", ENGLISH, "Brazil"),
        ("fr", FRENCH, "Brésil"),
        # No Arabic yet: the English position rather than none.
        ("ar", ENGLISH, "البرازيل"),
    ],
)
def test_the_page_says_who_they_are_in_the_readers_language(
    client, official, language, words, country
):
    honorific, position, organisation = words
    text = visible_text(client.get(page_of(in_the_news(official), language)))

    assert f"{honorific} Paulo Gonet Branco" in text
    assert position in text
    assert f"{organisation} (MPF)" in text
    assert country in text


def test_the_releases_that_mention_them_are_listed_with_their_role(client, official):
    now = timezone.now()
    older = ReleaseFactory(title_en="Older news", publish_at=now - timedelta(days=9))
    newer = ReleaseFactory(title_en="Newer news", publish_at=now - timedelta(days=1))
    MentionFactory(release=older, official=official)
    MentionFactory(
        release=newer,
        official=official,
        role_en="representative of AIAMP",
        role_fr="représentant de l'AIAMP",
    )

    response = client.get(page_of(official))
    english = visible_text(response)
    french = visible_text(client.get(page_of(official, "fr")))

    assert english.index("Newer news") < english.index("Older news")
    assert "representative of AIAMP" in english
    assert f'href="{newer.url_in("en")}"' in response.text
    assert "représentant de l'AIAMP" in french


def test_a_much_quoted_official_has_their_releases_by_page_newest_first(
    client, official
):
    now = timezone.now()
    for n in range(25):
        MentionFactory(
            release=ReleaseFactory(
                title_en=f"News number {n}", publish_at=now - timedelta(days=n + 1)
            ),
            official=official,
        )

    first = visible_text(client.get(page_of(official)))
    second = visible_text(client.get(page_of(official) + "?page=2"))

    assert [f"News number {n}" in first for n in (0, 19, 20)] == [True, True, False]
    assert "Page 1 of 2" in first
    assert "News number 20" in second and "News number 24" in second
    assert "News number 19" not in second
    assert client.get(page_of(official) + "?page=3").status_code == 404


def test_a_release_not_in_the_readers_language_links_to_its_original(client, official):
    release = ReleaseFactory(
        original_language="fr",
        title_en="",
        slug_en="",
        body_en="",
        title_fr="Séminaire sur la traite",
        body_fr="<p>Texte.</p>",
    )
    MentionFactory(release=release, official=official)

    response = client.get(page_of(official))

    assert "Séminaire sur la traite" in response.text
    assert f'href="{release.url_in("fr")}"' in response.text


def test_only_public_releases_are_listed(client, official):
    listed = listed_by_state(
        client,
        page_of(official),
        lambda release: MentionFactory(release=release, official=official),
    )

    assert listed == ONLY_PUBLISHED


def test_an_embargoed_release_appears_at_its_time(client, official):
    listed = listed_before_and_at_embargo(
        client,
        page_of(official),
        lambda release: MentionFactory(release=release, official=official),
    )

    assert listed == [False, True]


def test_the_events_they_spoke_at_are_listed_with_their_topic(client, official):
    seminar = EventFactory(title_en="Seminar on trafficking")
    SpeakerFactory(event=seminar, official=official, topic_en="Judicial cooperation")
    hidden = EventFactory(title_en="Unannounced", is_public=False)
    SpeakerFactory(official=official, event=hidden)

    response = client.get(page_of(official))
    text = visible_text(response)

    assert "Seminar on trafficking" in text
    assert "Judicial cooperation" in text
    assert f'href="{in_english(seminar.get_absolute_url)}"' in response.text
    assert "Unannounced" not in text


def test_the_page_describes_a_schema_org_person(client, official):
    [person] = jsonld(client.get(page_of(in_the_news(official))), "Person")

    assert person["name"] == "Paulo Gonet Branco"
    assert person["honorificPrefix"] == "Mr"
    assert person["jobTitle"] == "Prosecutor General of Brazil"
    assert person["worksFor"]["name"] == "Federal Prosecution Service"
    assert person["url"] == f"http://testserver{page_of(official)}"


@pytest.mark.parametrize(
    "slug", ["nobody", "<script>", "a.b", "x" * 2000, "paulo%20gonet"]
)
def test_an_unknown_or_malformed_official_address_is_a_404(client, official, slug):
    assert client.get(f"/en/officials/{slug}/").status_code == 404


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_page_runs_at_most_6_queries(
    client, official, django_assert_max_num_queries, language
):
    now = timezone.now()
    for n in range(20):
        release = ReleaseFactory(publish_at=now - timedelta(hours=n + 1))
        MentionFactory(release=release, official=official, role_en=f"Role {n}")
    MentionFactory(official=official, release=ReleaseFactory(status=Status.DRAFT))
    for _n in range(5):
        SpeakerFactory(official=official)

    with django_assert_max_num_queries(6):
        response = client.get(page_of(official, language))

    assert response.status_code == 200
    assert response.text.count("Role ") == 20


@pytest.mark.parametrize("state", ["draft", "in_review", "embargoed", "withdrawn"])
def test_no_page_for_someone_named_only_in_what_is_not_public(client, official, state):
    # A minister not yet appointed must not be findable at a guessable address.
    MentionFactory(release=release_in(state), official=official)

    assert client.get(page_of(official)).status_code == 404


def test_the_page_appears_when_the_embargo_naming_them_lifts(client, official):
    lifts_at = timezone.now().replace(microsecond=0) + timedelta(days=2)
    MentionFactory(
        release=release_in("embargoed", publish_at=lifts_at), official=official
    )

    with time_machine.travel(lifts_at - timedelta(seconds=1), tick=False):
        assert client.get(page_of(official)).status_code == 404
    with time_machine.travel(lifts_at, tick=False):
        assert client.get(page_of(official)).status_code == 200


def test_a_speaker_at_a_public_event_has_a_page(client, official):
    SpeakerFactory(official=official, event=EventFactory(is_public=True))

    assert client.get(page_of(official)).status_code == 200
