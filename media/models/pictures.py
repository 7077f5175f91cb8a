from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

from media import renditions
from media.images import (
    CONTENT_TYPES,
    EXTENSIONS,
    FORMAT_OF_EXTENSION,
    clean_picture,
    validate_picture,
)
from media.models.reading import TextForReader
from media.models.storage import originals_storage, picture_path
from media.models.uses import ImageQuerySet
from newsroom.core.text import filename_words, printable


class Image(TextForReader, models.Model):
    """A photo, with what a journalist needs to publish it: alt text and a
    caption in every language, the credit and the terms of use."""

    # A FileField, not Django's ImageField: that one opens the upload to read
    # its size as soon as it is assigned, before validate_picture has refused
    # a decompression bomb. save() notes the size of the cleaned picture.
    file = models.FileField(
        _("picture"),
        upload_to=picture_path,
        storage=originals_storage,
        validators=[validate_picture],
        help_text=_(
            "JPEG, PNG or WebP, up to 20 MB and 40 megapixels. Its location and "
            "other metadata are removed when it is saved."
        ),
    )
    language = models.CharField(
        _("original language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the alt text and caption were first written in."),
    )
    alt_text = models.CharField(
        _("alt text"),
        max_length=300,
        blank=True,
        help_text=_(
            "What the picture shows, for readers who cannot see it: the people, "
            "the place, what is happening. Required in the original language."
        ),
    )
    caption = models.CharField(
        _("caption"),
        max_length=500,
        blank=True,
        help_text=_("Shown under the picture: who, where, when."),
    )
    credit = models.CharField(
        _("credit"),
        max_length=200,
        help_text=_('Who took it, as media must print it, e.g. "IOM / Juan Pérez".'),
    )
    usage_terms = models.CharField(
        _("usage terms"),
        max_length=300,
        blank=True,
        help_text=_('e.g. "Free for editorial use with the credit."'),
    )
    focal_x = models.PositiveSmallIntegerField(
        _("focal point across (%)"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_("0 is the left edge, 100 the right. Click the preview to set it."),
    )
    focal_y = models.PositiveSmallIntegerField(
        _("focal point down (%)"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_("0 is the top, 100 the bottom."),
    )
    width = models.PositiveIntegerField(_("width"), default=0, editable=False)
    height = models.PositiveIntegerField(_("height"), default=0, editable=False)
    file_size = models.PositiveIntegerField(_("file size"), default=0, editable=False)
    rendition_bytes = models.JSONField(
        _("rendition sizes"), default=dict, blank=True, editable=False
    )
    original_name = models.CharField(
        _("uploaded as"), max_length=255, blank=True, editable=False
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ImageQuerySet.as_manager()

    class Meta:
        # The table it had in the releases app, where pictures began.
        db_table = "releases_image"
        verbose_name = _("picture")
        verbose_name_plural = _("pictures")
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        text = self.text_for_reader("alt_text")[1] or self.text_for_reader("caption")[1]
        return text or self.original_name or _("Picture %(pk)s") % {"pk": self.pk}

    def save(self, *args, **kwargs):
        for field in ("credit", "original_name"):
            setattr(self, field, printable(getattr(self, field)).strip())
        if self.file and not self.file._committed:
            # A new upload: upright, without metadata, under a random name.
            upload = self.file
            name = upload.name.rsplit("/", 1)[-1]
            self.original_name = get_valid_filename(name)[:255]
            clean = clean_picture(upload)
            self.file = clean.as_file("picture")
            self.file_size = len(clean.content)
            self.width, self.height = clean.width, clean.height
        before = (
            Image.objects.filter(pk=self.pk).only("file", "focal_x", "focal_y").first()
            if self.pk
            else None
        )
        super().save(*args, **kwargs)
        if before is not None:
            # Crops around the old focal point go: a picture reframed (or
            # taken down) must not stay online in its old framing.
            renditions.delete_renditions(before, keep=self)
        self.make_renditions()

    def clean(self):
        super().clean()
        if not getattr(self, f"alt_text_{self.language}", ""):
            raise ValidationError(
                {
                    f"alt_text_{self.language}": _(
                        "Describe the picture in its original language (%(language)s)."
                    )
                    % {"language": self.get_language_display()}
                }
            )

    def make_renditions(self):
        """Make the renditions not made yet, and note their sizes in bytes
        (a feed's enclosure gives its length)."""
        sizes = renditions.make_renditions(self)
        if sizes != self.rendition_bytes:
            self.rendition_bytes = sizes
            Image.objects.filter(pk=self.pk).update(rendition_bytes=sizes)

    def delete(self, *args, **kwargs):
        if self.file:
            renditions.delete_renditions(self)
        file = self.file
        result = super().delete(*args, **kwargs)
        if file:
            file.storage.delete(file.name)
        return result

    # What pages use; no file is opened for any of it.

    def rendition(self, name):
        return renditions.rendition(self, name)

    def srcset(self, kind="w", image_format="webp"):
        """``url width w, …`` for a srcset, each width once."""
        seen, parts = set(), []
        names = (
            [f"w{width}-{image_format}" for width in renditions.WIDTHS]
            if kind == "w"
            else [f"card{n}-{image_format}" for n in (1, 2)]
        )
        for name in names:
            found = self.rendition(name)
            if found.width not in seen:
                seen.add(found.width)
                parts.append(f"{found.url} {found.width}w")
        return ", ".join(parts)

    @property
    def format_name(self):
        extension = self.file.name.rsplit(".", 1)[-1].lower()
        return FORMAT_OF_EXTENSION.get(extension, "JPEG")

    @property
    def content_type(self):
        return CONTENT_TYPES[self.format_name]

    @property
    def megapixels(self):
        return round(self.width * self.height / 1_000_000, 1)

    def alt_for_reader(self):
        return self.text_for_reader("alt_text")

    def caption_for_reader(self):
        return self.text_for_reader("caption")

    def usage_terms_for_reader(self):
        return self.text_for_reader("usage_terms")

    def releases(self):
        """The releases that show the picture, as main picture or in a gallery."""
        # The release model, known through the relation: media imports no app.
        releases = self._meta.get_field("hero_of").related_model.objects
        return list(
            releases.without_vectors()
            .filter(Q(hero_image=self) | Q(gallery__image=self))
            .distinct()
        )

    def languages_without_alt_text(self, languages):
        return [code for code in languages if not getattr(self, f"alt_text_{code}", "")]

    def download_name(self):
        """The original's name when downloaded: what it shows, then its credit."""
        words = self.caption_for_reader()[1] or self.alt_for_reader()[1]
        return (
            "_".join(
                part
                for part in (
                    filename_words(words, 60),
                    filename_words(f"credit {self.credit}", 80) if self.credit else "",
                )
                if part
            )
            + f".{EXTENSIONS[self.format_name]}"
        )

    def get_download_url(self):
        return reverse("downloads:image", kwargs={"pk": self.pk})
