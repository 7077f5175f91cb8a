"""The report of an import run: counts, then each file's outcome."""

from collections import Counter
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from releases.importing.saving import (
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


class Report:
    """Kept small: a line per file, not the files' text."""

    def __init__(self):
        self.counts = Counter()
        self.files = []

    def add(self, outcome):
        self.counts[outcome.status] += 1
        parsed = outcome.parsed
        self.files.append(
            FileReport(
                source=outcome.source,
                status=outcome.status,
                release_id=outcome.release.pk if outcome.release else None,
                title=parsed.title if parsed else "",
                language=parsed.language if parsed else "",
                warnings=[str(warning) for warning in outcome.warnings],
                new_contacts=[str(contact) for contact in outcome.new_contacts],
                new_officials=[str(official) for official in outcome.new_officials],
            )
        )

    @property
    def read(self):
        return sum(self.counts.values())

    @property
    def failed(self):
        return self.counts[FAILED]

    def summary(self):
        """One line: "3 files read: 2 drafts created, 1 updated…"."""
        parts = [
            ngettext("%d file read", "%d files read", self.read) % self.read,
        ]
        labels = {
            CREATED: _("%d drafts created"),
            UPDATED: _("%d drafts updated"),
            CHECKED: _("%d checked without saving"),
            SKIPPED: _("%d skipped"),
            REFUSED: _("%d refused"),
            FAILED: _("%d failed"),
        }
        details = [label % self.counts[status] for status, label in labels.items()
                   if self.counts[status] or status in (CREATED, UPDATED)]  # fmt: skip
        warned = sum(1 for file in self.files if file.warnings)
        details.append(
            ngettext("%d file with warnings", "%d files with warnings", warned) % warned
        )
        return f"{parts[0]}: {', '.join(details)}."

    def warnings_by_file(self):
        return [(file.source, file.warnings) for file in self.files if file.warnings]
