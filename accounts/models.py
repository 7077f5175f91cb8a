"""The admin's views of sign-in: its lockouts and each user's second factor.

Both are proxies: django-axes keeps the failed attempts and django-otp the
devices; these only give them a place in the admin and the permissions that
roles hold (releases/roles.py).
"""

from axes.models import AccessAttempt
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice


class Lockout(AccessAttempt):
    """Failed sign-ins from one address for one account, which may lock it."""

    class Meta:
        proxy = True
        verbose_name = _("locked sign-in")
        verbose_name_plural = _("locked sign-ins")
        permissions = [("lift_lockout", _("Can lift a sign-in lockout"))]


class TwoFactorDevice(TOTPDevice):
    """An authenticator app a user signs in with, after their password."""

    class Meta:
        proxy = True
        verbose_name = _("two-factor sign-in")
        verbose_name_plural = _("two-factor sign-in")
