"""Dates as press offices print them, in four languages.

"11 September 2019", "September 11, 2019", "11 septembre 2019", "1er mars
2020", "3 de mayo de 2021", "21 مايو 2024", "٢١ أيار/مايو ٢٠٢٤", "Thursday, 11
September 2019", "2019-09-11", "11/09/2019", "11.09.2019".
"""

import datetime
import re
from dataclasses import dataclass

from importing.words import day_names, month_numbers
from newsroom.core.text import fold

# Arabic-Indic and Eastern Arabic-Indic digits, read as 0–9. One character
# for one, so positions in the read text are positions in the printed one.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

DAY = r"(?P<day>[0-3]?\d)(?:er|re|st|nd|rd|th|º|°|o)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
WORD = r"(?P<month>[^\W\d_][^\W\d_.]*\.?(?:\s*/\s*[^\W\d_]+)?(?:\s+[^\W\d_]+)?)"
LINK = r"(?:\s+de)?\s+|\s*[-/]\s*"

NUMERIC = [
    (re.compile(rf"{YEAR}[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)"), "ymd"),
    (
        re.compile(
            r"(?P<a>[0-3]?\d)[/.\-](?P<b>[0-3]?\d)[/.\-](?P<year>(?:19|20)\d\d)"
        ),
        "dmy",
    ),
]
WORDED = [
    # 11 September 2019, 3 de mayo de 2021, 21 أيار/مايو 2024
    re.compile(rf"{DAY}(?:{LINK}){WORD}(?:,?(?:\s+de)?\s+){YEAR}"),
    # September 11, 2019
    re.compile(rf"{WORD}\s+{DAY},?\s+{YEAR}"),
]


@dataclass(frozen=True)
class FoundDate:
    date: datetime.date
    start: int
    end: int
    # Day and month could be read either way (04/05/2019).
    ambiguous: bool = False


def find_date(text, *, whole=False):
    """The first date printed in ``text``, or None. ``whole``: the text must be
    a date and nothing else, but for a weekday before it."""
    read = text.translate(DIGITS)
    for pattern in WORDED:
        for match in pattern.finditer(read):
            month = _month(match.group("month"))
            if month is None:
                continue
            found = _date(match.group("year"), month, match.group("day"), match)
            if found and (not whole or _is_whole(read, found)):
                return found
    for pattern, order in NUMERIC:
        for match in pattern.finditer(read):
            found = _numeric(match, order)
            if found and (not whole or _is_whole(read, found)):
                return found
    return None


def _month(word):
    """The number of a month named by ``word``: "mayo", "Sept.", "أيار/مايو"."""
    months = month_numbers()
    word = fold(word).strip(". ")
    for candidate in (word, *re.split(r"\s*/\s*", word), word.split(" ")[0]):
        if candidate in months:
            return months[candidate]
    return None


def _date(year, month, day, match, ambiguous=False):
    try:
        date = datetime.date(int(year), month, int(day))
    except ValueError:
        return None
    return FoundDate(date, match.start(), match.end(), ambiguous)


def _numeric(match, order):
    if order == "ymd":
        return _date(match["year"], int(match["month"]), match["day"], match)
    first, second = int(match["a"]), int(match["b"])
    # Day first, as everywhere but the United States, unless the numbers
    # can only be read month first (09/21/2019).
    if second > 12 >= first:
        return _date(match["year"], first, second, match)
    ambiguous = first <= 12 and second <= 12 and first != second
    return _date(match["year"], second, first, match, ambiguous=ambiguous)


# Words a date may follow in a dateline: "Dakar, le 12 mai 2021".
BEFORE_DATE = {"le", "el", "the", "on", "du", "del", "في"}


def _is_whole(read, found):
    before = fold(read[: found.start]).strip(" ,.-–—:")
    after = read[found.end :].strip(" .,")
    words = [word.strip(",.") for word in before.split()]
    return not after and all(
        word in day_names() or word in BEFORE_DATE for word in words
    )
