from django.contrib import admin
from modeltranslation.admin import TranslationTabularInline

from releases import workflow
from releases.models import Mention, ReleaseContact, Speaker


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
    fields = ("official", "role", "order")
    extra = 0


class ReleaseContactInline(ReleaseChildInline, admin.TabularInline):
    model = ReleaseContact
    autocomplete_fields = ["contact"]
    fields = ("contact", "order")
    extra = 0


class SpeakerInline(TranslationTabularInline):
    model = Speaker
    autocomplete_fields = ["official"]
    fields = ("official", "topic", "order")
    extra = 0
