from django import forms
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from contacts.names import name_key
from newsroom.core.languages import SPOKEN_LANGUAGES


class SameNameCheckForm(forms.ModelForm):
    """Stops a second record of a person already on file, unless confirmed.

    Two press officers typing "Javier Diaz Veron" and "Javier Díaz Verón" are
    about to make two pages for one person: the form shows the existing record
    and saves only when told this is someone else.
    """

    different_person = forms.BooleanField(
        label=_("This is a different person with the same name"),
        required=False,
        widget=forms.HiddenInput,
    )

    def clean(self):
        data = super().clean()
        name = data.get("full_name")
        if not name or data.get("different_person"):
            return data
        if self.instance.pk and name_key(name) == self.instance.name_key:
            return data
        model = self._meta.model
        same = model.objects.with_name_of(name).exclude(pk=self.instance.pk)
        same = list(same[:5])
        if same:
            self.fields["different_person"].widget = forms.CheckboxInput()
            raise ValidationError(self._same_name_message(model, same))
        return data

    @staticmethod
    def _same_name_message(model, same):
        opts = model._meta
        links = format_html_join(
            ", ",
            '<a href="{}">{}</a>',
            (
                (
                    reverse(
                        f"admin:{opts.app_label}_{opts.model_name}_change", args=[o.pk]
                    ),
                    o.full_name,
                )
                for o in same
            ),
        )
        return format_html(
            "{} {} {}",
            gettext("There is already someone with this name:"),
            links,
            gettext(
                "Open that record instead, or tick “This is a different person "
                "with the same name” and save again."
            ),
        )


class OfficialForm(SameNameCheckForm):
    """An official, checked against those already on file."""


def spoken_language_choices():
    """Languages by their name in the editor's language."""
    names = ((code, gettext(str(name))) for code, name in SPOKEN_LANGUAGES)
    return sorted(names, key=lambda choice: choice[1])


class PressContactForm(SameNameCheckForm):
    languages = forms.MultipleChoiceField(
        label=_("languages spoken"),
        choices=spoken_language_choices,
        required=False,
        widget=FilteredSelectMultiple(_("languages"), is_stacked=True),
        help_text=_("The languages journalists can call this contact in."),
    )
