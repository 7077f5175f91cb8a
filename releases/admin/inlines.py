from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminFileWidget
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from media.admin import missing_alt_text, picture_preview
from media.models import Attachment, GalleryImage
from media.uploads import UploadField
from releases import workflow
from releases.models import Mention, ReleaseContact


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
    # An empty file's error names it, as every other refusal of a document.
    formfield_overrides = {
        models.FileField: {"form_class": UploadField, "widget": AdminFileWidget}
    }
