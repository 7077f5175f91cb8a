"""The report of an import run: counts, then each file's outcome."""

from collections import Counter
from dataclasses import dataclass

from django.utils.translation import gettext_lazy, ngettext

from importing.outcome import (
    CAPPED,
    CHECKED,
    CREATED,
    FAILED,
    REFUSED,
    SKIPPED,
    UPDATED,
)

STATUS_LABELS = {
    CREATED: gettext_lazy("created"),
    UPDATED: gettext_lazy("updated"),
    CHECKED: gettext_lazy("checked"),
    SKIPPED: gettext_lazy("skipped"),
    REFUSED: gettext_lazy("refused"),
    FAILED: gettext_lazy("failed"),
    CAPPED: gettext_lazy("not imported"),
}


@dataclass
class FileReport:
    source: str
    status: str
    release_id: int | None
    title: str
    language: str
    warnings: list
    new_contacts: list
    new_officials: list

    @property
    def status_label(self):
        return STATUS_LABELS.get(self.status, self.status)


def file_report(outcome):
    """One file's line of the report: names and words, not the file's text."""
    parsed = outcome.parsed
    return FileReport(
        source=outcome.source,
        status=outcome.status,
        release_id=outcome.release.pk if outcome.release else None,
        title=parsed.title if parsed else "",
        language=parsed.language if parsed else "",
        warnings=[str(warning) for warning in outcome.warnings],
        new_contacts=[str(contact) for contact in outcome.new_contacts],
        new_officials=[str(official) for official in outcome.new_officials],
    )


class Report:
    """Kept small: a line per file, not the files' text."""

    def __init__(self):
        self.counts = Counter()
        self.files = []

    def add(self, outcome):
        self.add_file(file_report(outcome))

    def add_file(self, file):
        self.counts[file.status] += 1
        self.files.append(file)

    @classmethod
    def of_lines(cls, lines):
        """The report of an import on the queue, from its lines."""
        report = cls()
        for line in lines:
            report.add_file(
                FileReport(
                    source=line.source,
                    status=line.status,
                    release_id=line.release_id,
                    title=line.title,
                    language=line.language,
                    warnings=line.warnings,
                    new_contacts=line.new_contacts,
                    new_officials=line.new_officials,
                )
            )
        return report

    @property
    def read(self):
        return sum(self.counts.values())

    @property
    def failed(self):
        return self.counts[FAILED]

    def lines(self):
        """The counts, one phrase each: "3 files read", "2 drafts created"…
        Whole phrases, so that every language words and orders them."""
        count = self.counts
        warned = sum(1 for file in self.files if file.warnings)
        lines = [
            ngettext("%d file read", "%d files read", self.read) % self.read,
            ngettext("%d draft created", "%d drafts created", count[CREATED])
            % count[CREATED],
            ngettext("%d draft updated", "%d drafts updated", count[UPDATED])
            % count[UPDATED],
        ]
        optional = {
            CHECKED: ngettext(
                "%d file checked without saving",
                "%d files checked without saving",
                count[CHECKED],
            ),
            SKIPPED: ngettext("%d file skipped", "%d files skipped", count[SKIPPED]),
            REFUSED: ngettext("%d file refused", "%d files refused", count[REFUSED]),
            FAILED: ngettext("%d file failed", "%d files failed", count[FAILED]),
            CAPPED: ngettext(
                "%d file not imported: a limit was reached",
                "%d files not imported: a limit was reached",
                count[CAPPED],
            ),
        }
        lines += [
            text % count[status] for status, text in optional.items() if count[status]
        ]
        lines.append(
            ngettext("%d file with warnings", "%d files with warnings", warned) % warned
        )
        return lines

    def summary(self):
        """The counts on one line, for the command's output."""
        return " · ".join(self.lines())
