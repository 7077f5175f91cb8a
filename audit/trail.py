"""Writing to and reading the audit trail."""

import ipaddress

from axes.helpers import get_client_ip_address
from django.contrib.contenttypes.models import ContentType

from audit.middleware import current_request
from audit.models import Entry


def client_address(request) -> str | None:
    """The client's address as django-axes works it out (REMOTE_ADDR, or
    X-Forwarded-For only when PROXY_COUNT proxies are configured), so the trail
    and the lockouts agree about who was where."""
    if request is None:
        return None
    address = get_client_ip_address(request)
    try:
        # PostgreSQL's inet column would refuse anything else, and with it
        # the caller's whole transaction.
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def request_user(request):
    """The signed-in user of the request, or None."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return user
    return None


def record(
    action, target=None, *, by=None, detail="", data=None, actor_name=None
) -> Entry:
    """Write one entry (a single INSERT, inside the caller's transaction).

    `by` defaults to the user of the current request; the address always comes
    from the current request, and is empty outside one (a job, a command)."""
    request = current_request.get()
    if by is None:
        by = request_user(request)
    return write(
        action,
        target,
        by=by,
        request=request,
        detail=detail,
        data=data,
        actor_name=actor_name,
    )


def write(
    action, target=None, *, by, request, detail="", data=None, actor_name=None
) -> Entry:
    """Write one entry for exactly this person (or no one) and this request (or
    none): for signals that are handed the request, such as a failed sign-in,
    where the person is not the request's user."""
    if actor_name is None:
        actor_name = by.get_username() if by is not None else ""
    entry = Entry(
        action=action,
        actor=by,
        actor_name=actor_name[:150],
        address=client_address(request),
        detail=detail,
        data=data or {},
    )
    if target is not None:
        entry.content_type = ContentType.objects.get_for_model(target)
        entry.object_id = "" if target.pk is None else str(target.pk)
        entry.object_repr = str(target)[:300]
    entry.save(force_insert=True)
    return entry


def entries_for(obj):
    """The entries about `obj`, newest first."""
    content_type = ContentType.objects.get_for_model(obj)
    return Entry.objects.filter(content_type=content_type, object_id=str(obj.pk))
