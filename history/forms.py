"""Restoring a version of a release readers have seen asks what its change
form asks: a minor change, or a major one with a note in each language."""

from django import forms
from django.utils.translation import gettext_lazy as _

from newsroom.core.languages import LANGUAGE_NAMES
from releases.admin.forms import CHANGE_KINDS, MAJOR, note_field


class RestoreForm(forms.Form):
    change_kind = forms.ChoiceField(
        label=_("What kind of change is this?"),
        choices=CHANGE_KINDS,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, release=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.languages = release.languages() if release is not None else ()
        if release is None:
            del self.fields["change_kind"]
        for code in self.languages:
            self.fields[f"change_note_{code}"] = note_field(code)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("change_kind") == MAJOR:
            for code in self.languages:
                if not (cleaned_data.get(f"change_note_{code}") or "").strip():
                    self.add_error(
                        f"change_note_{code}",
                        _("A major change needs a note for readers in %(language)s.")
                        % {"language": LANGUAGE_NAMES[code]},
                    )
        return cleaned_data

    def change_note(self):
        """The note of a major change, by language; None otherwise."""
        if self.cleaned_data.get("change_kind") != MAJOR:
            return None
        return {
            code: self.cleaned_data.get(f"change_note_{code}", "")
            for code in self.languages
        }
