"""Public pages: releases, and the officials who appear in them."""

from releases.views.official import official_detail, official_index
from releases.views.release import (
    alternates,
    public_releases,
    release_detail,
    release_list,
    release_pdf,
    release_preview,
)

__all__ = [
    "alternates",
    "official_detail",
    "official_index",
    "public_releases",
    "release_detail",
    "release_list",
    "release_pdf",
    "release_preview",
]
