"""``import_releases --dry-run --json`` run on files, and its output read as
an editor reads a draft: headline facts, body text, contacts, people."""

import html
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError


@dataclass
class Run:
    data: list
    stderr: str
    error: str

    def entry(self, path):
        """The object printed for one file, or None."""
        found = [item for item in self.data if Path(item["source"]).name == path.name]
        assert len(found) <= 1, f"{path.name} printed {len(found)} times"
        return found[0] if found else None

    def mentions(self, path):
        """The file is named in a message: on stderr, in the error, or in its
        own warnings."""
        entry = self.entry(path)
        warnings = " ".join(entry["warnings"]) if entry else ""
        return path.name in f"{self.stderr} {self.error} {warnings}" or bool(
            entry and entry["warnings"]
        )


def run_import(*paths, **options):
    out, err = io.StringIO(), io.StringIO()
    error = ""
    try:
        call_command(
            "import_releases",
            *[str(path) for path in paths],
            dry_run=True,
            json=True,
            stdout=out,
            stderr=err,
            **options,
        )
    except CommandError as exc:
        error = str(exc)
    printed = out.getvalue()
    return Run(json.loads(printed) if printed.strip() else [], err.getvalue(), error)


def imported(path):
    run = run_import(path)
    assert not run.error
    assert len(run.data) == 1
    entry = run.entry(path)
    assert entry is not None, f"no object for {path.name}"
    return entry


# ----- reading the output -----

BLOCK_TAG = re.compile(r"</?(?:p|ul|ol|li|br|h\d)\b[^>]*>", re.IGNORECASE)
ANY_TAG = re.compile(r"<[^>]+>")


def normalised(text):
    return " ".join((text or "").split())


def text_of(body_html):
    """The words a reader sees in a piece of HTML."""
    return normalised(html.unescape(ANY_TAG.sub("", BLOCK_TAG.sub(" ", body_html))))


def count(body_html, tag):
    return len(re.findall(rf"<{tag}[\s>]", body_html or "", re.IGNORECASE))


def headline(entry):
    body = entry["body_html"] or ""
    return {
        "language": entry["language"],
        "kind": entry["kind"],
        "region": entry["region"],
        "region_code": entry["region_code"],
        "title": entry["title"],
        "place": entry["dateline"]["place"],
        "date": entry["dateline"]["date"],
        "paragraphs": count(body, "p"),
        "bullets": count(body, "li"),
        "countries": set(entry["countries"]),
    }


def phone_kind(phone):
    if phone["kind"] == "mobile":
        return "mobile"
    return "landline" if phone["kind"] else None


def contacts_of(entry):
    """Contacts as a journalist reads them: who, where, how to reach them."""
    return [
        (
            contact["name"],
            contact["office"],
            contact["email"],
            [
                (phone["as_printed"], phone["e164"], phone["valid"], phone_kind(phone))
                for phone in contact["phones"]
            ],
        )
        for contact in entry["contacts"]
    ]


def find_person(entry, name):
    """The person of that name; an honorific ("Dr", "الدكتور") may stay with it."""
    for person in entry["people"]:
        found = person["name"] or ""
        if name in found and len(found) <= len(name) + 10:
            return person
    return None


def people_problems(entry, expected):
    problems = []
    for name, position, organisation in expected:
        person = find_person(entry, name)
        if person is None:
            problems.append(f"{name}: not among {[p['name'] for p in entry['people']]}")
            continue
        for key, words in (("position", position), ("organisation", organisation)):
            value = person[key] or ""
            if words and words.casefold() not in value.casefold():
                problems.append(f"{name}: {key} {value!r} lacks {words!r}")
    return problems
