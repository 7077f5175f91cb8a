"""The editors' admin: releases with their workflow, and themes."""

from releases.admin.release import ReleaseAdmin
from releases.admin.theme import ThemeAdmin

__all__ = ["ReleaseAdmin", "ThemeAdmin"]
