"""Publishers read the audit trail in the admin.

The group is got or created by the name releases/roles.py gives it, so this
works whichever of the apps' migrations runs first.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PUBLISHERS = "Publisher"


def view_permission(apps):
    # Permissions are normally made after all migrations; make audit's now.
    app_config = apps.get_app_config("audit")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    return apps.get_model("auth", "Permission").objects.get(
        content_type__app_label="audit", codename="view_entry"
    )


def grant(apps, schema_editor):
    group, _created = apps.get_model("auth", "Group").objects.get_or_create(
        name=PUBLISHERS
    )
    group.permissions.add(view_permission(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name=PUBLISHERS):
        group.permissions.remove(view_permission(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
