"""The three roles press officers work in, and the permissions each holds.

Data migrations call ``sync_groups`` with their historical app registry; a
migration that adds permissions calls it again, so the groups always hold
exactly what is listed here.
"""

from django.apps import apps as global_apps
from django.db.models import Q

CONTRIBUTOR = [
    "releases.view_release",
    "releases.add_release",
    "releases.change_release",
    "releases.submit_release",
    "releases.view_theme",
]
EDITOR = [
    *CONTRIBUTOR,
    "releases.change_others_release",
    "releases.delete_release",
    "releases.add_theme",
    "releases.change_theme",
]
PUBLISHER = [
    *EDITOR,
    "releases.publish_release",
    "releases.withdraw_release",
    "releases.delete_theme",
]

GROUPS = {"Contributor": CONTRIBUTOR, "Editor": EDITOR, "Publisher": PUBLISHER}


def sync_groups(apps=global_apps):
    """Create the groups if needed and give each exactly its permissions."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in GROUPS.items():
        query = Q(pk__in=[])
        for permission in permissions:
            app_label, codename = permission.split(".")
            query |= Q(content_type__app_label=app_label, codename=codename)
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(Permission.objects.filter(query))
