"""schema.org JSON-LD for search engines and link previews."""

import json

from django.utils.safestring import mark_safe

# As Django's json_script escapes them: no "</script>" can end the element.
ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def jsonld_script(data):
    """``data`` in a ``<script type="application/ld+json">``, safe in HTML.

    ``<``, ``>`` and ``&`` are escaped as in Django's json_script, so a name
    containing ``</script>`` cannot end the element.
    """
    text = json.dumps(data, ensure_ascii=False, default=str).translate(ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


def drop_empty(data):
    """A dict without its empty values, so the JSON-LD carries no blanks."""
    return {
        key: value for key, value in data.items() if value not in ("", None, [], {})
    }
