from django import forms
from django.contrib import admin, messages
from django.db.models import Count
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from media.models import Image
from media.uploads import UploadField
from newsroom.core.languages import LANGUAGE_CODES, LANGUAGE_NAMES, in_every_language


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


def picture_languages(picture):
    """The languages the picture is read in: those of the releases using it,
    or every language while nothing uses it yet."""
    languages = set()
    for release in picture.releases():
        languages.update(release.languages())
    if not languages:
        languages = set(LANGUAGE_CODES)
    return [code for code in LANGUAGE_CODES if code in languages]


# What shows a picture: releases (main picture, gallery), events, officials.
USES = ("hero_of", "galleries", "events", "portrait_of")


@admin.register(Image)
class ImageAdmin(TabbedTranslationAdmin):
    list_display = (
        "thumbnail",
        "__str__",
        "credit",
        "dimensions",
        "uses",
        "uploaded_at",
    )
    list_display_links = ("thumbnail", "__str__")
    list_filter = ("language", "uploaded_at")
    search_fields = [
        *in_every_language("alt_text"),
        *in_every_language("caption"),
        "credit",
        "original_name",
    ]
    list_per_page = 50
    readonly_fields = ("preview", "about_file", "uploaded_by", "uploaded_at", "used_in")
    fieldsets = (
        (None, {"fields": ("file", "focal_x", "focal_y")}),
        (
            _("Words"),
            {"fields": ("language", "alt_text", "caption")},
        ),
        (_("Rights"), {"fields": ("credit", "usage_terms")}),
        (
            _("About the file"),
            {"fields": ("about_file", "uploaded_by", "uploaded_at", "used_in")},
        ),
    )

    class Media:
        js = ("admin/js/focal-point.js",)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("uploaded_by")
            .annotate(
                **{
                    f"{relation}_count": Count(relation, distinct=True)
                    for relation in USES
                }
            )
        )

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        # A picture stays the picture it was: a new photo is a new upload, so
        # the pages using this one do not change under their editors.
        if obj is None:
            # Nothing to say about a file not uploaded yet.
            return fieldsets[:-1]
        first = dict(fieldsets[0][1])
        first["fields"] = ("preview", "focal_x", "focal_y")
        return ((None, first), *fieldsets[1:])

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "file":
            kwargs["form_class"] = UploadField
            kwargs["widget"] = forms.FileInput(
                attrs={"accept": "image/jpeg,image/png,image/webp"}
            )
        if db_field.name == "language":
            # A French-speaking editor writes the alt text in French first.
            kwargs["initial"] = translation.get_language()
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)
        for warning in missing_alt_text_warnings(obj, picture_languages(obj)):
            self.message_user(request, warning, messages.WARNING)

    @admin.display(description=_("picture"))
    def thumbnail(self, obj):
        return picture_preview(obj)

    @admin.display(description=_("preview"))
    def preview(self, obj):
        rendition = obj.rendition("w960-webp")
        return format_html(
            '<div class="focal-picker" data-focal-x="{}" data-focal-y="{}">'
            '<img src="{}" width="{}" height="{}" alt="{}">'
            '<span class="focal-picker__marker" aria-hidden="true"></span></div>',
            obj.focal_x,
            obj.focal_y,
            rendition.url,
            rendition.width,
            rendition.height,
            obj.alt_for_reader()[1],
        )

    @admin.display(description=_("size"))
    def dimensions(self, obj):
        return f"{obj.width} × {obj.height}"

    @admin.display(description=_("file"))
    def about_file(self, obj):
        if obj.pk is None:
            return "—"
        return format_html(
            "{} · {} × {} px ({} MP) · {}<br>{}",
            obj.format_name,
            obj.width,
            obj.height,
            obj.megapixels,
            filesizeformat(obj.file_size),
            gettext("Uploaded as “%(name)s”.") % {"name": obj.original_name}
            if obj.original_name
            else "",
        )

    @admin.display(description=_("used"))
    def uses(self, obj):
        return sum(getattr(obj, f"{relation}_count") for relation in USES)

    @admin.display(description=_("used in"))
    def used_in(self, obj):
        """Every release, event and official page that shows the picture."""
        places = [
            (
                reverse("admin:releases_release_change", args=[release.pk]),
                release.display_title(),
                release.get_status_display(),
            )
            for release in obj.releases()
        ]
        for rows in (obj.events.all(), obj.portrait_of.all()):
            model = rows.model
            places += [
                (
                    reverse(
                        f"admin:{model._meta.app_label}_{model._meta.model_name}_change",
                        args=[row.pk],
                    ),
                    str(row),
                    model._meta.verbose_name,
                )
                for row in rows
            ]
        if not places:
            return gettext("No release yet.")
        return format_html(
            "<ul>{}</ul>",
            format_html_join("", '<li><a href="{}">{}</a> ({})</li>', places),
        )
