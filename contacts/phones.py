"""Phone numbers as printed, checked with Google's libphonenumber.

A number is kept exactly as the press office printed it. When it validates,
its E.164 form is kept too, for ``tel:`` links and vCards; when it does not,
the reason is kept for an editor to read. Nothing is ever "corrected".
"""

import re
from dataclasses import dataclass

import phonenumbers
from django.utils.translation import gettext as _
from django_countries import countries
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

EXTENSION = ";ext="


@dataclass(frozen=True)
class CheckedNumber:
    printed: str
    e164: str = ""
    problem: str = ""
    extension: str = ""

    def stored(self):
        """E.164, with the extension as RFC 3966 writes it: +41227179111;ext=204."""
        if self.e164 and self.extension:
            return f"{self.e164}{EXTENSION}{self.extension}"
        return self.e164


def check_number(printed, region=None):
    """Check a number as printed; ``region`` (ISO code) reads national numbers."""
    printed = (printed or "").strip()
    if not printed:
        return CheckedNumber("")
    try:
        number = phonenumbers.parse(printed, region or None)
    except NumberParseException as error:
        return CheckedNumber(printed, problem=_parse_problem(error))
    country = phonenumbers.region_code_for_number(number) or region or ""
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible != ValidationResult.IS_POSSIBLE:
        return CheckedNumber(printed, problem=_length_problem(possible, country))
    if not phonenumbers.is_valid_number(number):
        return CheckedNumber(
            printed,
            problem=_("Not a valid number in %(country)s (+%(code)s).")
            % {"country": _country_name(country), "code": number.country_code},
        )
    return CheckedNumber(
        printed,
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        extension=number.extension or "",
    )


def international(stored):
    """``+59521296882`` → ``+595 21 296 882``, as readers dial it from abroad;
    an extension follows as " ext. 204"."""
    number = phonenumbers.parse(stored, None)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


# Words that only mark an extension; any other word printed with a number
# ("WhatsApp", "+1 800 FLOWERS") is something readers should see as printed.
EXTENSION_WORDS = re.compile(r"(?i)\b(?:ext|extn|extension|x|poste|anexo|int)\b\.?")
LETTER = re.compile(r"[^\W\d_]")


def has_words(printed):
    """The number is printed with words the international format would lose."""
    return bool(LETTER.search(EXTENSION_WORDS.sub("", printed)))


def for_address_book(stored):
    """``+41227179111;ext=204`` → ``+41227179111 ext. 204`` for a vCard, where a
    semicolon would have to be escaped and some apps would show the backslash."""
    number, _sep, extension = stored.partition(EXTENSION)
    return f"{number} ext. {extension}" if extension else number


def _parse_problem(error):
    if error.error_type == NumberParseException.INVALID_COUNTRY_CODE:
        return _(
            "No country code: write the number with + and its country code, "
            "or give the office a country."
        )
    if error.error_type == NumberParseException.TOO_LONG:
        return _("Too many digits for a phone number.")
    if error.error_type in (
        NumberParseException.TOO_SHORT_NSN,
        NumberParseException.TOO_SHORT_AFTER_IDD,
    ):
        return _("Too few digits for a phone number.")
    return _("Not a phone number.")


def _length_problem(reason, country):
    names = {"country": _country_name(country)}
    if reason == ValidationResult.TOO_LONG:
        return _("Too many digits for a number in %(country)s.") % names
    if reason == ValidationResult.TOO_SHORT:
        return _("Too few digits for a number in %(country)s.") % names
    if reason == ValidationResult.INVALID_COUNTRY_CODE:
        return _("Unknown country code.")
    return _("Wrong number of digits for a number in %(country)s.") % names


def _country_name(code):
    return countries.name(code) or code or _("its country")
