"""Load the demo newsroom. Running it again changes nothing."""

from datetime import datetime, timedelta
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from contacts.models import Official, Organisation, PressContact
from demo.content import RELEASES, THEMES
from demo.people import load_people, translate
from demo.pictures import load_pictures
from events.models import Event
from media.models import Attachment, Image
from releases.models import LANGUAGE_CODES, Release, Status, Theme, UnpublishReason

DEMO_DIR = Path(__file__).resolve().parents[2]
TRANSLATED = ("title", "slug", "summary", "dateline_place", "withdrawal_note")


class Command(BaseCommand):
    help = (
        "Load the demo newsroom: releases in every state and language, the "
        "people and events they name, and their pictures."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-pictures",
            action="store_true",
            help="Leave out the pictures and documents (a few seconds quicker).",
        )

    @transaction.atomic
    def handle(self, *args, no_pictures=False, **options):
        themes = {item["key"]: self.theme(item) for item in THEMES}
        created = 0
        for item in RELEASES:
            # Any of its slugs means it is here, even if an editor has since
            # changed the others: never add it twice, never overwrite edits.
            if Release.objects.with_slug(*item["slug"].values()).exists():
                continue
            self.release(item, themes)
            created += 1
        self.stdout.write(
            f"Demo newsroom: {created} release(s) added, "
            f"{Release.objects.count()} in all."
        )
        load_people()
        self.stdout.write(
            f"Demo people: {Organisation.objects.count()} organisations, "
            f"{Official.objects.count()} officials, "
            f"{PressContact.objects.count()} press contacts, "
            f"{Event.objects.count()} events in all."
        )
        if not no_pictures:
            load_pictures()
            self.stdout.write(
                f"Demo pictures: {Image.objects.count()} pictures, "
                f"{Attachment.objects.count()} documents in all."
            )
        # A first version of everything, so that its history starts here.
        call_command("createinitialrevisions", comment="Demo newsroom", verbosity=0)

    def theme(self, item):
        theme = Theme.objects.filter(slug_en=item["slug"]["en"]).first()
        if theme is None:
            theme = Theme()
            for code in LANGUAGE_CODES:
                setattr(theme, f"name_{code}", item["name"].get(code, ""))
                setattr(theme, f"slug_{code}", item["slug"].get(code, ""))
            theme.save()
        return theme

    def release(self, item, themes):
        release = Release(
            kind=item["kind"],
            region=item.get("region", ""),
            countries=item.get("countries", []),
            original_language=item["original_language"],
        )
        translate(release, item, TRANSLATED)
        for code, value in item["body"].items():
            if value.startswith("file:"):
                value = (DEMO_DIR / value.removeprefix("file:")).read_text("utf-8")
            setattr(release, f"body_{code}", value)
        now = timezone.now()
        state = item["state"]
        if "published" in item:
            publish_at = datetime.fromisoformat(item["published"])
        else:
            publish_at = now + timedelta(days=item.get("in_days", 0))
        if state in ("draft", "in_review"):
            release.status = Status(state)
        else:
            release.status = Status.PUBLISHED
            release.publish_at = release.first_published_at = publish_at
        if state == "withdrawn":
            release.status = Status.WITHDRAWN
            release.withdrawn_at = datetime.fromisoformat(item["withdrawn"])
        if state == "unpublished":
            release.status = Status.UNPUBLISHED
            release.unpublish_reason = UnpublishReason.ERROR
            release.unpublished_at = datetime.fromisoformat(item["unpublished"])
            release.unpublish_explanation = item["unpublish_explanation"]
        release.save()
        release.themes.set(themes[key] for key in item.get("themes", []))
        return release
