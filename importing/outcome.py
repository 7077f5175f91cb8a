"""What became of one file of an import, and the statuses it can end in."""

from dataclasses import dataclass, field

from releases.models import Release

CREATED, UPDATED, CHECKED = "created", "updated", "checked"
SKIPPED, REFUSED, FAILED = "skipped", "refused", "failed"
# Not read: the import had reached one of its caps (importing/jobs.py).
CAPPED = "capped"


@dataclass
class Outcome:
    """What became of one file."""

    source: str
    status: str
    parsed: object = None
    release: Release | None = None
    warnings: list = field(default_factory=list)
    new_contacts: list = field(default_factory=list)
    new_officials: list = field(default_factory=list)

    def as_json(self):
        if self.parsed is not None:
            data = self.parsed.as_json()
        else:
            data = {
                "source": self.source,
                "language": None,
                "kind": None,
                "region": None,
                "region_code": None,
                "title": None,
                "caption": None,
                "dateline": {"place": None, "date": None},
                "summary": None,
                "body_html": None,
                "countries": [],
                "people": [],
                "contacts": [],
            }
        data["warnings"] = [str(warning) for warning in self.warnings]
        data["status"] = self.status
        data["release"] = self.release.pk if self.release else None
        return data
