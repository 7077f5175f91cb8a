"""Publishers may unpublish releases (published in error, duplicates); the
groups are given exactly what releases/roles.py lists."""

from django.db import migrations

from releases.roles import create_groups


class Migration(migrations.Migration):
    dependencies = [
        ("releases", "0012_change_notes_and_unpublishing"),
        ("accounts", "0002_groups"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
