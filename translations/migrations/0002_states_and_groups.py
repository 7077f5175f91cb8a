"""Every release, event, official and theme written before translations
were followed gets its states, each translation taken as current; and the
roles get the board (releases/roles.py)."""

from django.db import migrations

from releases.roles import create_groups


def make_states(apps, schema_editor):
    from translations.states import KINDS, sync_all

    for kind in KINDS.values():
        sync_all(kind, models=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_initial"),
        ("journalists", "0002_groups_journalists"),
        ("releases", "0013_groups_unpublish"),
        ("events", "0002_old_slugs"),
        ("contacts", "0005_old_slugs"),
    ]

    operations = [
        migrations.RunPython(make_states, migrations.RunPython.noop),
        migrations.RunPython(create_groups, migrations.RunPython.noop),
    ]
