"""Every admin save keeps a version; any two are compared word by word, and
any one restored through the workflow, never publishing by itself."""

import re

import pytest
import reversion
from reversion.models import Version

from audit.models import Action, Entry
from releases.models import ChangeNote, Status
from tests.admin_forms import change_url, form_data
from tests.factories import (
    EventFactory,
    MentionFactory,
    OfficialFactory,
    ReleaseFactory,
    SpeakerFactory,
    user_in,
)

pytestmark = pytest.mark.django_db

HISTORY = "/admin/releases/release/{}/history/"


def history_url(release):
    return HISTORY.format(release.pk)


def save(client, release, **changes):
    release.refresh_from_db()
    response = client.post(change_url(release), form_data(release, _save="", **changes))
    assert response.status_code == 302, response.content.decode()[:3000]
    return response


def versions_of(obj):
    return list(Version.objects.get_for_object(obj).order_by("pk"))


def draft(editor, **fields):
    return ReleaseFactory(
        status=Status.DRAFT,
        publish_at=None,
        first_published_at=None,
        created_by=editor,
        **fields,
    )


def text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def test_each_admin_save_keeps_a_version_with_who_made_it(client, editor):
    release = draft(editor, body_en="<p>Some 400 people arrived.</p>")
    client.force_login(editor)
    save(client, release, body_en="<p>Some 40 people arrived.</p>")
    save(client, release, title_fr="Arrivées", slug_fr="arrivees")

    kept = versions_of(release)
    assert len(kept) == 2
    assert {v.revision.user for v in kept} == {editor}
    assert kept[0].field_dict["body_en"] == "<p>Some 40 people arrived.</p>"
    assert kept[1].field_dict["title_fr"] == "Arrivées"

    page = client.get(history_url(release)).content.decode()
    assert page.count('name="old"') == 2
    assert "editor" in page
    # The later save changed the French title (and slug), not the body.
    assert "Title (FR)" in page


def test_a_version_keeps_the_people_and_contacts_of_the_release(client, editor):
    release = draft(editor)
    official = OfficialFactory(full_name="Amy Pope")
    MentionFactory(release=release, official=official, role_en="Director General")
    client.force_login(editor)
    save(client, release)
    (version,) = versions_of(release)
    mentions = [
        v
        for v in version.revision.version_set.all()
        if v._model._meta.model_name == "mention"
    ]
    assert [m.field_dict["role_en"] for m in mentions] == ["Director General"]


def test_comparing_two_versions_marks_the_words_taken_out_and_put_in(client, editor):
    release = draft(editor, body_en="<p>Some 400 people arrived in Darién.</p>")
    client.force_login(editor)
    save(client, release)
    save(client, release, body_en="<p>Some 40 people arrived in Darién.</p>")
    old, new = versions_of(release)

    response = client.get(
        f"{history_url(release)}compare/", {"old": old.pk, "new": new.pk}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "<del>400</del>" in page
    assert "<ins>40</ins>" in page
    # Language by language: the row says which one.
    assert re.search(r'<span lang="en">EN</span>', page)
    # Unchanged fields are not listed.
    assert "Dateline" not in text(page) or "Geneva" not in text(page)


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"old": "x", "new": "1"},
        {"old": "1", "new": "1"},
        {"old": "99999", "new": "1"},
    ],
)
def test_a_bad_comparison_goes_back_to_the_history_with_a_word(client, editor, query):
    release = draft(editor)
    client.force_login(editor)
    save(client, release)
    response = client.get(f"{history_url(release)}compare/", query, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith(history_url(release))
    page = response.content.decode()
    assert "Choose two different versions" in page or "do not belong" in page


def test_versions_of_another_release_are_not_compared_here(client, editor):
    one, other = draft(editor), draft(editor)
    client.force_login(editor)
    save(client, one)
    save(client, other)
    (mine,), (theirs,) = versions_of(one), versions_of(other)
    response = client.get(
        f"{history_url(one)}compare/", {"old": mine.pk, "new": theirs.pk}, follow=True
    )
    assert "do not belong" in response.content.decode()
    response = client.get(f"{history_url(one)}{theirs.pk}/restore/")
    assert response.status_code == 404


def test_restoring_a_draft_brings_its_words_and_people_back(client, editor):
    release = draft(editor, body_en="<p>Some 400 people arrived.</p>")
    official = OfficialFactory(full_name="Amy Pope")
    MentionFactory(release=release, official=official, role_en="Director General")
    client.force_login(editor)
    save(client, release)
    first = versions_of(release)[0]
    release.refresh_from_db()
    data = form_data(release, _save="", body_en="<p>Some 40 people arrived.</p>")
    data["mentions-0-DELETE"] = "on"
    assert client.post(change_url(release), data).status_code == 302
    assert release.mentions.count() == 0

    page = client.get(f"{history_url(release)}{first.pk}/restore/").content.decode()
    assert "<ins>400</ins>" in page
    response = client.post(f"{history_url(release)}{first.pk}/restore/")
    assert response.status_code == 302
    release.refresh_from_db()
    assert release.body_en == "<p>Some 400 people arrived.</p>"
    assert release.status == Status.DRAFT
    assert [str(m) for m in release.mentions.all()] == ["Amy Pope"]
    # The restore is a new version: the text it replaced is still kept.
    assert len(versions_of(release)) == 3
    entry = Entry.objects.get(action=Action.RESTORE_VERSION)
    assert entry.actor == editor
    assert entry.object_id == str(release.pk)


def test_restoring_over_a_published_release_never_changes_its_status(client, publisher):
    release = ReleaseFactory(body_en="<p>Some 400 people arrived.</p>")
    client.force_login(publisher)
    save(client, release, change_kind="minor")
    save(
        client,
        release,
        body_en="<p>Some 40 people arrived.</p>",
        change_kind="major",
        change_note_en="corrected the number of arrivals",
    )
    first = versions_of(release)[0]
    url = f"{history_url(release)}{first.pk}/restore/"

    # Readers have seen it: minor or major, as in the change form.
    page = client.get(url).content.decode()
    assert 'name="change_kind"' in page
    response = client.post(url, {"change_kind": "major"})
    assert response.status_code == 200
    assert "A major change needs a note" in response.content.decode()

    response = client.post(
        url, {"change_kind": "major", "change_note_en": "restored the first figure"}
    )
    assert response.status_code == 302
    release.refresh_from_db()
    assert release.status == Status.PUBLISHED
    assert release.body_en == "<p>Some 400 people arrived.</p>"
    assert ChangeNote.objects.filter(
        release=release, note_en="restored the first figure"
    ).exists()
    page = client.get(release.get_absolute_url()).content.decode()
    assert "restored the first figure" in page


def test_restoring_a_draft_version_of_a_published_release_does_not_unpublish_it(
    client, editor, publisher
):
    release = draft(editor, body_en="<p>Draft words.</p>")
    client.force_login(editor)
    save(client, release)
    draft_version = versions_of(release)[0]
    client.force_login(publisher)
    release.refresh_from_db()
    client.post(change_url(release), form_data(release, _publish=""))
    release.refresh_from_db()
    assert release.status == Status.PUBLISHED

    client.post(
        f"{history_url(release)}{draft_version.pk}/restore/", {"change_kind": "minor"}
    )
    release.refresh_from_db()
    assert release.status == Status.PUBLISHED
    assert release.first_published_at is not None


def test_a_contributor_cannot_restore_over_a_published_release(client, contributor):
    release = ReleaseFactory(created_by=contributor)
    publisher = user_in("Publisher", username="pub")
    client.force_login(publisher)
    save(client, release, change_kind="minor")
    (version,) = versions_of(release)
    client.force_login(contributor)
    url = f"{history_url(release)}{version.pk}/restore/"
    assert client.get(url).status_code == 403
    assert client.post(url, {"change_kind": "minor"}).status_code == 403
    assert not Entry.objects.filter(action=Action.RESTORE_VERSION).exists()
    # It may still read the history.
    page = client.get(history_url(release)).content.decode()
    assert "Restore…" not in page


def test_restoring_an_event_leaves_its_address_and_speakers_come_back(client, editor):
    event = EventFactory(title_en="Regional consultation", slug_en="consultation")
    SpeakerFactory(event=event, official=OfficialFactory(full_name="Amy Pope"))
    client.force_login(editor)
    url = f"/admin/events/event/{event.pk}/change/"
    page = client.get(url).content.decode()
    token = re.search(r'name="_seen_version" value="(\d+)"', page).group(1)
    assert token == "0"
    event.title_en = "Regional consultation on migration"
    event.save()
    versions = Version.objects.get_for_object(event)
    assert versions.count() == 0  # outside the admin: no version, no query
    # A version made by hand in the admin's way.
    with reversion.create_revision():
        reversion.set_user(editor)
        event.save()
    event.speakers.all().delete()
    event.title_en = "Something else"
    event.slug_en = "something-else"
    event.save()
    (version,) = Version.objects.get_for_object(event)
    response = client.post(
        f"/admin/events/event/{event.pk}/history/{version.pk}/restore/"
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title_en == "Regional consultation on migration"
    assert event.slug_en == "something-else"
    assert [str(s) for s in event.speakers.all()] == ["Amy Pope"]


def test_the_history_reads_in_arabic_right_to_left(client, editor):
    release = draft(editor)
    client.force_login(editor)
    save(client, release)
    save(client, release, body_en="<p>Other words.</p>")
    old, new = versions_of(release)
    for url in (
        history_url(release),
        f"{history_url(release)}compare/?old={old.pk}&new={new.pk}",
        f"{history_url(release)}{old.pk}/restore/",
    ):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="ar")
        page = response.content.decode()
        assert response.status_code == 200, url
        assert 'dir="rtl"' in page
        assert 'lang="ar"' in page


def test_restoring_a_picture_brings_back_its_words_not_another_file(
    client, publisher, media_dirs
):
    from tests.pictures import ImageFactory

    picture = ImageFactory(alt_text_en="Families waiting at the border")
    stored = picture.file.name
    with reversion.create_revision():
        reversion.set_user(publisher)
        picture.save()
    picture.alt_text_en = "A queue"
    picture.focal_x = 10
    picture.save()
    (version,) = Version.objects.get_for_object(picture)
    client.force_login(publisher)
    url = f"/admin/media/image/{picture.pk}/history/{version.pk}/restore/"
    assert client.post(url).status_code == 302
    picture.refresh_from_db()
    assert picture.alt_text_en == "Families waiting at the border"
    assert picture.file.name == stored


def test_restoring_an_official_keeps_their_address(client, editor):
    official = OfficialFactory(full_name="Amy Pope", position_en="Director General")
    with reversion.create_revision():
        reversion.set_user(editor)
        official.save()
    official.position_en = "Deputy"
    official.slug = "amy-pope-deputy"
    official.save()
    (version,) = Version.objects.get_for_object(official)
    client.force_login(editor)
    url = f"/admin/contacts/official/{official.pk}/history/{version.pk}/restore/"
    assert client.post(url).status_code == 302
    official.refresh_from_db()
    assert official.position_en == "Director General"
    assert official.slug == "amy-pope-deputy"
