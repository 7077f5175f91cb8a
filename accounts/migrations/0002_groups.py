"""Publishers may lift sign-in lockouts and read the record of sign-ins; the
groups are given exactly what releases/roles.py lists."""

from django.db import migrations

from releases.roles import create_groups


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("axes", "0010_accessattemptexpiration"),
        ("releases", "0011_groups_moved_models"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
