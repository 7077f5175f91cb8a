"""Lockouts after repeated failed sign-ins, kept by django-axes.

Ten failures for one account, or from one address, lock sign-in for both
until the cool-off ends (settings.AXES_COOLOFF_TIME) or a publisher lifts it.
"""

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.db.models import OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.timesince import timeuntil
from django.utils.translation import gettext as _


def lockout_response(request, original_response=None, credentials=None):
    """The login page again, saying why the right password will not do now."""
    cool_off = get_cool_off(request)
    now = timezone.now()
    context = {
        **admin.site.each_context(request),
        "title": _("Log in"),
        "app_path": request.path,
        "form": AdminAuthenticationForm(request),
        "next": request.POST.get("next", ""),
        "locked_out": True,
        # "30 minutes", in the reader's language (Django's own translations).
        "wait": timeuntil(now + cool_off, now) if cool_off else None,
    }
    response = TemplateResponse(
        request, "admin/login.html", context, status=settings.AXES_HTTP_RESPONSE_CODE
    )
    response.render()
    return response


def recent_attempts():
    """The attempts that still count: those within the cool-off."""
    attempts = AccessAttempt.objects.all()
    cool_off = get_cool_off()
    if cool_off:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    return attempts


def with_totals(attempts):
    """Each attempt with its account's and its address's failures in all."""
    recent = recent_attempts()

    def total(field):
        return Coalesce(
            Subquery(
                recent.filter(**{field: OuterRef(field)})
                .order_by()
                .values(field)
                .annotate(total=Sum("failures_since_start"))
                .values("total")[:1]
            ),
            0,
        )

    return attempts.annotate(
        account_failures=total("username"), address_failures=total("ip_address")
    )


def lift_lockouts(*, attempts):
    """Forget the failures of these attempts' accounts and addresses."""
    accounts = {attempt.username for attempt in attempts if attempt.username}
    addresses = {attempt.ip_address for attempt in attempts if attempt.ip_address}
    # Deleted one by one, so that django-axes hears of each (its cache handler
    # listens to post_delete).
    lifted = 0
    for attempt in AccessAttempt.objects.filter(
        Q(username__in=accounts) | Q(ip_address__in=addresses)
    ):
        attempt.delete()
        lifted += 1
    return lifted


def is_locked(attempt):
    """Whether this attempt's account or address is locked (after with_totals)."""
    limit = settings.AXES_FAILURE_LIMIT
    return attempt.account_failures >= limit or attempt.address_failures >= limit
