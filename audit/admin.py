"""The audit trail in the admin: read by publishers, changed by no one."""

from collections import defaultdict
from urllib.parse import urlencode

from django.contrib import admin
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from audit.models import Entry
from newsroom.core.admins import ReadOnlyAdmin


def entries_url(obj, site=admin.site):
    """The admin's list of one record's entries, for a link on its page."""
    content_type = ContentType.objects.get_for_model(obj)
    query = urlencode({"content_type__id__exact": content_type.pk, "object_id": obj.pk})
    return f"{reverse(f'{site.name}:audit_entry_changelist')}?{query}"


class Links:
    """The admin change page of each entry's record, where it still exists and
    the reader may open it: one query per kind of record on the page, never
    one per row."""

    def __init__(self, site, request):
        self.site = site
        self.request = request

    def attach(self, entries):
        wanted = defaultdict(list)
        for entry in entries:
            entry.record_url = None
            if entry.content_type_id and entry.object_id:
                wanted[entry.content_type].append(entry)
        for content_type, of_type in wanted.items():
            urls = self.urls(content_type, {entry.object_id for entry in of_type})
            for entry in of_type:
                entry.record_url = urls.get(entry.object_id)

    def urls(self, content_type, object_ids):
        model = content_type.model_class()
        model_admin = self.site._registry.get(model)
        if model_admin is None:
            return {}
        if not model_admin.has_view_or_change_permission(self.request):
            return {}
        pks = []
        for object_id in object_ids:
            try:
                pks.append(model._meta.pk.to_python(object_id))
            except ValidationError:
                continue
        found = model_admin.get_queryset(self.request).filter(pk__in=pks)
        name = f"{self.site.name}:{content_type.app_label}_{content_type.model}_change"
        try:
            return {
                str(pk): reverse(name, args=[quote(pk)])
                for pk in found.values_list("pk", flat=True)
            }
        except NoReverseMatch:
            return {}


@admin.register(Entry)
class EntryAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    # An entry is evidence: no one adds, changes or deletes one here, not even
    # a superuser. Reading needs audit.view_entry (publishers hold it).
    list_display = ["at", "person", "action", "record", "address", "detail"]
    list_filter = [
        "action",
        ("actor", admin.RelatedOnlyFieldListFilter),
        ("content_type", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["object_repr", "actor_name", "detail"]
    date_hierarchy = "at"
    list_select_related = ["content_type"]
    actions = None
    fields = [
        "at",
        "actor",
        "actor_name",
        "action",
        "content_type",
        "object_id",
        "object_repr",
        "address",
        "detail",
        "data",
    ]

    @admin.display(description=_("person"), ordering="actor_name")
    def person(self, entry):
        # The name at the time: kept when the account is gone, and the name
        # tried for a failed sign-in.
        return entry.actor_name

    @admin.display(description=_("record"), ordering="object_repr")
    def record(self, entry):
        url = getattr(entry, "record_url", None)
        if url:
            return format_html('<a href="{}">{}</a>', url, entry.object_repr)
        return entry.object_repr

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        # Evaluates the page's rows once; the list then reads the same rows.
        Links(self.admin_site, request).attach(changelist.result_list)
        return changelist
