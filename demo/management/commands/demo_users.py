"""Create (or reset) one account per role, each with a new random password."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

ROLES = {"contributor": "Contributor", "editor": "Editor", "publisher": "Publisher"}


class Command(BaseCommand):
    help = (
        "Create the accounts contributor, editor and publisher with fresh random "
        "passwords, and print them. Run it again to get new passwords."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        self.stdout.write("Sign in at /admin/ with one of these accounts:")
        for username, group_name in ROLES.items():
            user, _created = User.objects.get_or_create(username=username)
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            user.is_staff = True
            user.is_active = True
            user.save()
            user.groups.set([Group.objects.get(name=group_name)])
            self.stdout.write(f"  {username:<12} {password}   ({group_name})")
