"""A page made afresh assembles what is kept for the generation of the
content (a release's article, which releases a list shows, their cards, the
facets), and a change shows on every page at once (releases/cards.py,
releases/views/release.py)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import (
    MentionFactory,
    ReleaseContactFactory,
    ReleaseFactory,
    ThemeFactory,
    visible_text,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def kept(settings):
    """As in production: fragments kept in a cache every process shares."""
    settings.SHARED_CACHE = settings.FRAGMENT_CACHE = True


@pytest.fixture
def changes(django_capture_on_commit_callbacks):
    """A block whose changes end the generation as they would in production:
    when their transaction commits."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def linked_release():
    theme = ThemeFactory(name_en="Labour migration")
    release = ReleaseFactory(
        title_en="Seasonal workers protected", themes=[theme], countries=["PY"]
    )
    MentionFactory(release=release, official__full_name="Ana Benítez")
    ReleaseContactFactory(release=release, contact__full_name="Luis Duarte")
    return release


def releases(count, **fields):
    now = timezone.now()
    return [
        ReleaseFactory(publish_at=now - timedelta(hours=n + 1), **fields)
        for n in range(count)
    ]


def test_a_release_page_made_again_reads_the_release_only(
    client, django_assert_max_num_queries
):
    release = linked_release()
    path = f"/en/releases/{release.slug_en}/"
    first = client.get(path)

    with django_assert_max_num_queries(1):
        again = client.get(path)

    assert again.content == first.content
    text = visible_text(again)
    for shown in ["Seasonal workers protected", "Ana Benítez", "Luis Duarte"]:
        assert shown in text
    assert '"@type": "NewsArticle"' in again.text


def test_what_a_release_links_to_shows_changed_at_once(client, changes):
    release = linked_release()
    path = f"/en/releases/{release.slug_en}/"
    client.get(path)

    with changes():
        official = release.mentions.get().official
        official.position_en = "Minister of Labour"
        official.save()

    assert "Minister of Labour" in visible_text(client.get(path))


def test_the_addresses_a_release_page_prints_are_its_hosts(client, settings):
    settings.ALLOWED_HOSTS = ["press.example.org", "prensa.example.org"]
    release = linked_release()
    path = f"/en/releases/{release.slug_en}/"

    one = client.get(path, HTTP_HOST="press.example.org").text
    other = client.get(path, HTTP_HOST="prensa.example.org").text

    assert f"http://press.example.org{path}" in one
    assert "prensa.example.org" not in one
    assert f"http://prensa.example.org{path}" in other
    assert "press.example.org" not in other


def test_a_list_made_again_reads_nothing(client, django_assert_max_num_queries):
    releases(25, themes=[ThemeFactory()])
    first = client.get("/en/releases/")

    with django_assert_max_num_queries(0):
        again = client.get("/en/releases/")

    assert again.content == first.content
    assert len(again.context["cards"]) == 20


def test_a_changed_release_shows_changed_in_every_list_at_once(client, changes):
    newest = releases(3)[0]
    for path in ["/en/", "/en/releases/"]:
        assert newest.title_en in visible_text(client.get(path))

    with changes():
        newest.title_en = "Corrected headline"
        newest.save()

    for path in ["/en/", "/en/releases/"]:
        text = visible_text(client.get(path))
        assert "Corrected headline" in text


def test_a_new_release_shows_in_the_lists_and_their_counts_at_once(client, changes):
    releases(2)
    assert "2 releases" in visible_text(client.get("/en/releases/"))

    with changes():
        ReleaseFactory(title_en="Just published")

    text = visible_text(client.get("/en/releases/"))
    assert "Just published" in text
    assert "3 releases" in text


def test_each_page_of_a_list_shows_its_own_releases(client):
    made = releases(25)

    first = client.get("/en/releases/").context["cards"].pks
    second = client.get("/en/releases/?page=2").context["cards"].pks

    assert first == [release.pk for release in made[:20]]
    assert second == [release.pk for release in made[20:]]


def test_invalid_filters_leave_the_valid_list_whole(client):
    releases(3)

    assert client.get("/en/releases/?kind=press_release&year=x").status_code == 400
    response = client.get("/en/releases/?kind=press_release")

    assert response.status_code == 200
    assert len(response.context["cards"]) == 3


def test_each_search_marks_its_own_words_in_a_kept_card(client):
    ReleaseFactory(
        title_en="Water and borders",
        body_en="<p>Clean water reached the border towns this week.</p>",
    )

    for _ in range(2):
        water = client.get("/en/releases/", {"q": "water"}).text
        border = client.get("/en/releases/", {"q": "towns"}).text

    assert "<mark>water</mark>" in water
    assert "<mark>towns</mark>" not in water
    assert "<mark>towns</mark>" in border
    assert "<mark>water</mark>" not in border


def test_a_french_reader_gets_french_cards_of_the_same_releases(client):
    ReleaseFactory(title_fr="Travailleurs saisonniers", body_fr="<p>Texte.</p>")
    english = visible_text(client.get("/en/releases/"))

    french = visible_text(client.get("/fr/releases/"))

    assert "Travailleurs saisonniers" in french
    assert "Travailleurs saisonniers" not in english


def test_cards_no_longer_kept_are_made_again_from_the_public_releases(
    client, django_assert_max_num_queries
):
    """Which releases a page shows is kept, their cards gone (expired
    sooner, evicted): the cards are made again, from the releases read
    again, in two queries."""
    from django.core.cache import cache

    releases(3, themes=[ThemeFactory(name_en="Labour migration")])
    first = client.get("/en/releases/")
    # The test cache is this process's memory: its keys can be listed
    # (stored as ":<version>:<key>").
    for stored in [key for key in cache._cache if ":release-card:" in key]:
        cache.delete(stored.split(":", 2)[2])

    with django_assert_max_num_queries(2):
        again = client.get("/en/releases/")

    assert again.content == first.content
    assert "Labour migration" in visible_text(again)
