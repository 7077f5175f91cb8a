from releases.models.choices import LANGUAGE_CODES, Kind, Region, Status
from releases.models.release import Release, ReleaseQuerySet, available_q
from releases.models.slug import OldSlug
from releases.models.theme import Theme

__all__ = [
    "LANGUAGE_CODES",
    "Kind",
    "OldSlug",
    "Region",
    "Release",
    "ReleaseQuerySet",
    "Status",
    "Theme",
    "available_q",
]
