"""The roles get the board (releases/roles.py). The states of what was
written before are made in 0003, under the column's final name; databases
that ran this migration first have them already, and 0003 changes nothing
there."""

from django.db import migrations

from releases.roles import create_groups


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_initial"),
        ("journalists", "0002_groups_journalists"),
        ("releases", "0013_groups_unpublish"),
        ("events", "0002_old_slugs"),
        ("contacts", "0005_old_slugs"),
    ]

    operations = [
        migrations.RunPython(create_groups, migrations.RunPython.noop),
    ]
