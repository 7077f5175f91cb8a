from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """What the office holds: events, their speakers, organisers and calendars."""

    name = "events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models import OuterRef

        from contacts.models import appear_in
        from events.models import Event, Speaker
        from media.models import show_pictures
        from newsroom.core import pages

        pages.watch(self)
        # An event ending leaves the upcoming lists by itself.
        pages.changes_at(lambda: Event.objects.public().upcoming(), "ends_at")
        show_pictures(
            lambda: Event.objects.public().filter(image__isnull=False).values("image")
        )
        appear_in(
            lambda: Speaker.objects.filter(
                official=OuterRef("pk"), event__in=Event.objects.public()
            )
        )
