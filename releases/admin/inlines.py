from django import forms
from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from newsroom.languages import LANGUAGE_NAMES
from releases import workflow
from releases.models import Attachment, GalleryImage, Mention, ReleaseContact, Speaker


def missing_alt_text(picture, language):
    """The error when a release's picture lacks alt text in its language."""
    if picture is None or getattr(picture, f"alt_text_{language}", ""):
        return None
    return forms.ValidationError(
        _(
            "This picture has no alt text in %(language)s, the release's "
            "language. Add it to the picture first."
        ),
        params={"language": LANGUAGE_NAMES[language]},
        code="missing_alt_text",
    )


def missing_alt_text_warnings(picture, languages):
    """One warning per language of ``languages`` whose readers meet the
    picture without alt text of their own."""
    return [
        gettext(
            "The picture “%(picture)s” has no alt text in %(language)s: readers "
            "of those pages get the %(original)s one."
        )
        % {
            "picture": picture,
            "language": LANGUAGE_NAMES[code],
            "original": picture.get_language_display(),
        }
        for code in picture.languages_without_alt_text(languages)
    ]


def picture_preview(picture):
    if picture is None:
        return "—"
    return format_html(
        '<img src="{}" alt="" width="96" height="64" class="picture-thumbnail">',
        picture.rendition("card1-webp").url,
    )


class ReleaseChildInline:
    """A release's links follow the release: editable by whoever may edit it."""

    def _parent_editable(self, request, obj):
        return obj is None or workflow.can_edit(release=obj, user=request.user)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._parent_editable(
            request, obj
        )

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._parent_editable(
            request, obj
        )

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._parent_editable(
            request, obj
        )


class MentionInline(ReleaseChildInline, TranslationTabularInline):
    model = Mention
    autocomplete_fields = ["official"]
    fields = ("official", "role", "order", "confirmed")
    extra = 0


class ReleaseContactInline(ReleaseChildInline, admin.TabularInline):
    model = ReleaseContact
    autocomplete_fields = ["contact"]
    fields = ("contact", "order")
    extra = 0


class GalleryImageForm(forms.ModelForm):
    def clean(self):
        cleaned_data = super().clean()
        # The release as posted (the admin applies its form first).
        release = getattr(self.instance, "release", None)
        error = release and missing_alt_text(
            cleaned_data.get("image"), release.original_language
        )
        if error:
            self.add_error("image", error)
        return cleaned_data


class GalleryImageInline(ReleaseChildInline, admin.TabularInline):
    model = GalleryImage
    form = GalleryImageForm
    autocomplete_fields = ["image"]
    fields = ("image", "thumbnail", "order")
    readonly_fields = ("thumbnail",)
    extra = 0

    @admin.display(description=_("preview"))
    def thumbnail(self, obj):
        return picture_preview(obj.image if obj.image_id else None)


class AttachmentInline(ReleaseChildInline, TranslationStackedInline):
    model = Attachment
    fields = ("file", "title", "language", "order")
    extra = 0


class SpeakerInline(TranslationTabularInline):
    model = Speaker
    autocomplete_fields = ["official"]
    fields = ("official", "topic", "order")
    extra = 0
