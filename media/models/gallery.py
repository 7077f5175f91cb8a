from django.db import models
from django.utils.translation import gettext_lazy as _

from media.models.pictures import Image
from newsroom.core.models import OrderedLink


class GalleryImage(OrderedLink):
    """A picture in a release's gallery, in the order editors give."""

    release = models.ForeignKey(
        "releases.Release",
        verbose_name=_("release"),
        on_delete=models.CASCADE,
        related_name="gallery",
    )
    image = models.ForeignKey(
        Image,
        verbose_name=_("picture"),
        on_delete=models.PROTECT,
        related_name="galleries",
    )

    class Meta(OrderedLink.Meta):
        db_table = "releases_galleryimage"
        verbose_name = _("gallery picture")
        verbose_name_plural = _("gallery")
        constraints = [
            OrderedLink.once("release", "image", name="gallery_image_once_per_release")
        ]

    def __str__(self):
        return str(self.image)
