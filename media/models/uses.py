"""Where pictures and documents are shown to readers: what makes them public."""

from django.db import models
from django.db.models import Q

# Where pictures are shown to readers: each a function returning a queryset
# of the pks of pictures it shows (a public release's, a public event's, the
# portrait of an official with a page). The apps that show pictures add
# theirs from their AppConfig.ready(): media imports none of them.
PICTURE_USES = []
# Likewise the documents readers may download: a queryset of Attachment pks.
DOCUMENT_USES = []


def show_pictures(uses):
    """Register ``uses``: the pictures it finds are public."""
    PICTURE_USES.append(uses)
    return uses


def show_documents(uses):
    """Register ``uses``: the documents it finds may be downloaded."""
    DOCUMENT_USES.append(uses)
    return uses


def _shown_by(registered):
    shown = Q(pk__in=[])
    for uses in registered:
        shown |= Q(pk__in=uses())
    return shown


class ImageQuerySet(models.QuerySet):
    def public(self):
        """Pictures readers may see: on a release they can read (a withdrawn
        one included: its page still answers), on a public event, or an
        official's portrait once their page exists. A picture used only by
        drafts or embargoed releases is not public."""
        return self.filter(_shown_by(PICTURE_USES))


class AttachmentQuerySet(models.QuerySet):
    def public(self):
        """Documents of releases readers can reach."""
        return self.filter(_shown_by(DOCUMENT_USES))
