from releases.models.change_note import ChangeNote
from releases.models.choices import (
    LANGUAGE_CODES,
    Kind,
    Region,
    Status,
    UnpublishReason,
)
from releases.models.mention import Mention, ReleaseContact
from releases.models.queryset import ReleaseQuerySet, available_q
from releases.models.release import Release
from releases.models.slug import OldSlug
from releases.models.theme import Theme

__all__ = [
    "LANGUAGE_CODES",
    "ChangeNote",
    "Kind",
    "Mention",
    "OldSlug",
    "Region",
    "Release",
    "ReleaseContact",
    "ReleaseQuerySet",
    "Status",
    "Theme",
    "UnpublishReason",
    "available_q",
]
