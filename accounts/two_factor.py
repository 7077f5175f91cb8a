"""Two-factor sign-in: an authenticator app (TOTP), and recovery codes.

A password alone opens no session for a user who has an app, nor for one
who must have one (a publisher): the password step only remembers, in the
session, who is half-way through; the code step signs them in.
"""

import time

from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from audit.models import Action
from audit.trail import write

PENDING = "accounts_pending_sign_in"
# How long the code step waits after the password step.
PENDING_SECONDS = 10 * 60
RECOVERY_CODES = 10
APP_NAME = "Authenticator app"
CODES_NAME = "Recovery codes"


def must_use_two_factor(user):
    """Publishers (and superusers) cannot sign in with a password alone."""
    return user.has_perm("releases.publish_release")


def app_of(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def codes_of(user):
    return StaticDevice.objects.filter(user=user, confirmed=True).first()


def uses_two_factor(user):
    return app_of(user) is not None


def remember_pending(request, user, *, next_url):
    """The password was right: wait for the second step."""
    request.session[PENDING] = {
        "user": user.pk,
        "backend": user.backend,
        "hash": user.get_session_auth_hash(),
        "since": time.time(),
        "next": next_url,
    }


def pending_user(request):
    """Who is between the password and the code, or None."""
    pending = request.session.get(PENDING)
    if not pending or time.time() - pending["since"] > PENDING_SECONDS:
        return None
    user = get_user_model().objects.filter(pk=pending["user"], is_active=True).first()
    # A password changed since then ends the wait.
    if user is None or user.get_session_auth_hash() != pending["hash"]:
        return None
    user.backend = pending["backend"]
    return user


def pending_next(request):
    return request.session.get(PENDING, {}).get("next", "")


def forget_pending(request):
    request.session.pop(PENDING, None)


def sign_in(request, user, device):
    """Open the session: the second step was passed on ``device``."""
    forget_pending(request)
    auth_login(request, user)
    otp_login(request, device)


def new_app(user):
    """A fresh, unconfirmed app key for the user to scan."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name=APP_NAME, confirmed=False)


def unconfirmed_app(user):
    return TOTPDevice.objects.filter(user=user, confirmed=False).first()


@transaction.atomic
def confirm_app(*, device, token):
    """Turn the app on if ``token`` is its current code; return the recovery
    codes, shown once, or None if the code is wrong."""
    device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
    if not device.verify_token(token):
        return None
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_recovery_codes(device.user)


def new_recovery_codes(user):
    """Replace the user's recovery codes; the old ones stop working."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=CODES_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(
        StaticToken(device=device, token=code) for code in codes
    )
    return codes


def verify(request, user, token):
    """The device that accepts ``token`` (an app's code or a recovery code).

    A wrong code counts as a failed sign-in, as a wrong password does: django-
    axes hears of it and locks out the account after too many, and the audit
    trail records it (as a wrong code, not a wrong password).
    """
    token = "".join(token.split()).lower()
    # Six digits are the app's; anything else may be a recovery code. Each
    # device counts its own wrong codes, so only the one meant is tried.
    model = TOTPDevice if token.isdigit() and len(token) == 6 else StaticDevice
    with transaction.atomic():
        device = (
            model.objects.select_for_update().filter(user=user, confirmed=True).first()
        )
        if device is not None and device.verify_token(token):
            return device
    # The password was right: the trail names the account, not just a name.
    write(Action.SIGN_IN_CODE_FAILED, user, by=user, request=request)
    user_login_failed.send(
        sender=__name__,
        credentials={"username": user.get_username()},
        request=request,
        audit_recorded=True,
    )
    return None


def throttled(user):
    """Whether the app refuses codes for now, after wrong ones (django-otp
    doubles the wait after each)."""
    device = app_of(user)
    return device is not None and not device.verify_is_allowed()[0]


def turn_off(user):
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
