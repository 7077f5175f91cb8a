from django.utils.translation import gettext_lazy as _

from newsroom.core.old_slugs import KeepsOldSlugs, old_slug_model

# For a release: a changed slug's old address keeps working, and no release
# takes an address another one used to have (newsroom/core/old_slugs.py).
__all__ = ["KeepsOldSlugs", "OldSlug"]


class OldSlug(
    old_slug_model("releases.Release", "release", _("release"), translated=True)
):
    """A slug a release used to have: its old address redirects, for ever."""
