from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries


class ContactFilterForm(forms.Form):
    """The directory's country filter: only countries that have contacts."""

    country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, data, codes):
        super().__init__(data)
        choices = sorted(
            ((code, countries.name(code)) for code in codes), key=lambda c: c[1]
        )
        self.fields["country"].choices = [("", _("All countries")), *choices]
