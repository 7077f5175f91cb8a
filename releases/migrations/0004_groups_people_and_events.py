"""The roles' permissions on officials, press contacts and events."""

from django.db import migrations

from releases.roles import create_groups


class Migration(migrations.Migration):
    dependencies = [
        ("releases", "0003_people_and_events"),
        ("contacts", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
