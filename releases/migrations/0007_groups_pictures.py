"""The roles' permissions on pictures, galleries and attachments."""

from django.db import migrations

from releases.roles import create_groups


class Migration(migrations.Migration):
    dependencies = [
        ("releases", "0006_pictures_and_documents"),
        ("contacts", "0002_portrait_picture"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
