"""Legacy plain-text releases, read by ``import_releases --dry-run --json``.

The samples in ``import_samples/`` are written the way press offices wrote
them, in English, French, Spanish and Arabic. Each test checks what an editor
would check before accepting the draft: the title, the dateline, the body, the
people named and the press contacts with numbers a journalist can dial.
"""

import re

import pytest

from tests.importing.dry_run import (
    contacts_of,
    count,
    headline,
    imported,
    normalised,
    people_problems,
    text_of,
)
from tests.importing.samples_expected import SAMPLE_LIST
from tests.importing.sources import SAMPLES, SEED

pytestmark = pytest.mark.django_db

BY_ID = {"ids": [sample.file.removesuffix(".txt") for sample in SAMPLE_LIST]}
# The people test of a sample whose failure is known is expected to fail.
PEOPLE_CASES = [
    pytest.param(
        sample,
        marks=pytest.mark.xfail(strict=True, reason=sample.people_known_failure),
    )
    if sample.people_known_failure
    else sample
    for sample in SAMPLE_LIST
]
ENCODING = {sample.path: sample.encoding for sample in SAMPLE_LIST}


def test_every_sample_file_has_its_expectations():
    assert {path.name for path in SAMPLES.glob("*.txt")} == {
        sample.file for sample in SAMPLE_LIST
    }


@pytest.mark.parametrize("sample", SAMPLE_LIST, **BY_ID)
def test_the_headline_facts_are_read(sample):
    assert headline(imported(sample.path)) == sample.headline()


@pytest.mark.parametrize("sample", SAMPLE_LIST, **BY_ID)
def test_the_summary_is_the_first_paragraph_without_its_dateline(sample):
    entry = imported(sample.path)

    assert entry["summary"].startswith(sample.summary_starts)
    assert entry["summary"].endswith(sample.summary_ends)
    assert not entry["summary"].startswith(sample.place_read)


@pytest.mark.parametrize("sample", SAMPLE_LIST, **BY_ID)
def test_the_body_holds_the_text_and_nothing_around_it(sample):
    entry = imported(sample.path)
    body = text_of(entry["body_html"])

    assert body.startswith(sample.summary_starts), "dateline left in the body"
    assert sample.title not in body
    assert "@" not in body, "contact block left in the body"
    for contact in sample.contacts:
        for printed, *_rest in contact[3]:
            assert printed not in body
    for marker in ("Date Publish", "Fecha de publicación", "21 July 2022"):
        assert marker not in body


@pytest.mark.parametrize("sample", SAMPLE_LIST, **BY_ID)
def test_a_photo_caption_is_kept_as_the_caption(sample):
    entry = imported(sample.path)

    assert normalised(entry["caption"]) == normalised(sample.caption)
    if sample.caption:
        assert sample.caption[:40] not in text_of(entry["body_html"])


@pytest.mark.parametrize("sample", SAMPLE_LIST, **BY_ID)
def test_press_contacts_are_read_with_numbers_as_printed(sample):
    assert contacts_of(imported(sample.path)) == sample.contacts


@pytest.mark.parametrize("sample", PEOPLE_CASES, **BY_ID)
def test_people_named_in_the_text_are_found_with_their_positions(sample):
    assert people_problems(imported(sample.path), sample.people) == []


# ----- nothing silently dropped -----

KIND_LINES = {
    "communiqué",
    "communiqué de presse",
    "déclaration",
    "press release",
    "news",
    "statement",
    "media advisory",
    "nota de prensa",
    "comunicado de prensa",
    "noticia",
    "aviso a los medios",
    "بيان صحفي",
    "أخبار",
}
DATE_LINE = re.compile(
    r"^(?:date|fecha|(?:ال)?تاريخ)\b"
    r"|^[\d٠-٩]{1,2}(?:er)?\s+(?:de\s+)?\w+\s+(?:de\s+)?[\d٠-٩]{4}$"
    r"|^[^\W\d_]+\s+\d{1,2},\s+\d{4}$",
    re.IGNORECASE,
)
CONTACT_INTRO = re.compile(
    r"^(?:for (?:more|further) information|pour plus d[’']informations"
    r"|pour de plus amples informations|para (?:más|mayor) información"
    r"|ل?لمزيد من المعلومات)",
    re.IGNORECASE,
)
BULLET = re.compile(r"^(?:[•*\-–]|\d+[.)])\s+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\+[\d٠-٩][\d٠-٩ ().\-]{4,}[\d٠-٩]")
LETTER = re.compile(r"[^\W\d_]")


def everything_printed(entry):
    """Every string of an object, as one whitespace-normalised text."""
    strings = []

    def walk(value):
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            strings.append(text_of(value))

    walk(entry)
    return " \n ".join(strings)


def dropped_lines(source, entry):
    """Lines of the source whose words are nowhere in the output. Kind, region
    and date lines, and contact introductions, are structured fields."""
    printed = everything_printed(entry)
    dropped = []
    for raw in source.splitlines():
        line = BULLET.sub("", normalised(raw))
        if (
            len(LETTER.findall(line)) < 4
            or line.casefold() in KIND_LINES
            or line == entry["region"]
            or DATE_LINE.search(line)
        ):
            continue
        details = EMAIL.findall(line) + PHONE.findall(line)
        if details and (CONTACT_INTRO.match(line) or len(line) < 80):
            kept = all(detail in printed for detail in details)
        elif CONTACT_INTRO.match(line):
            kept = True
        else:
            parts = [part.strip() for part in re.split(r"[,،]", line) if part.strip()]
            # A long contact line: each part is printed, or holds a printed
            # email or number ("Tel: +254 20 271 7902").
            kept = (
                line[:30] in printed
                or line[-30:] in printed
                or (
                    len(parts) > 1
                    and all(
                        part in printed
                        or any(
                            detail in part and detail in printed for detail in details
                        )
                        for part in parts
                    )
                )
            )
        if not kept:
            dropped.append(line[:60])
    return dropped


@pytest.mark.parametrize(
    "path",
    [sample.path for sample in SAMPLE_LIST] + [SEED],
    ids=[*BY_ID["ids"], "seed"],
)
def test_nothing_in_the_source_is_silently_dropped(path):
    entry = imported(path)

    source = path.read_text(encoding=ENCODING.get(path, "utf-8"))

    assert dropped_lines(source, entry) == []


# ----- the seed -----


@pytest.fixture
def seed():
    return imported(SEED)


def test_the_seed_headline(seed):
    assert seed["title"] == "Séminaire sur la lutte contre la traite au Paraguay"
    assert seed["language"] == "fr"
    assert seed["kind"] == "press_release"
    assert seed["region"] == "Global"
    assert seed["region_code"] == "global"
    assert seed["dateline"]["place"] == "Paraguay"
    assert seed["summary"].startswith("Organisée par le Ministère public")


def test_the_seed_body_keeps_its_three_bullets_and_no_contact(seed):
    body = seed["body_html"]

    assert count(body, "li") == 3
    assert count(body, "p") == 6
    assert text_of(body).startswith("Organisée par le Ministère public")
    assert "ecarrillo" not in body
    assert "Eduardo Carrillo" not in body


def test_the_seed_contact_keeps_the_landline_and_flags_the_mobile(seed):
    [contact] = seed["contacts"]
    phones = {phone["as_printed"]: phone for phone in contact["phones"]}

    assert contact["name"] == "Eduardo Carrillo"
    assert contact["office"] == "IOM Paraguay"
    assert contact["email"] == "ecarrillo@iom.int"
    assert set(phones) == {"+595-21-296-882", "+595 21 981-50-90-20"}
    assert phones["+595-21-296-882"]["valid"] is True
    assert phones["+595-21-296-882"]["e164"] == "+59521296882"
    assert phones["+595 21 981-50-90-20"]["valid"] is False
    assert phones["+595 21 981-50-90-20"]["e164"] == ""
    assert phones["+595 21 981-50-90-20"]["kind"] == "mobile"


def test_the_seed_attorneys_general_are_found_with_their_positions(seed):
    attorneys = [
        ("Javier Diaz Verón", "Procureur général", None),
        ("Jorge Chabarria Guzman", "Procureur général", None),
        ("Jorge Diaz Almeida", "Procureur général", None),
        ("Rodrigo Janot Monteiro De Barros", "Procureur général", None),
    ]

    assert people_problems(seed, attorneys) == []


def test_the_seed_iom_experts_are_found_with_their_offices(seed):
    experts = [
        ("Argentina Santacruz", None, "Equateur"),
        ("Gaby Rengifo", None, "Colombie"),
        ("Erika Rojas", None, "Costa Rica"),
    ]

    assert people_problems(seed, experts) == []


def test_the_seed_countries(seed):
    expected = {"PY", "CR", "UY", "BR", "EC", "CO", "AR", "MX", "ES"}

    assert set(seed["countries"]) >= expected
