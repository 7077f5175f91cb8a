"""The three roles press officers work in, with the permissions each needs."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTRIBUTOR = [
    "view_release",
    "add_release",
    "change_release",
    "submit_release",
    "view_theme",
]
EDITOR = [
    *CONTRIBUTOR,
    "change_others_release",
    "delete_release",
    "add_theme",
    "change_theme",
]
PUBLISHER = [*EDITOR, "publish_release", "withdraw_release", "delete_theme"]

GROUPS = {"Contributor": CONTRIBUTOR, "Editor": EDITOR, "Publisher": PUBLISHER}


def create_groups(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so the
    # groups can hold them on a fresh database.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(
            Permission.objects.filter(
                content_type__app_label="releases", codename__in=codenames
            )
        )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("releases", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
