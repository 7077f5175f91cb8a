"""Events, pictures, documents and imported texts moved from releases to
apps of their own with their tables: a database written before the move
keeps every row, link, permission and admin history entry, and a new one
gets the roles as releases/roles.py lists them.

django-test-migrations' ``migrator`` drops every table and migrates with
the migrate signals muted, on the transactional database: these tests run
after the others (pytest-django orders transactional tests last), and what
the post-migrate signal would do is done by ``after_migrate``. The flush
after each one empties the groups: ``groups_back`` brings them back.
"""

from pathlib import Path

import pytest
from django.apps import apps as global_apps
from django.core.management.sql import emit_post_migrate_signal
from django.db import DEFAULT_DB_ALIAS, connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from releases.roles import GROUPS, sync_groups
from tests.migration_rows import give_old_roles, held, write_rows

pytestmark = pytest.mark.django_db(transaction=True)

# The previous main's last migrations of the project's apps; the others
# did not exist.
BEFORE_THE_MOVE = {
    "releases": "0009_imported_texts",
    "contacts": "0003_official_confirmed",
}
MOVED = {
    "events": ["event", "speaker"],
    "media": ["image", "galleryimage", "attachment"],
    "importing": ["importedtext"],
}
MOVED_MODELS = [model for models in MOVED.values() for model in models]
# Every plan begins with contenttypes' first migration: the state before it
# is a database with no table and no migration applied.
NOTHING = ("contenttypes", None)


@pytest.fixture(autouse=True, scope="module")
def groups_back(django_db_blocker):
    """Leave the database as migrate left it: the flush after each test
    here empties the groups the data migrations made."""
    yield
    with django_db_blocker.unblock():
        sync_groups()


def latest():
    """Every app's last migration, as the migration files stand."""
    return sorted(MigrationLoader(connection).graph.leaf_nodes())


def before_the_move():
    """Django's own apps at their latest, releases and contacts as the
    previous main left them, and none of the apps made since."""
    return [
        (app, BEFORE_THE_MOVE.get(app, None if is_ours(app) else name))
        for app, name in latest()
    ]


def is_ours(app_label):
    # Django's and the installed libraries' apps (the job queue's) stay at
    # their latest: only the project's own apps go back.
    return "site-packages" not in Path(global_apps.get_app_config(app_label).path).parts


def applied():
    return set(MigrationRecorder(connection).applied_migrations())


def last_applied():
    """The last migration applied of each of the project's apps."""
    return {app: name for app, name in sorted(applied()) if is_ours(app)}


def after_migrate(state):
    """What ``manage.py migrate`` does after the migrations: content types
    and permissions for every model of the state."""
    emit_post_migrate_signal(0, False, DEFAULT_DB_ALIAS, apps=state.apps, plan=[])


def table_rows(apps):
    """Every row of the project's tables, by table and primary key."""
    # The state Django returns after migrating backwards may still hold the
    # models of the last migration it unapplied, whose tables are gone.
    # Nor are the columns it added to a table there any more.
    tables = set(connection.introspection.table_names())
    return {
        model._meta.db_table: list(
            model.objects.order_by("pk").values(*columns_there(model))
        )
        for model in apps.get_models(include_auto_created=True)
        if is_ours(model._meta.app_label) and model._meta.db_table in tables
    }


def columns_there(model):
    with connection.cursor() as cursor:
        there = {
            column.name
            for column in connection.introspection.get_table_description(
                cursor, model._meta.db_table
            )
        }
    return [f.attname for f in model._meta.concrete_fields if f.column in there]


def content_types(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return {
        (app_label, model): pk
        for pk, app_label, model in ContentType.objects.values_list(
            "pk", "app_label", "model"
        )
    }


@pytest.fixture
def old_database(migrator):
    """A database at the previous main's last migrations, with a press
    office's rows, its groups as they were, and one admin history entry."""
    # Not apply_initial_migration(before_the_move()): it applies the whole
    # plan up to its last target, and media 0001 comes before contacts 0003.
    migrator.apply_initial_migration(NOTHING)
    state = migrator.apply_tested_migration(before_the_move())
    assert last_applied() == BEFORE_THE_MOVE
    after_migrate(state)
    Group = state.apps.get_model("auth", "Group")
    assert set(Group.objects.values_list("name", flat=True)) == set(GROUPS)
    give_old_roles(state.apps)
    pks = write_rows(state.apps)
    return {
        "pks": pks,
        "rows": table_rows(state.apps),
        "content_types": content_types(state.apps),
        "change_event": state.apps.get_model("auth", "Permission")
        .objects.get(content_type__app_label="releases", codename="change_event")
        .pk,
    }


def assert_rows_kept(apps, before):
    """Every row of before is there, with the same primary key and columns."""
    after = table_rows(apps)
    for table, rows in before["rows"].items():
        columns = rows[0].keys() if rows else ()
        kept = [{column: row[column] for column in columns} for row in after[table]]
        assert kept == rows, table


def assert_links_resolve(apps, pks):
    release = apps.get_model("releases", "Release").objects.get(pk=pks["release"])
    assert release.event._meta.label == "events.Event"
    assert release.event.pk == pks["event"]
    assert release.event.image_id == pks["event_picture"]
    assert release.event.time_zone == "America/Asuncion"
    assert set(release.event.organisers.values_list("pk", flat=True)) == {
        pks["ministerio"]
    }
    assert set(release.event.supporters.values_list("pk", flat=True)) == {
        pks["iom"],
        pks["iom_paraguay"],
    }
    assert release.hero_image._meta.label == "media.Image"
    assert release.hero_image.pk == pks["hero_picture"]
    assert [(g.pk, g.image_id, g.image._meta.label) for g in release.gallery.all()] == [
        (pks["gallery"], pks["gallery_picture"], "media.Image")
    ]
    assert list(release.attachments.values_list("pk", flat=True)) == [pks["attachment"]]
    assert list(release.mentions.values_list("official", flat=True)) == [
        pks["official"]
    ]
    assert list(release.release_contacts.values_list("contact", flat=True)) == [
        pks["contact"]
    ]
    speaker = apps.get_model("events", "Speaker").objects.get(pk=pks["speaker"])
    assert (speaker.event_id, speaker.official.pk) == (pks["event"], pks["official"])
    official = apps.get_model("contacts", "Official").objects.get(pk=pks["official"])
    assert official.portrait._meta.label == "media.Image"
    assert official.portrait.pk == pks["portrait_picture"]
    imported = apps.get_model("importing", "ImportedText").objects.get(
        pk=pks["imported"]
    )
    assert imported.release.pk == pks["draft"]
    assert imported.imported_by_id == pks["user"]


def assert_moved_history(apps, before):
    """The moved models' content types, renamed in place, carry their
    permissions, the groups holding them and the admin's history."""
    now = content_types(apps)
    was = before["content_types"]
    for app_label, models in MOVED.items():
        for model in models:
            assert now.get((app_label, model)) == was["releases", model]
    assert not {("releases", model) for model in MOVED_MODELS} & set(now)
    Permission = apps.get_model("auth", "Permission")
    assert Permission.objects.filter(codename="change_event").count() == 1
    assert Permission.objects.get(codename="change_event").pk == before["change_event"]
    editor = held(apps, "Editor")
    assert {"events.change_event", "media.change_image"} <= editor
    assert {name: held(apps, name) for name in GROUPS} == {
        name: set(permissions) for name, permissions in GROUPS.items()
    }
    entry = apps.get_model("admin", "LogEntry").objects.get(
        pk=before["pks"]["log_entry"]
    )
    assert (entry.content_type.app_label, entry.content_type.model) == (
        "events",
        "event",
    )
    assert entry.object_id == str(before["pks"]["event"])


def assert_moved(apps, before):
    assert_rows_kept(apps, before)
    assert_links_resolve(apps, before["pks"])
    assert_moved_history(apps, before)


def test_a_database_from_before_the_move_keeps_everything_both_ways(
    migrator, old_database
):
    state = migrator.apply_tested_migration(latest())
    after_migrate(state)
    assert_moved(state.apps, old_database)

    state = migrator.apply_tested_migration(before_the_move())
    assert_rows_kept(state.apps, old_database)
    assert old_database["content_types"].items() <= content_types(state.apps).items()
    assert "releases.change_event" in held(state.apps, "Editor")

    state = migrator.apply_tested_migration(latest())
    after_migrate(state)
    assert_moved(state.apps, old_database)


def test_a_new_database_gets_the_roles_without_the_post_migrate_signal(migrator):
    migrator.apply_initial_migration(NOTHING)
    assert not applied()

    state = migrator.apply_tested_migration(latest())

    assert {name: held(state.apps, name) for name in GROUPS} == {
        name: set(permissions) for name, permissions in GROUPS.items()
    }
