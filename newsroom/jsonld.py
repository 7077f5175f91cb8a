"""schema.org JSON-LD for search engines and link previews."""

import json

from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe


def jsonld_script(data):
    """``data`` in a ``<script type="application/ld+json">``, safe in HTML.

    ``<``, ``>`` and ``&`` are escaped as in Django's json_script, so a name
    containing ``</script>`` cannot end the element.
    """
    text = json.dumps(data, ensure_ascii=False, default=str).translate(
        _json_script_escapes
    )
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


def drop_empty(data):
    """A dict without its empty values, so the JSON-LD carries no blanks."""
    return {
        key: value for key, value in data.items() if value not in ("", None, [], {})
    }
