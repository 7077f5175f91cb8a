from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from media.admin import missing_alt_text
from newsroom.core.languages import LANGUAGE_CODES, LANGUAGE_NAMES
from releases import workflow
from releases.models import Release

MINOR, MAJOR = "minor", "major"
CHANGE_KINDS = [
    (MINOR, _("Minor: a typo or formatting; readers see nothing")),
    (MAJOR, _("Major: readers see a note")),
]
CHANGE_FIELDS = ["change_kind", *(f"change_note_{code}" for code in LANGUAGE_CODES)]
UNPUBLISH_FIELDS = ["unpublish_target", "unpublish_why"]
# Buttons that take the release off the lists: no change note asked.
NOT_A_CORRECTION = [workflow.WITHDRAW.button, *(t.button for t in workflow.UNPUBLISH)]


def label_in(code):
    return gettext("Note for readers (%(language)s)") % {
        "language": LANGUAGE_NAMES[code]
    }


# In the editor's language at each request, not the one at import time.
in_language_label = lazy(label_in, str)


def note_field(code):
    return forms.CharField(
        label=in_language_label(code),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "lang": code, "dir": "auto"}),
        help_text=_(
            "Shown under the date: “Updated 3 December 2026: corrected the "
            "number of arrivals”."
        ),
    )


class ReleaseAdminForm(forms.ModelForm):
    """The change form, refusing a plain Save that would break an embargo,
    a change readers have seen without saying what kind it is, and an
    unpublishing without its reason."""

    change_kind = forms.ChoiceField(
        label=_("What kind of change is this?"),
        choices=CHANGE_KINDS,
        widget=forms.RadioSelect,
        required=False,
    )
    unpublish_target = forms.ModelChoiceField(
        label=_("The other release"),
        queryset=Release.objects.public(),
        required=False,
        widget=AutocompleteSelect(Release._meta.get_field("replaced_by"), admin.site),
        help_text=_(
            "For a duplicate or a replaced release: readers of its addresses "
            "are sent to this one."
        ),
    )
    unpublish_why = forms.CharField(
        label=_("Why it is unpublished"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        help_text=_("For the office only: readers never see it."),
    )
    locals().update(
        {f"change_note_{code}": note_field(code) for code in LANGUAGE_CODES}
    )
    # Set by the admin for each request (ReleaseAdmin.get_form).
    note_languages = ()
    asks_about_changes = False
    offers_unpublishing = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code in LANGUAGE_CODES:
            if code not in self.note_languages:
                del self.fields[f"change_note_{code}"]
        if not self.asks_about_changes:
            del self.fields["change_kind"]
        if not self.offers_unpublishing:
            for name in UNPUBLISH_FIELDS:
                del self.fields[name]

    def clean(self):
        cleaned_data = super().clean()
        release = self.instance
        # Pressing "Lift the embargo and publish now" or "Cancel the embargo"
        # says what to do; a plain Save with a new time only reschedules.
        explicit = "_publish_now" in self.data or "_withdraw" in self.data
        if (
            release.pk
            and release.is_embargoed
            and "publish_at" in self.changed_data
            and not explicit
        ):
            at = cleaned_data.get("publish_at")
            if at is None or at <= timezone.now():
                # A typo in the year must not publish a release early.
                self.add_error(
                    "publish_at",
                    _(
                        "An embargo must end in the future. To publish the release "
                        "now, use “Lift the embargo and publish now”."
                    ),
                )
        language = cleaned_data.get("original_language") or release.original_language
        error = missing_alt_text(cleaned_data.get("hero_image"), language)
        if error:
            self.add_error("hero_image", error)
        self.check_change_kind(cleaned_data)
        self.check_unpublishing(cleaned_data)
        return cleaned_data

    def pressed(self, buttons):
        return any(button in self.data for button in buttons)

    def content_changed(self):
        """What readers would see differently, as the form tells it."""
        return [
            name
            for name in self.changed_data
            if name not in CHANGE_FIELDS
            and name not in UNPUBLISH_FIELDS
            and not name.startswith("withdrawal_note")
        ]

    def check_change_kind(self, cleaned_data):
        """A change readers have seen is minor or major; a major one says
        what changed in each language readers read the release in."""
        if not self.asks_about_changes or self.pressed(NOT_A_CORRECTION):
            cleaned_data["change_kind"] = ""
            return
        if not self.content_changed():
            # Saved as it was: nothing to tell readers.
            cleaned_data["change_kind"] = ""
            return
        kind = cleaned_data.get("change_kind")
        if not kind:
            self.add_error(
                "change_kind",
                _(
                    "Readers have seen this release: say whether this change is minor "
                    "or major."
                ),
            )
        elif kind == MAJOR:
            for code in self.note_languages:
                if not (cleaned_data.get(f"change_note_{code}") or "").strip():
                    self.add_error(
                        f"change_note_{code}",
                        _("A major change needs a note for readers in %(language)s.")
                        % {"language": LANGUAGE_NAMES[code]},
                    )

    def change_note(self):
        """The note of a major change, by language; None for any other save."""
        if self.cleaned_data.get("change_kind") != MAJOR:
            return None
        return {
            code: self.cleaned_data.get(f"change_note_{code}", "")
            for code in self.note_languages
        }

    def check_unpublishing(self, cleaned_data):
        """Unpublishing says why, and a duplicate or replaced release which
        release readers go to instead: checked here so nothing is saved
        without them."""
        if not self.offers_unpublishing or not self.pressed(
            [t.button for t in workflow.UNPUBLISH]
        ):
            return
        if not (cleaned_data.get("unpublish_why") or "").strip():
            self.add_error("unpublish_why", _("Say why the release is unpublished."))
        if self.pressed([t.button for t in workflow.SENDS_ON]):
            target = cleaned_data.get("unpublish_target")
            if target is None:
                self.add_error(
                    "unpublish_target",
                    _("Choose the other release readers are sent to."),
                )
            elif target.pk == self.instance.pk:
                self.add_error(
                    "unpublish_target",
                    _("Choose another release than this one."),
                )

    def unpublish_options(self):
        return {
            "explanation": self.cleaned_data.get("unpublish_why", ""),
            "replaced_by": self.cleaned_data.get("unpublish_target"),
        }


# One note field per site language; the form keeps those of the languages
# the release is available in.
for _code in LANGUAGE_CODES:
    ReleaseAdminForm.base_fields[f"change_note_{_code}"] = note_field(_code)
    ReleaseAdminForm.declared_fields[f"change_note_{_code}"] = note_field(_code)
