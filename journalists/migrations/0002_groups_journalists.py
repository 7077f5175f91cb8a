"""Publishers decide on accreditations and see who opened what; the groups
are given exactly what releases/roles.py lists."""

from django.db import migrations

from releases.roles import create_groups


class Migration(migrations.Migration):
    dependencies = [
        ("journalists", "0001_initial"),
        ("alerts", "0002_groups_alerts"),
        ("accounts", "0002_groups"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
