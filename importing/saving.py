"""Parsed releases into drafts, with their contacts, offices and officials.

An import never publishes: it makes drafts. It never duplicates: the same
text again updates its draft (found by its digest, or by language, title
and date once corrected), contacts are found by email then name, officials
and offices by name. It never overwrites an editor's work: a draft edited
since its import, or one that has moved on (in review, published), is left
as it is and the report says so. Each file is one transaction: a failure
rolls back that file only.
"""

import datetime
import hashlib
import logging

import reversion
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from contacts.models import Official, PressContact
from contacts.names import name_key
from importing.contact_block import describe
from importing.models import ImportedText
from importing.offices import Offices
from importing.outcome import (
    CHECKED,
    CREATED,
    FAILED,
    REFUSED,
    SKIPPED,
    UPDATED,
    Outcome,
)
from importing.parser import parse
from importing.people import find_acronym
from importing.places import find_countries
from importing.reading import Refused
from releases.models import Mention, Release, ReleaseContact, Status

logger = logging.getLogger(__name__)

# A date printed without a time is read as noon UTC: the same day on the
# site in every time zone from UTC−11 to UTC+11.
NOON_UTC = datetime.time(12, tzinfo=datetime.UTC)


class Importer:
    """Imports files one by one; keeps what it learnt of offices between them."""

    def __init__(self, *, language=None, user=None, dry_run=False):
        self.language = language
        self.user = user
        self.dry_run = dry_run
        self._offices = Offices()

    def forget(self):
        """A file's transaction was rolled back by its caller: the offices it
        made went with it."""
        self._offices.forget()

    def run(self, source):
        """Import one Source; never raises for a bad file."""
        try:
            text, warnings = source.decode()
        except Refused as refused:
            return Outcome(source.name, REFUSED, warnings=[str(refused)])
        except OSError as error:
            reason = error.strerror or str(error)
            return Outcome(source.name, REFUSED, warnings=[reason])
        except Exception as error:  # a reader we did not foresee: still a report
            logger.exception("Reading %s failed", source.name)
            return Outcome(
                source.name, REFUSED, warnings=[_("It could not be read: %s") % error]
            )
        try:
            parsed = parse(text, source.name, self.language)
        except Exception as error:  # the parser's bug must not stop the run
            logger.exception("Reading %s failed", source.name)
            return Outcome(
                source.name,
                FAILED,
                warnings=[
                    *warnings,
                    _("Not imported: it could not be read (%s).") % error,
                ],
            )
        parsed.warnings[:0] = warnings
        if not parsed.title:
            parsed.warnings.append(_("No title found: nothing imported."))
            return Outcome(source.name, SKIPPED, parsed, warnings=parsed.warnings)
        if not parsed.blocks:
            parsed.warnings.append(_("No draft made for a title alone."))
            return Outcome(source.name, SKIPPED, parsed, warnings=parsed.warnings)
        if self.dry_run:
            return Outcome(source.name, CHECKED, parsed, warnings=parsed.warnings)
        digest = hashlib.sha256(f"{parsed.language}\n{text}".encode()).hexdigest()
        try:
            with transaction.atomic(), reversion.create_revision():
                # The draft's first version, in its history (history/).
                reversion.set_user(self.user)
                reversion.set_comment(_("Imported from “%s”.") % source.name)
                return self._save(parsed, digest)
        except Exception as error:  # one file's failure must not stop the run
            logger.exception("Import of %s failed", source.name)
            self._offices.forget()  # rolled back with the file
            return Outcome(
                source.name,
                FAILED,
                parsed,
                warnings=[
                    *parsed.warnings,
                    _("Not imported, nothing saved for this file: %s") % error,
                ],
            )

    # Releases

    def _save(self, parsed, digest):
        language = parsed.language
        key = f"{language}:{name_key(parsed.title)}:{parsed.date or ''}"[:400]
        record = (
            ImportedText.objects.select_related("release").filter(digest=digest).first()
            or ImportedText.objects.select_related("release").filter(key=key).first()
        )
        outcome = Outcome(parsed.source, CREATED, parsed, warnings=parsed.warnings)
        if record:
            release = record.release
            if release.status != Status.DRAFT:
                outcome.status, outcome.release = SKIPPED, release
                outcome.warnings.append(
                    _("Its release is %(status)s now: left as it is.")
                    % {"status": release.get_status_display().lower()}
                )
                return outcome
            if release.updated_at > record.imported_at:
                outcome.status, outcome.release = SKIPPED, release
                outcome.warnings.append(
                    _("Its draft was edited after the last import: left as it is. "
                      "Delete the draft to import the file again.")
                )  # fmt: skip
                return outcome
            outcome.status = UPDATED
        else:
            release = Release(
                original_language=language, status=Status.DRAFT, created_by=self.user
            )
        self._fill(release, parsed, outcome.warnings)
        release.save()
        outcome.release = release
        self._link_contacts(release, parsed, outcome)
        self._link_officials(release, parsed, outcome)
        ImportedText.objects.update_or_create(
            release=release,
            defaults={
                "source": parsed.source[-500:],
                "digest": digest,
                "key": key,
                "language": language,
                "caption": parsed.caption,
                "warnings": [str(warning) for warning in outcome.warnings],
                "imported_at": timezone.now(),
                "imported_by": self.user,
            },
        )
        return outcome

    def _fill(self, release, parsed, warnings):
        language = parsed.language
        values = {
            "title": _cut(parsed.title, 250, _("title"), warnings),
            "summary": parsed.summary,
            "body": parsed.body_html,
            "dateline_place": _cut(parsed.place, 120, _("dateline"), warnings),
        }
        for name, value in values.items():
            setattr(release, f"{name}_{language}", value)
        if parsed.kind:
            release.kind = parsed.kind
        if parsed.region_code:
            release.region = parsed.region_code
        release.countries = parsed.countries
        if parsed.date:
            # The date readers see once an editor publishes it.
            release.publish_at = datetime.datetime.combine(parsed.date, NOON_UTC)

    # Press contacts

    def _link_contacts(self, release, parsed, outcome):
        linked = set(release.release_contacts.values_list("contact_id", flat=True))
        for order, contact in enumerate(parsed.contacts):
            if not contact.name:
                continue
            press_contact = self._press_contact(contact, parsed.language, outcome)
            if press_contact.pk not in linked:
                ReleaseContact.objects.create(
                    release=release, contact=press_contact, order=order
                )
                linked.add(press_contact.pk)

    def _press_contact(self, contact, language, outcome):
        found = None
        if contact.email:
            found = PressContact.objects.filter(email__iexact=contact.email).first()
        if found is None:
            found = next(
                (
                    known
                    for known in PressContact.objects.with_name_of(contact.name)
                    if not (known.email and contact.email)
                ),
                None,
            )
        slots, extra = _phone_slots(contact.phones)
        for phone in extra:
            outcome.warnings.append(
                _("%(name)s: «%(number)s» not filed (a press contact has one mobile "
                  "and one landline).")
                % {"name": describe(contact), "number": phone.as_printed}
            )  # fmt: skip
        if found is None:
            found = PressContact(
                full_name=contact.name,
                office=self._office(contact, language, outcome),
                email=contact.email,
                languages=[language],
                **{field: phone.as_printed for field, phone in slots.items()},
            )
            setattr(found, f"job_title_{language}", contact.job_title[:200])
            found.save()
            outcome.new_contacts.append(found)
            return found
        changed = False
        if contact.email and not found.email:
            found.email, changed = contact.email, True
        for field_name, phone in slots.items():
            on_file = getattr(found, field_name)
            if not on_file:
                setattr(found, field_name, phone.as_printed)
                changed = True
            elif _digits(on_file) != _digits(phone.as_printed):
                outcome.warnings.append(
                    _("%(name)s has another number on file (%(on_file)s): "
                      "«%(number)s» was not filed.")
                    % {"name": found.full_name, "on_file": on_file,
                       "number": phone.as_printed}
                )  # fmt: skip
        if changed:
            found.save()
        return found

    # Offices

    def _office(self, contact, language, outcome):
        if contact.office:
            return self._offices.organisation(contact.office, language)
        office = self._offices.root_for(None)
        if office is None:
            domain = contact.email.rpartition("@")[2] if contact.email else ""
            office = self._offices.organisation(
                domain or _("Office to confirm"), language
            )
        outcome.warnings.append(
            _("No office printed for %(name)s: filed under “%(office)s”.")
            % {"name": contact.name, "office": office}
        )
        return office

    # Officials

    def _link_officials(self, release, parsed, outcome):
        language = parsed.language
        # Everyone the file names, looked up at once.
        known = {}
        keys = [name_key(person.name) for person in parsed.people]
        for official in Official.objects.filter(name_key__in=keys).order_by("pk"):
            known.setdefault(official.name_key, official)
        found = []
        for person in parsed.people:
            official = known.get(name_key(person.name))
            if official is None:
                official = Official(full_name=person.name, confirmed=False)
                codes = find_countries(person.position or person.organisation)
                official.country = codes[0] if codes else ""
                if person.organisation:
                    official.organisation = self._offices.organisation(
                        person.organisation,
                        language,
                        make=bool(find_acronym(person.organisation)),
                    )
                setattr(official, f"position_{language}", person.position[:200])
                official.save()
                outcome.new_officials.append(official)
            elif person.position and not getattr(official, f"position_{language}"):
                setattr(official, f"position_{language}", person.position[:200])
                official.save()
            found.append(official)
        # The import's earlier proposals it no longer makes go; an editor's
        # confirmed mentions stay.
        release.mentions.filter(confirmed=False).exclude(official__in=found).delete()
        mentioned = set(release.mentions.values_list("official_id", flat=True))
        Mention.objects.bulk_create(
            Mention(release=release, official=official, order=order, confirmed=False)
            for order, official in enumerate(found)
            if official.pk not in mentioned
        )


def _phone_slots(phones):
    """``({"mobile": Phone, "landline": Phone}, [numbers with no place])``.
    A number printed without a label takes the landline's place, else the
    mobile's."""
    slots, extra = {}, []
    for phone in phones:
        if phone.kind == "mobile" and "mobile" not in slots:
            slots["mobile"] = phone
        elif phone.kind in ("landline", "phone") and "landline" not in slots:
            slots["landline"] = phone
        elif phone.kind == "phone" and "mobile" not in slots:
            slots["mobile"] = phone
        else:
            extra.append(phone)
    return slots, extra


def _digits(printed):
    return "".join(ch for ch in printed if ch.isdigit())


def _cut(value, length, what, warnings):
    if len(value) <= length:
        return value
    warnings.append(
        _(
            "The %(what)s was longer than %(length)d characters: cut. "
            "In full: «%(value)s»."
        )
        % {"what": what, "length": length, "value": value}
    )
    return value[:length]
