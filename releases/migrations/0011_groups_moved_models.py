"""The roles name the permissions of events and pictures by their new apps;
the groups are given exactly what releases/roles.py lists."""

from django.db import migrations

from releases.roles import create_groups


class Migration(migrations.Migration):
    dependencies = [
        ("releases", "0010_models_moved_to_their_apps"),
        ("events", "0001_initial"),
        ("media", "0001_initial"),
        ("importing", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
