from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from contacts.names import country_choices


class ContactFilterForm(forms.Form):
    """The directory's country filter.

    The menu offers the countries that have contacts; any real country code is
    accepted (a bookmarked country whose contacts have left shows none), and
    anything else is a clear error.
    """

    country = forms.CharField(label=_("Country"), required=False, max_length=2)

    def __init__(self, data, codes):
        super().__init__(data)
        offered = country_choices(codes)
        self.fields["country"].widget = forms.Select(
            choices=[("", _("All countries")), *offered]
        )

    def clean_country(self):
        code = self.cleaned_data["country"].upper()
        if code and code not in countries:
            raise forms.ValidationError(
                _("“%(code)s” is not a country code."), params={"code": code}
            )
        return code
