"""Publishers see who subscribed and what was sent; the groups are given
exactly what releases/roles.py lists."""

from django.db import migrations

from releases.roles import create_groups


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0001_initial"),
        ("wastebin", "0002_groups_bin"),
        ("accounts", "0002_groups"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
