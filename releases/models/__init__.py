from releases.models.choices import LANGUAGE_CODES, Kind, Region, Status
from releases.models.event import Event, EventKind, Speaker
from releases.models.image import Attachment, GalleryImage, Image
from releases.models.imported import ImportedText
from releases.models.mention import Mention, ReleaseContact
from releases.models.official import officials_with_a_page
from releases.models.queryset import ReleaseQuerySet, available_q
from releases.models.release import Release
from releases.models.slug import OldSlug
from releases.models.theme import Theme

__all__ = [
    "LANGUAGE_CODES",
    "Attachment",
    "Event",
    "EventKind",
    "GalleryImage",
    "Image",
    "ImportedText",
    "Kind",
    "Mention",
    "OldSlug",
    "Region",
    "Release",
    "ReleaseContact",
    "ReleaseQuerySet",
    "Speaker",
    "Status",
    "Theme",
    "available_q",
    "officials_with_a_page",
]
