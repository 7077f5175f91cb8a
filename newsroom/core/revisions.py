"""The version an admin request saves (django-reversion's revision)."""

import reversion


def note(text):
    """Add a line to the open revision's comment (what was done, and why)."""
    if not reversion.is_active():
        return
    comment = reversion.get_comment()
    reversion.set_comment(f"{comment}\n{text}" if comment else str(text))
