"""Pictures (a release's hero and gallery, an event's, an official's portrait)
and documents attached to releases.

Originals are kept in private storage and reach readers only through views
that check where they are used; renditions are public files named by a hash.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import LazyObject, empty
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

from media import documents, renditions
from media.images import (
    CONTENT_TYPES,
    EXTENSIONS,
    FORMAT_OF_EXTENSION,
    clean_picture,
    validate_picture,
)
from newsroom.core.languages import IN_LANGUAGE, LANGUAGE_CODES, for_reader
from newsroom.core.text import filename_words, printable


class OriginalsStorage(LazyObject):
    """The storage of originals (``STORAGES["originals"]``), looked up when
    first used so that a change of settings (in tests) takes effect."""

    def _setup(self):
        self._wrapped = storages["originals"]


originals = OriginalsStorage()


@receiver(setting_changed)
def _storages_changed(setting, **kwargs):
    if setting == "STORAGES":
        originals._wrapped = empty


def originals_storage():
    return originals


def random_name(folder):
    """A name nobody can guess, in a folder per month."""
    return f"{folder}/{timezone.now():%Y/%m}/{secrets.token_urlsafe(18)}"


def picture_path(instance, filename):
    # The extension is the format read from the bytes (Image.save), never the
    # uploader's; the file's own name may say where it was taken.
    extension = filename.rsplit(".", 1)[-1]
    return f"{random_name('pictures')}.{extension}"


def document_path(instance, filename):
    return f"{random_name('documents')}.{filename.rsplit('.', 1)[-1]}"


class TextForReader:
    """Translated texts shown to readers, with the language they are in."""

    def text_for_reader(self, field):
        return for_reader(self, field, self.language)


# Where pictures are shown to readers: each a function returning a queryset
# of the pks of pictures it shows (a public release's, a public event's, the
# portrait of an official with a page). The apps that show pictures add
# theirs from their AppConfig.ready(): media imports none of them.
PICTURE_USES = []
# Likewise the documents readers may download: a queryset of Attachment pks.
DOCUMENT_USES = []


def show_pictures(uses):
    """Register ``uses``: the pictures it finds are public."""
    PICTURE_USES.append(uses)
    return uses


def show_documents(uses):
    """Register ``uses``: the documents it finds may be downloaded."""
    DOCUMENT_USES.append(uses)
    return uses


def _shown_by(registered):
    shown = Q(pk__in=[])
    for uses in registered:
        shown |= Q(pk__in=uses())
    return shown


class ImageQuerySet(models.QuerySet):
    def public(self):
        """Pictures readers may see: on a release they can read (a withdrawn
        one included: its page still answers), on a public event, or an
        official's portrait once their page exists. A picture used only by
        drafts or embargoed releases is not public."""
        return self.filter(_shown_by(PICTURE_USES))


class AttachmentQuerySet(models.QuerySet):
    def public(self):
        """Documents of releases readers can reach."""
        return self.filter(_shown_by(DOCUMENT_USES))


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


class GalleryImage(models.Model):
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
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        db_table = "releases_galleryimage"
        verbose_name = _("gallery picture")
        verbose_name_plural = _("gallery")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["release", "image"], name="gallery_image_once_per_release"
            )
        ]

    def __str__(self):
        return str(self.image)


class Attachment(TextForReader, models.Model):
    """A document attached to a release: a report, a programme, figures."""

    release = models.ForeignKey(
        "releases.Release",
        verbose_name=_("release"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    title = models.CharField(_("title"), max_length=250, blank=True)
    language = models.CharField(
        _("language of the document"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    file = models.FileField(
        _("file"),
        upload_to=document_path,
        storage=originals_storage,
        help_text=_("PDF, Word (.docx) or Excel (.xlsx), up to 50 MB."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=[(kind.name, kind.label) for kind in documents.KINDS.values()],
        editable=False,
    )
    file_size = models.PositiveIntegerField(_("file size"), default=0, editable=False)
    filename = models.CharField(_("file name"), max_length=255, editable=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    objects = AttachmentQuerySet.as_manager()

    class Meta:
        db_table = "releases_attachment"
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.text_for_reader("title")[1] or self.filename

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            kind = documents.document_kind(self.file)
            self.kind = kind.name
            self.filename = documents.clean_filename(self.file.name, kind)
            self.file_size = self.file.size
            self.file.name = f"document.{kind.extension}"
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.file and not self.file._committed:
            try:
                documents.document_kind(self.file)
            except ValidationError as error:
                raise ValidationError({"file": error}) from None
        if not any(getattr(self, f"title_{code}", "") for code in LANGUAGE_CODES):
            raise ValidationError(
                {f"title_{self.language}": _("Give the document a title.")}
            )

    @property
    def document_kind(self):
        return documents.KINDS[self.kind]

    def title_for_reader(self):
        return self.text_for_reader("title")

    def in_language(self):
        return IN_LANGUAGE.get(self.language, self.language)

    def get_download_url(self):
        return reverse(
            "downloads:document", kwargs={"pk": self.pk, "filename": self.filename}
        )

    def delete(self, *args, **kwargs):
        file = self.file
        result = super().delete(*args, **kwargs)
        if file:
            file.storage.delete(file.name)
        return result
