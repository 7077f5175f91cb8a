from django.db.models import Exists, OuterRef

from contacts.models import Official
from releases.models.event import Event, Speaker
from releases.models.mention import Mention


def officials_with_a_page():
    """Officials whose page answers: confirmed, and named in a public release
    or speaking at a public event. Someone named only in a draft or an
    embargoed release has no page yet: it would leak the news."""
    return Official.objects.filter(confirmed=True).filter(
        Exists(Mention.objects.in_public_releases().filter(official=OuterRef("pk")))
        | Exists(
            Speaker.objects.filter(
                official=OuterRef("pk"), event__in=Event.objects.public()
            )
        )
    )
