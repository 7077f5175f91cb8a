"""What changed between two versions of a text, word by word.

The body of a release is HTML; a reader compares words, not tags, so it is
read as paragraphs of text first. The result is escaped HTML with the words
taken out in ``<del>`` and the words put in ``<ins>``, which screen readers
announce and which show without colour too (struck through, underlined).
"""

import re
from difflib import SequenceMatcher
from html import unescape

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|tr|div)>|<br\s*/?>", re.I)
# Words and the spaces between them, each its own token, so that spacing
# survives and a changed word is marked alone.
TOKENS = re.compile(r"\s+|[^\s]+")


def html_as_text(html: str) -> str:
    """Paragraphs of text, one per line."""
    text = unescape(strip_tags(BLOCK_END.sub("\n", html or "")))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def words_diff(old: str, new: str):
    """``new`` with what ``old`` had and it lacks in <del>, and what it
    adds in <ins>; safe HTML."""
    before, after = TOKENS.findall(old or ""), TOKENS.findall(new or "")
    parts = []
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape("".join(after[j1:j2])))
            continue
        if op in ("delete", "replace"):
            parts.append(f"<del>{escape(''.join(before[i1:i2]))}</del>")
        if op in ("insert", "replace"):
            parts.append(f"<ins>{escape(''.join(after[j1:j2]))}</ins>")
    return mark_safe("".join(parts).replace("\n", "<br>"))


def lines_diff(old: list[str], new: list[str]):
    """Two lists of lines (a release's mentions, say) as rows of
    (``"del"``, ``"ins"`` or ``""``, line)."""
    rows = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            rows += [("", line) for line in new[j1:j2]]
            continue
        if op in ("delete", "replace"):
            rows += [("del", line) for line in old[i1:i2]]
        if op in ("insert", "replace"):
            rows += [("ins", line) for line in new[j1:j2]]
    return rows
