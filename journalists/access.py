"""Who may read embargoed releases: an accredited journalist, now."""

from journalists.models import Accreditation, State


def accreditation_of(user):
    """The user's accreditation if it stands now, else None: a withdrawal
    takes effect at the next request."""
    if not (user.is_authenticated and user.is_active) or user.is_staff:
        return None
    return (
        Accreditation.objects.filter(user=user, state=State.APPROVED)
        .select_related("user")
        .first()
    )
