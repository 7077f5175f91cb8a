"""The roles get remarks and preview links (releases/roles.py)."""

from django.db import migrations

from releases.roles import create_groups


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0001_initial"),
        ("translations", "0002_states_and_groups"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
