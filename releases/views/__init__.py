"""Public pages: releases, events, and the officials who appear in them."""

from releases.views.event import event_calendar, event_detail, event_ics, event_list
from releases.views.official import official_detail
from releases.views.release import (
    alternates,
    public_releases,
    release_detail,
    release_list,
    release_preview,
)

__all__ = [
    "alternates",
    "event_calendar",
    "event_detail",
    "event_ics",
    "event_list",
    "official_detail",
    "public_releases",
    "release_detail",
    "release_list",
    "release_preview",
]
