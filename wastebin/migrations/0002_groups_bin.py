"""Publishers may see, restore and empty the bin; the groups are given
exactly what releases/roles.py lists."""

from django.db import migrations

from releases.roles import create_groups


class Migration(migrations.Migration):
    dependencies = [
        ("wastebin", "0001_initial"),
        ("releases", "0013_groups_unpublish"),
        ("accounts", "0002_groups"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
