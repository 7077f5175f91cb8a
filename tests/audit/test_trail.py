"""Recording: one INSERT in the caller's transaction, never changed after."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from audit.models import Action, AppendOnly, Entry
from audit.trail import entries_for, record
from tests.factories import ReleaseFactory, user_in

pytestmark = pytest.mark.django_db


def roles_of(user):
    return Entry.objects.filter(action=Action.ROLE_CHANGE, object_id=str(user.pk))


def test_an_entry_names_the_person_the_record_and_nothing_of_a_request(editor):
    release = ReleaseFactory(title_en="Floods in the Chaco")

    entry = record(Action.WITHDRAW, release, by=editor, detail="Wrong figures")

    entry = Entry.objects.get(pk=entry.pk)
    assert (entry.actor, entry.actor_name) == (editor, "editor")
    assert entry.content_type == ContentType.objects.get_for_model(release)
    assert (entry.object_id, entry.object_repr) == (str(release.pk), str(release))
    assert entry.detail == "Wrong figures"
    # A job or a command has no address.
    assert entry.address is None
    assert list(entries_for(release)) == [entry]


def test_recording_costs_one_insert(editor, django_assert_num_queries):
    release = ReleaseFactory()
    ContentType.objects.get_for_model(release)

    with django_assert_num_queries(1):
        record(Action.PUBLISH, release, by=editor)


def test_an_entry_goes_with_the_callers_transaction_when_it_rolls_back(editor):
    release = ReleaseFactory()

    with pytest.raises(RuntimeError), transaction.atomic():
        record(Action.PUBLISH, release, by=editor)
        raise RuntimeError("The publication failed")

    assert not entries_for(release).exists()


def test_entries_cannot_be_changed_or_deleted(editor):
    entry = record(Action.PUBLISH, ReleaseFactory(), by=editor)

    entry.detail = "Nothing happened"
    with pytest.raises(AppendOnly):
        entry.save()
    with pytest.raises(AppendOnly):
        entry.delete()
    with pytest.raises(AppendOnly):
        Entry.objects.filter(pk=entry.pk).delete()

    assert Entry.objects.get(pk=entry.pk).detail == ""


def test_the_name_outlives_the_account(editor):
    entry = record(Action.PUBLISH, ReleaseFactory(), by=editor)

    editor.delete()

    entry = Entry.objects.get(pk=entry.pk)
    assert entry.actor is None
    assert entry.actor_name == "editor"


def test_groups_given_and_taken_are_recorded(editor):
    publishers = Group.objects.get(name="Publisher")

    editor.groups.add(publishers)
    editor.groups.remove(publishers)
    publishers.user_set.add(editor)
    editor.groups.clear()

    assert [entry.detail for entry in roles_of(editor).order_by("pk")] == [
        "Made staff",
        "Groups added: Editor",
        "Groups added: Publisher",
        "Groups removed: Publisher",
        "Groups added: Publisher",
        "Groups removed: Editor, Publisher",
    ]
    assert roles_of(editor).first().data == {"groups_removed": ["Editor", "Publisher"]}


def test_permissions_and_flags_changed_are_recorded(editor):
    publish = Permission.objects.get(codename="publish_release")

    editor.user_permissions.add(publish)
    editor.is_superuser = True
    editor.is_active = False
    editor.save()

    permission, flags = roles_of(editor).order_by("-pk")[:2][::-1]
    assert permission.detail == f"Permissions added: {publish.name}"
    assert permission.data == {"user_permissions_added": ["releases.publish_release"]}
    assert flags.detail == "Made superuser; Account deactivated"
    assert flags.data == {"is_superuser": [False, True], "is_active": [True, False]}


def test_saves_that_change_no_role_record_nothing(editor):
    before = roles_of(editor).count()

    editor.first_name = "Ana"
    editor.save()
    editor.save(update_fields=["last_login"])
    get_user_model().objects.create_user("reader")

    assert roles_of(editor).count() == before
    assert not Entry.objects.filter(actor_name="reader").exists()


def test_a_new_user_in_a_group_is_recorded_for_that_user():
    user = user_in("Contributor", username="cy")

    assert [entry.detail for entry in roles_of(user).order_by("pk")] == [
        "Made staff",
        "Groups added: Contributor",
    ]
