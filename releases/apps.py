from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReleasesConfig(AppConfig):
    """What the office publishes: releases, their themes, people and workflow."""

    name = "releases"
    verbose_name = _("Releases")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models import OuterRef, Prefetch

        from contacts.models import appear_in
        from events.views import EVENT_PAGE_PREFETCHES
        from media.models import Attachment, GalleryImage, show_documents, show_pictures
        from newsroom.core import pages
        from releases.models import Mention, Release

        pages.watch(self)
        # An embargo lifts by itself.
        pages.changes_at(lambda: Release.objects.embargoed(), "publish_at")
        show_pictures(
            lambda: (
                Release.objects.reachable()
                .filter(hero_image__isnull=False)
                .values("hero_image")
            )
        )
        show_pictures(
            lambda: GalleryImage.objects.filter(
                release__in=Release.objects.reachable()
            ).values("image")
        )
        show_documents(
            lambda: Attachment.objects.filter(
                release__in=Release.objects.reachable()
            ).values("pk")
        )
        EVENT_PAGE_PREFETCHES.append(
            lambda: Prefetch(
                "releases", Release.objects.public().latest(), to_attr="public_releases"
            )
        )
        appear_in(
            lambda: Mention.objects.in_public_releases().filter(official=OuterRef("pk"))
        )
