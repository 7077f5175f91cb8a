from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from wastebin import bin
from wastebin.models import BIN_DAYS, BinEntry


class Command(BaseCommand):
    help = (
        f"Remove for good what has been in the bin for more than {BIN_DAYS} days "
        "(--expired, daily), or everything (--all)."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group()
        which.add_argument(
            "--expired",
            action="store_true",
            help=f"Only what was deleted more than {BIN_DAYS} days ago.",
        )
        which.add_argument(
            "--all", action="store_true", help="Everything, however recent."
        )

    def handle(self, *args, expired, all, **options):
        if not (expired or all):
            raise CommandError(
                _(
                    "Say what to remove: --expired (what has been in the bin for "
                    "more than %(days)s days, for a daily run) or --all. A "
                    "publisher can also empty the bin in the admin."
                )
                % {"days": BIN_DAYS}
            )
        entries = BinEntry.objects.expired() if expired else BinEntry.objects.all()
        count = bin.empty(entries=entries)
        self.stdout.write(
            _("Removed from the bin for good: %(count)s.") % {"count": count}
        )
