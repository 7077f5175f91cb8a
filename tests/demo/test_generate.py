"""The made-up newsroom benchmarks run on (``manage.py generate_newsroom``):
its pages answer like the real thing, and generating again only tops it up."""

import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils import translation

from contacts.models import Official, officials_with_a_page
from demo.generated.newsroom import Sizes, generate
from events.models import Event
from releases.models import Release, Status

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the generator computes search vectors in PostgreSQL's SQL",
    ),
]

# Everything but the releases, smaller than a benchmark's: pictures take
# a moment each to draw and render.
SMALL = Sizes(
    officials=40, contacts_per_office=1, pictures=4, portraits=2, events=60, upcoming=5
)
RELEASES = 100


@pytest.fixture
def newsroom(django_capture_on_commit_callbacks):
    # The page cache hears of the change on commit, as it would outside a test.
    with django_capture_on_commit_callbacks(execute=True):
        return generate(releases=RELEASES, seed=7, sizes=SMALL)


def shown_count(client, language):
    """The number of releases the list page says it has."""
    page = client.get(f"/{language}/releases/").content.decode()
    return int(re.search(r'class="result-count"[^>]*>(\d+)', page).group(1))


def test_release_list_shows_a_full_page_of_generated_releases(client, newsroom):
    assert newsroom["public"]["en"] > 20
    response = client.get("/en/releases/")
    assert response.status_code == 200
    assert response.content.decode().count('<article class="release-card') == 20


def test_a_generated_release_page_shows_its_officials_and_contacts(client, newsroom):
    release = (
        Release.objects.public()
        .filter(mentions__isnull=False, hero_image__isnull=False)
        .first()
    )
    for language in release.languages():
        response = client.get(release.url_in(language))
        assert response.status_code == 200
        page = response.content.decode()
        for mention in release.mentions.all():
            assert mention.official.full_name in page
        for link in release.release_contacts.all():
            assert link.contact.email in page
    with translation.override(release.languages()[0]):
        assert client.get(release.get_absolute_url()).status_code == 200


def test_official_and_event_pages_answer(client, newsroom):
    official = officials_with_a_page().first()
    assert client.get(official.get_absolute_url()).status_code == 200
    for event in (Event.objects.upcoming().first(), Event.objects.past().first()):
        for language in ("en", "ar"):
            with translation.override(language):
                response = client.get(event.get_absolute_url())
            assert response.status_code == 200
            for speaker in event.speakers.all():
                assert speaker.official.full_name in response.content.decode()


def test_public_releases_per_language_are_what_the_lists_show(client, newsroom):
    public = Release.objects.public().count()
    for language, count in newsroom["public"].items():
        assert shown_count(client, language) == count
    # Each public release is in one or two languages.
    assert public <= sum(newsroom["public"].values()) <= 2 * public
    not_public = newsroom["drafts"] + newsroom["embargoed"] + newsroom["withdrawn"]
    assert public + not_public == RELEASES


def test_drafts_and_embargoed_releases_stay_hidden(client):
    # Enough releases for the few that are not public (about 1 in 100).
    generate(releases=2000, seed=7, sizes=SMALL)
    hidden = Release.objects.exclude(pk__in=Release.objects.reachable())
    assert hidden.filter(status=Status.DRAFT).exists()
    assert hidden.filter(status=Status.PUBLISHED).exists()
    for release in hidden[:5]:
        assert client.get(release.url_in(release.languages()[0])).status_code == 404
    withdrawn = Release.objects.filter(status=Status.WITHDRAWN).first()
    language = withdrawn.languages()[0]
    response = client.get(withdrawn.url_in(language))
    assert response.status_code == 200
    note = getattr(withdrawn, f"withdrawal_note_{language}")
    assert note and note in response.content.decode()


def test_generating_again_adds_nothing(newsroom):
    again = generate(releases=RELEASES, seed=7, sizes=SMALL)
    assert again == newsroom


def test_a_bigger_number_adds_exactly_the_difference(newsroom):
    bigger = generate(releases=RELEASES + 30, seed=7, sizes=SMALL)
    assert bigger["counts"]["releases"] == RELEASES + 30
    # The people, pictures and events are found again, not made twice.
    for what in ("themes", "organisations", "officials", "pictures", "events"):
        assert bigger["counts"][what] == newsroom["counts"][what]
    assert Official.objects.filter(confirmed=True).count() == SMALL.officials


def test_refuses_a_database_whose_name_does_not_say_bench(monkeypatch):
    monkeypatch.setitem(settings.DATABASES["default"], "NAME", "newsroom")
    with pytest.raises(CommandError, match="bench"):
        call_command("generate_newsroom", releases=10)
    assert not Release.objects.exists()
