"""The editors' admin: releases with their workflow, themes and events."""

from releases.admin.event import EventAdmin
from releases.admin.image import ImageAdmin
from releases.admin.release import ReleaseAdmin
from releases.admin.theme import ThemeAdmin

__all__ = ["EventAdmin", "ImageAdmin", "ReleaseAdmin", "ThemeAdmin"]
