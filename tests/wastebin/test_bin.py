"""The bin: what the admin deletes waits 30 days, with its links, for a
publisher to restore it; emptying it is an explicit act, recorded."""

import io
import re
from datetime import timedelta

import pytest
import reversion
from django.contrib.messages import get_messages
from django.core.management import CommandError, call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from audit.models import Action, Entry
from contacts.models import Official, PressContact
from events.models import Event
from media.models import Attachment, GalleryImage, Image
from media.renditions import RECIPES
from releases.models import Mention, Release, ReleaseContact, Status
from releases.workflow import publish_release
from tests.admin_people import logged_in
from tests.factories import (
    EventFactory,
    MentionFactory,
    OfficialFactory,
    PressContactFactory,
    ReleaseContactFactory,
    ReleaseFactory,
    SpeakerFactory,
    ThemeFactory,
)
from tests.pictures import AttachmentFactory, GalleryImageFactory, ImageFactory
from tests.releases.searching import found
from wastebin.models import BIN_DAYS, BinEntry

pytestmark = pytest.mark.django_db

BIN = reverse("admin:wastebin_binentry_changelist")
EMPTY = reverse("admin:wastebin_binentry_empty")


def delete_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_delete", args=[obj.pk])


def restore_url(entry):
    return reverse("admin:wastebin_binentry_restore", args=[entry.pk])


def told(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def committed():
    """Run what waits for the commit (files deleted), as a real request would."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def delete_in_admin(client, user, obj):
    logged_in(client, user)
    with committed():
        response = client.post(delete_url(obj), {"post": "yes"})
    assert response.status_code == 302, response.text[:500]
    return response


def restore_in_admin(client, publisher, obj_or_entry):
    entry = (
        obj_or_entry
        if isinstance(obj_or_entry, BinEntry)
        else BinEntry.objects.get(object_repr=str(obj_or_entry))
    )
    logged_in(client, publisher)
    with committed():
        return client.post(restore_url(entry))


@pytest.fixture
def draft():
    """A draft in four languages, with everything a release links to."""
    release = ReleaseFactory(
        status=Status.DRAFT,
        publish_at=None,
        first_published_at=None,
        title_fr="Communiqué en français",
        slug_fr="communique-en-francais",
        body_fr="<p>Le corps.</p>",
        title_es="Comunicado en español",
        slug_es="comunicado-en-espanol",
        title_ar="بيان صحفي",
        slug_ar="بيان-صحفي",
        themes=[ThemeFactory(), ThemeFactory()],
    )
    MentionFactory(release=release, role_en="Keynote")
    MentionFactory(release=release)
    ReleaseContactFactory(release=release)
    GalleryImageFactory(release=release)
    AttachmentFactory(release=release)
    return release


def links_of(release):
    return {
        "themes": set(release.themes.values_list("pk", flat=True)),
        "mentions": set(
            Mention.objects.filter(release=release).values_list("official", "role_en")
        ),
        "contacts": set(
            ReleaseContact.objects.filter(release=release).values_list("contact")
        ),
        "gallery": set(
            GalleryImage.objects.filter(release=release).values_list("image")
        ),
        "attachments": set(
            Attachment.objects.filter(release=release).values_list("pk", "file")
        ),
    }


# ----- deleting -----


def test_an_editor_deletes_a_draft_and_it_waits_in_the_bin(client, editor, draft):
    response = delete_in_admin(client, editor, draft)

    assert not Release.objects.filter(pk=draft.pk).exists()
    assert not Mention.objects.filter(release_id=draft.pk).exists()
    assert not Attachment.objects.filter(release_id=draft.pk).exists()
    entry = BinEntry.objects.get()
    assert entry.object_repr == str(draft)
    assert entry.deleted_by_name == editor.username
    assert any(
        "is in the bin: a publisher can restore it until" in m for m in told(response)
    )
    trail = Entry.objects.get(action=Action.DELETE)
    assert (trail.object_id, trail.actor) == (str(draft.pk), editor)


def test_the_delete_page_says_the_item_goes_to_the_bin(client, editor, draft):
    logged_in(client, editor)

    response = client.get(delete_url(draft))

    assert response.status_code == 200
    assert f"for {BIN_DAYS} days a publisher can restore them" in response.text


def test_deleting_several_from_the_list_puts_each_in_the_bin(client, publisher):
    officials = OfficialFactory.create_batch(2)
    logged_in(client, publisher)

    response = client.post(
        reverse("admin:contacts_official_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [o.pk for o in officials],
            "post": "yes",
        },
    )

    assert response.status_code == 302
    assert not Official.objects.filter(pk__in=[o.pk for o in officials]).exists()
    assert set(BinEntry.objects.values_list("object_repr", flat=True)) == {
        str(o) for o in officials
    }
    assert Entry.objects.filter(action=Action.DELETE).count() == 2


def test_a_deleted_release_or_event_is_gone_from_the_public_site(client, publisher):
    release = ReleaseFactory(
        status=Status.DRAFT, publish_at=None, first_published_at=None
    )
    event = EventFactory()
    page = event.get_absolute_url()
    assert client.get(page).status_code == 200

    delete_in_admin(client, publisher, release)
    delete_in_admin(client, publisher, event)
    client.logout()

    assert client.get(release.url_in("en")).status_code == 404
    assert client.get(page).status_code == 404
    assert event.title_en not in client.get(reverse("events:index")).text


# ----- restoring -----


def test_a_publisher_restores_a_release_with_all_its_links(
    client, editor, publisher, draft
):
    before = links_of(draft)
    titles = {
        code: getattr(draft, f"title_{code}") for code in ("en", "fr", "es", "ar")
    }
    delete_in_admin(client, editor, draft)

    response = restore_in_admin(client, publisher, BinEntry.objects.get())

    assert response.status_code == 302
    assert response["Location"] == reverse(
        "admin:releases_release_change", args=[draft.pk]
    )
    assert any("is back, with its links" in m for m in told(response))
    release = Release.objects.get(pk=draft.pk)
    assert {code: getattr(release, f"title_{code}") for code in titles} == titles
    assert release.slug_ar == "بيان-صحفي"
    assert links_of(release) == before
    assert not BinEntry.objects.exists()
    assert Entry.objects.filter(
        action=Action.RESTORE_FROM_BIN, object_id=str(draft.pk), actor=publisher
    ).exists()
    assert client.get(response["Location"]).status_code == 200


def test_an_attachment_file_stays_while_in_the_bin(client, editor, publisher, draft):
    attachment = draft.attachments.get()
    storage, name = attachment.file.storage, attachment.file.name
    delete_in_admin(client, editor, draft)
    assert storage.exists(name)

    restore_in_admin(client, publisher, BinEntry.objects.get())

    assert Attachment.objects.get(pk=attachment.pk).file.name == name
    assert storage.exists(name)


def test_an_event_comes_back_with_its_speakers_and_the_releases_about_it(
    client, publisher
):
    event = EventFactory()
    speakers = {SpeakerFactory(event=event).official_id for _ in range(2)}
    release = ReleaseFactory(event=event)
    delete_in_admin(client, publisher, event)
    assert Release.objects.get(pk=release.pk).event is None

    response = restore_in_admin(client, publisher, event)

    assert response.status_code == 302
    event = Event.objects.get(pk=event.pk)
    assert set(event.speakers.values_list("official", flat=True)) == speakers
    assert Release.objects.get(pk=release.pk).event == event
    client.logout()
    assert client.get(event.get_absolute_url()).status_code == 200


def test_an_official_mentioned_in_a_release_cannot_be_deleted(client, publisher):
    mention = MentionFactory()
    logged_in(client, publisher)

    response = client.post(delete_url(mention.official), {"post": "yes"})

    assert Official.objects.filter(pk=mention.official_id).exists()
    assert "would require deleting the following protected" in response.text
    assert not BinEntry.objects.exists()


def test_an_official_comes_back_at_the_same_address(client, publisher):
    official = OfficialFactory(slug="ana-lopez")
    official.slug = "ana-lopez-garcia"
    official.save()
    delete_in_admin(client, publisher, official)

    restore_in_admin(client, publisher, official)

    back = Official.objects.get(pk=official.pk)
    assert back.slug == "ana-lopez-garcia"
    assert list(back.old_slugs.values_list("slug", flat=True)) == ["ana-lopez"]


def test_a_press_contact_leaves_the_directory_and_comes_back(client, publisher):
    contact = PressContactFactory()
    vcard = reverse("contacts:vcard", kwargs={"slug": contact.slug})
    assert contact.email in client.get(reverse("contacts:index")).text

    delete_in_admin(client, publisher, contact)
    client.logout()

    assert contact.email not in client.get(reverse("contacts:index")).text
    assert client.get(vcard).status_code == 404

    restore_in_admin(client, publisher, contact)
    client.logout()

    assert PressContact.objects.get(pk=contact.pk).email == contact.email
    assert contact.email in client.get(reverse("contacts:index")).text
    assert client.get(vcard).status_code == 200


def test_a_slug_taken_meanwhile_refuses_the_restore_and_keeps_the_entry(
    client, editor, publisher, draft
):
    delete_in_admin(client, editor, draft)
    ReleaseFactory(slug_en=draft.slug_en, title_en="Another one")

    response = restore_in_admin(client, publisher, BinEntry.objects.get())

    assert response.status_code == 302
    assert response["Location"] == BIN
    messages = told(response)
    assert any(
        f"its address “{draft.slug_en}” is now used by another release" in m
        for m in messages
    ), messages
    assert not Release.objects.filter(pk=draft.pk).exists()
    assert BinEntry.objects.count() == 1


def test_a_release_mentioning_an_official_in_the_bin_asks_for_the_official_first(
    client, editor, publisher
):
    mention = MentionFactory(
        release=ReleaseFactory(
            status=Status.DRAFT, publish_at=None, first_published_at=None
        )
    )
    delete_in_admin(client, editor, mention.release)
    delete_in_admin(client, publisher, mention.official)
    release_entry = BinEntry.objects.get(content_type__model="release")

    response = restore_in_admin(client, publisher, release_entry)

    assert any(
        f"“{mention.official}”, which is in the bin too. Restore that first" in m
        for m in told(response)
    )
    assert BinEntry.objects.count() == 2

    restore_in_admin(client, publisher, mention.official)
    restore_in_admin(client, publisher, release_entry)

    assert Mention.objects.filter(pk=mention.pk).exists()
    assert not BinEntry.objects.exists()


def test_an_expired_entry_can_no_longer_be_restored(client, publisher):
    official = OfficialFactory()
    delete_in_admin(client, publisher, official)
    entry = BinEntry.objects.get()
    entry.deleted_at -= timedelta(days=BIN_DAYS, minutes=1)
    entry.save()

    page = client.get(restore_url(entry))
    listing = client.get(BIN)
    response = client.post(restore_url(entry))

    assert "it can no longer be restored" in page.text
    assert "Yes, restore it" not in page.text
    assert restore_url(entry) not in listing.text
    assert response.status_code == 200
    assert not Official.objects.filter(pk=official.pk).exists()


# ----- pictures: nothing reachable while in the bin -----


def test_a_deleted_picture_is_not_served_and_its_file_waits(
    client, publisher, settings
):
    settings.SERVE_MEDIA = True
    picture = ImageFactory()
    addresses = {picture.rendition(name).url for name in RECIPES}
    storage, name = picture.file.storage, picture.file.name
    assert all(client.get(url).status_code == 200 for url in addresses)

    delete_in_admin(client, publisher, picture)

    assert storage.exists(name)
    assert [url for url in addresses if client.get(url).status_code != 404] == []
    assert client.get(picture.get_download_url()).status_code == 404

    restore_in_admin(client, publisher, BinEntry.objects.get())

    assert Image.objects.filter(pk=picture.pk).exists()
    assert all(client.get(url).status_code == 200 for url in addresses)


def test_emptying_the_bin_deletes_the_pictures_file(client, publisher):
    picture = ImageFactory()
    storage, name = picture.file.storage, picture.file.name
    delete_in_admin(client, publisher, picture)

    with_confirmation = client.get(EMPTY)
    with committed():
        response = client.post(EMPTY)

    assert "Items in the bin: 1" in with_confirmation.text
    assert response.status_code == 302
    assert any("Removed for good: 1" in m for m in told(response))
    assert not BinEntry.objects.exists()
    assert not storage.exists(name)
    emptied = Entry.objects.get(action=Action.EMPTY_BIN)
    assert (emptied.actor, emptied.data["count"]) == (publisher, 1)


def test_emptying_deletes_a_deleted_releases_documents(
    client, editor, publisher, draft
):
    attachment = draft.attachments.get()
    storage, name = attachment.file.storage, attachment.file.name
    delete_in_admin(client, editor, draft)

    logged_in(client, publisher)
    with committed():
        client.post(EMPTY)

    assert not storage.exists(name)


def test_emptying_forgets_the_versions_of_what_it_removes(
    client, editor, publisher, draft
):
    from reversion.models import Version

    logged_in(client, editor)
    client.get(f"/admin/releases/release/{draft.pk}/change/")
    with reversion.create_revision():
        reversion.set_user(editor)
        draft.save()
    assert Version.objects.get_for_object(draft).exists()
    kept = ReleaseFactory()
    with reversion.create_revision():
        kept.save()
    delete_in_admin(client, editor, draft)
    # In the bin, its versions wait with it.
    assert Version.objects.get_for_object_reference(Release, draft.pk).exists()

    logged_in(client, publisher)
    with committed():
        client.post(EMPTY)

    assert not Version.objects.get_for_object_reference(Release, draft.pk).exists()
    assert Version.objects.get_for_object(kept).exists()


# ----- the command -----


def test_empty_bin_expired_removes_only_what_is_past_its_days(client, publisher):
    old, recent = OfficialFactory.create_batch(2)
    delete_in_admin(client, publisher, old)
    delete_in_admin(client, publisher, recent)
    BinEntry.objects.filter(object_repr=str(old)).update(
        deleted_at=timezone.now() - timedelta(days=BIN_DAYS + 1)
    )

    out = io.StringIO()
    with committed():
        call_command("empty_bin", "--expired", stdout=out)

    assert "Removed from the bin for good: 1." in out.getvalue()
    assert list(BinEntry.objects.values_list("object_repr", flat=True)) == [str(recent)]


def test_empty_bin_without_saying_what_refuses():
    BinEntry.objects.create(
        content_type_id=1, object_id="1", object_repr="x", snapshot={}
    )

    with pytest.raises(CommandError, match="--expired"):
        call_command("empty_bin")

    assert BinEntry.objects.count() == 1


# ----- who may -----


@pytest.mark.parametrize("role", ["contributor", "editor"])
def test_only_publishers_open_restore_and_empty_the_bin(client, request, role):
    official = OfficialFactory()
    delete_in_admin(client, request.getfixturevalue("publisher"), official)
    entry = BinEntry.objects.get()
    logged_in(client, request.getfixturevalue(role))

    assert client.get(BIN).status_code == 403
    assert client.get(restore_url(entry)).status_code == 403
    assert client.post(restore_url(entry)).status_code == 403
    assert client.get(EMPTY).status_code == 403
    assert client.post(EMPTY).status_code == 403
    assert BinEntry.objects.count() == 1


def test_nothing_in_the_bin_is_added_or_edited_through_the_admin(client, publisher):
    delete_in_admin(client, publisher, OfficialFactory())
    entry = BinEntry.objects.get()

    assert client.get(reverse("admin:wastebin_binentry_add")).status_code == 403
    change = client.get(reverse("admin:wastebin_binentry_change", args=[entry.pk]))
    assert change.status_code == 302
    assert (
        client.get(
            reverse("admin:wastebin_binentry_delete", args=[entry.pk])
        ).status_code
        == 403
    )


# ----- the list -----


def test_the_bin_lists_what_was_deleted_by_whom_and_until_when(
    client, publisher, django_assert_max_num_queries
):
    for official in OfficialFactory.create_batch(3):
        delete_in_admin(client, publisher, official)
    delete_in_admin(client, publisher, EventFactory(title_en="Seminar on borders"))

    with django_assert_max_num_queries(12):
        response = client.get(BIN)

    assert response.status_code == 200
    assert "Seminar on borders" in response.text
    assert response.text.count('/restore/">') == 4
    assert EMPTY in response.text
    events_only = client.get(BIN, {"q": "borders"})
    assert events_only.text.count('/restore/">') == 1


def test_the_bin_is_filtered_by_kind(client, publisher):
    delete_in_admin(client, publisher, OfficialFactory())
    delete_in_admin(client, publisher, EventFactory())
    event_kind = BinEntry.objects.get(content_type__model="event").content_type_id

    response = client.get(BIN, {"kind": event_kind})

    assert response.text.count('/restore/">') == 1


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_the_bin_pages_speak_the_admins_language(client, publisher, language):
    delete_in_admin(client, publisher, OfficialFactory())
    entry = BinEntry.objects.get()

    for path in (BIN, restore_url(entry), EMPTY):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200
        html = re.search(r"<html[^>]*>", response.text).group(0)
        assert f'lang="{language}"' in html
        if language == "ar":
            assert 'dir="rtl"' in html


def test_a_restored_release_is_found_by_search_once_published(
    client, editor, publisher
):
    release = ReleaseFactory(
        status=Status.DRAFT,
        publish_at=None,
        first_published_at=None,
        title_en="Counter-trafficking seminar in Asunción",
        body_en="<p>Prosecutors met in Paraguay.</p>",
    )
    delete_in_admin(client, editor, release)
    restore_in_admin(client, publisher, BinEntry.objects.get())

    publish_release(release=Release.objects.get(pk=release.pk), by=publisher)

    client.logout()
    assert found(client, "en", "prosecutors") == [release.pk]


def test_the_restore_page_says_what_comes_back(client, editor, publisher, draft):
    delete_in_admin(client, editor, draft)
    logged_in(client, publisher)

    response = client.get(restore_url(BinEntry.objects.get()))

    assert response.status_code == 200
    text = re.sub(r"\s+", " ", response.text)
    for what in ("Officials mentioned: 2", "Themes: 2", "Gallery: 1", "Attachments: 1"):
        assert what in text
    assert "Yes, restore it" in text


def test_links_to_what_is_gone_for_good_are_left_empty_and_said(
    client, editor, publisher
):
    theme = ThemeFactory()
    event = EventFactory()
    release = ReleaseFactory(
        status=Status.DRAFT,
        publish_at=None,
        first_published_at=None,
        event=event,
        themes=[theme, ThemeFactory()],
    )
    delete_in_admin(client, editor, release)
    theme.delete()
    event.delete()

    response = restore_in_admin(client, publisher, BinEntry.objects.get())

    back = Release.objects.get(pk=release.pk)
    assert back.event is None
    assert back.themes.count() == 1
    messages = told(response)
    assert any("Its link to the event was left empty" in m for m in messages)
    assert any(
        "A link to a theme that no longer exists was dropped" in m for m in messages
    )
