"""A change to a release readers have seen: a major one leaves a dated note
on the page, in the feeds and in the dates search engines read; a minor one
(a typo) shows nothing."""

import re
from datetime import UTC, datetime

import pytest
import time_machine

from audit.models import Action, Entry
from releases.models import Release
from tests.admin_forms import change_url, form_data
from tests.factories import ReleaseFactory, jsonld, visible_text

pytestmark = pytest.mark.django_db

PUBLISHED = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
CORRECTED = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
LATER = datetime(2026, 12, 5, 16, 0, tzinfo=UTC)
EN_NOTE = "corrected the number of arrivals"
FR_NOTE = "correction du nombre d’arrivées"


def bilingual_release():
    return ReleaseFactory(
        title_en="Arrivals in the Darién",
        slug_en="arrivals-darien",
        body_en="<p>Some 2,000 people arrived.</p>",
        title_fr="Arrivées dans le Darién",
        slug_fr="arrivees-darien",
        body_fr="<p>Quelque 2 000 personnes sont arrivées.</p>",
        summary_fr="Un résumé.",
        publish_at=PUBLISHED,
        first_published_at=PUBLISHED,
    )


def sign_in(client, user):
    client.force_login(user)
    client.signed_in = user


def save_change(client, release, at, **changes):
    with time_machine.travel(at, tick=False):
        # Signed in that day: a sign-in does not last for days.
        client.force_login(client.signed_in)
        return client.post(change_url(release), form_data(release, _save="", **changes))


def major_change(
    client,
    release,
    at=CORRECTED,
    en=EN_NOTE,
    fr=FR_NOTE,
    body="<p>Some 3,000 people arrived.</p>",
):
    return save_change(
        client,
        release,
        at,
        body_en=body,
        change_kind="major",
        change_note_en=en,
        change_note_fr=fr,
    )


def atom_entry(client, release):
    feed = client.get("/en/releases/feed/atom/").text
    entry = re.search(
        r"<entry>(?:(?!</entry>).)*?" + re.escape(release.title_en) + r".*?</entry>",
        feed,
        re.S,
    )
    assert entry, feed
    return entry.group()


def sitemap_lastmod(client, release):
    sitemap = client.get("/sitemap-releases.xml").text
    url = re.search(
        r"<url>\s*<loc>[^<]*/en/releases/" + release.slug_en + r"/</loc>.*?</url>",
        sitemap,
        re.S,
    )
    assert url, sitemap
    return re.search(r"<lastmod>([^<]+)</lastmod>", url.group()).group(1)


def test_a_major_change_shows_its_note_on_the_page_in_each_language(client, publisher):
    release = bilingual_release()
    sign_in(client, publisher)

    response = major_change(client, release)

    assert response.status_code == 302
    client.logout()
    english = visible_text(client.get("/en/releases/arrivals-darien/"))
    assert f"Updated 3 December 2026: {EN_NOTE}" in english
    assert "Some 3,000 people arrived." in english
    french = visible_text(client.get("/fr/releases/arrivees-darien/"))
    assert FR_NOTE in french
    assert "3 décembre 2026" in french
    assert EN_NOTE not in french
    entry = Entry.objects.get(action=Action.CHANGE_NOTE)
    assert entry.actor == publisher
    assert entry.object_id == str(release.pk)


def test_a_major_change_moves_the_dates_search_engines_and_feeds_read(
    client, publisher
):
    release = bilingual_release()
    sign_in(client, publisher)
    major_change(client, release)
    client.logout()

    page = client.get("/en/releases/arrivals-darien/")
    article = jsonld(page, "NewsArticle")[0]
    assert article["dateModified"] == CORRECTED.isoformat()
    assert article["datePublished"] == PUBLISHED.isoformat()
    entry = atom_entry(client, release)
    assert "<updated>2026-12-03T10:00:00+00:00</updated>" in entry
    summary = re.search(r"<summary[^>]*>(.*?)</summary>", entry, re.S).group(1)
    assert summary.startswith(f"Updated 3 December 2026: {EN_NOTE}")
    assert sitemap_lastmod(client, release).startswith("2026-12-03")


def test_earlier_notes_are_listed_newest_first_under_the_latest(client, publisher):
    release = bilingual_release()
    sign_in(client, publisher)
    major_change(client, release)
    release.refresh_from_db()
    major_change(
        client,
        release,
        at=LATER,
        en="added the regional figures",
        fr="ajout des chiffres régionaux",
        body="<p>Some 3,000 people arrived, 1,000 in Panama.</p>",
    )
    client.logout()

    text = visible_text(client.get("/en/releases/arrivals-darien/"))

    assert "Updated 5 December 2026: added the regional figures" in text
    assert f"Earlier updates 3 December 2026: {EN_NOTE}" in text
    assert Release.objects.get(pk=release.pk).changed_at == LATER


def test_a_minor_change_shows_nothing_and_moves_no_date(client, publisher):
    release = bilingual_release()
    sign_in(client, publisher)

    response = save_change(
        client,
        release,
        CORRECTED,
        body_en="<p>Some 2,000 people arived.</p>",
        change_kind="minor",
        change_note_en="this is not shown",
    )

    assert response.status_code == 302
    client.logout()
    page = client.get("/en/releases/arrivals-darien/")
    text = visible_text(page)
    assert "arived" in text
    assert "Updated" not in text
    assert "this is not shown" not in text
    assert jsonld(page, "NewsArticle")[0]["dateModified"] == PUBLISHED.isoformat()
    entry = atom_entry(client, release)
    assert "<updated>2026-12-01T09:00:00+00:00</updated>" in entry
    assert "Updated" not in entry
    assert sitemap_lastmod(client, release).startswith("2026-12-01")
    assert not Entry.objects.filter(action=Action.CHANGE_NOTE).exists()


def test_a_major_change_without_a_note_in_each_language_keeps_what_was_typed(
    client, publisher
):
    release = bilingual_release()
    sign_in(client, publisher)

    response = major_change(client, release, fr="")

    assert response.status_code == 200
    assert "A major change needs a note for readers in French." in response.text
    assert "Some 3,000 people arrived." in response.text
    assert EN_NOTE in response.text
    release.refresh_from_db()
    assert release.body_en == "<p>Some 2,000 people arrived.</p>"
    assert release.changed_at is None
    assert not release.change_notes.exists()


def test_a_change_must_say_whether_it_is_minor_or_major(client, publisher):
    release = bilingual_release()
    sign_in(client, publisher)

    response = save_change(client, release, CORRECTED, title_en="A new title")

    assert response.status_code == 200
    assert "say whether this change is minor or major" in response.text
    assert Release.objects.get(pk=release.pk).title_en == "Arrivals in the Darién"


def test_saving_a_public_release_unchanged_asks_nothing(client, publisher):
    release = bilingual_release()
    sign_in(client, publisher)

    page = client.get(change_url(release)).text
    response = save_change(client, release, CORRECTED)

    assert "What kind of change is this?" in page
    assert 'name="change_note_fr"' in page
    assert 'name="change_note_es"' not in page
    assert response.status_code == 302


def test_a_draft_is_not_asked_about_changes(client, publisher):
    release = ReleaseFactory(status="draft", publish_at=None, first_published_at=None)
    sign_in(client, publisher)

    assert "What kind of change is this?" not in client.get(change_url(release)).text


def test_a_changed_release_page_keeps_its_query_budget(
    client, publisher, django_assert_max_num_queries
):
    release = bilingual_release()
    sign_in(client, publisher)
    major_change(client, release)
    client.logout()

    with django_assert_max_num_queries(8):
        response = client.get("/en/releases/arrivals-darien/")

    assert response.status_code == 200


def test_publishing_from_the_change_form_leaves_an_audit_entry(client, publisher):
    release = ReleaseFactory(status="draft", publish_at=None, first_published_at=None)
    sign_in(client, publisher)

    client.post(change_url(release), form_data(release, _publish=""))

    entry = Entry.objects.get(action=Action.PUBLISH)
    assert entry.actor == publisher
    assert entry.object_id == str(release.pk)
