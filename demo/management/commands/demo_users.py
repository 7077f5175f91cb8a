"""Create (or reset) one account per role, each with a new random password."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

ROLES = {"contributor": "Contributor", "editor": "Editor", "publisher": "Publisher"}


class Command(BaseCommand):
    help = (
        "Create the accounts contributor, editor and publisher with fresh random "
        "passwords, and print them. Run it again to get new passwords (and to "
        "set up the publisher's authenticator app afresh)."
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
            # A reset account signs in as a new one does: a publisher sets up
            # an authenticator app on the next sign-in.
            TOTPDevice.objects.filter(user=user).delete()
            StaticDevice.objects.filter(user=user).delete()
            self.stdout.write(f"  {username:<12} {password}   ({group_name})")
        self.stdout.write(
            "The publisher then sets up two-factor sign-in: scan the QR code the "
            "next page shows with an authenticator app (FreeOTP, Aegis, Google or "
            "Microsoft Authenticator), or type its key into one."
        )
