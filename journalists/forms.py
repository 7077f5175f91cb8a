from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from journalists.models import Accreditation
from newsroom.core.languages import LANGUAGE_NAMES


class ApplyForm(forms.Form):
    full_name = forms.CharField(label=_("Your full name"), max_length=200)
    outlet = forms.CharField(
        label=_("Outlet"),
        max_length=200,
        help_text=_("The newspaper, agency, broadcaster or site you work for."),
    )
    work_email = forms.EmailField(
        label=_("Work email"),
        max_length=254,
        help_text=_("At your outlet's domain: the press office checks it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages you read"),
        widget=forms.CheckboxSelectMultiple,
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries you cover"),
        required=False,
        help_text=_("None chosen: every country."),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password_again = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Named in the reader's language, at each request.
        self.fields["countries"].choices = list(countries)
        self.fields["languages"].choices = [
            (code, name) for code, name in LANGUAGE_NAMES.items()
        ]

    def clean_work_email(self):
        email = self.cleaned_data["work_email"].strip().lower()
        if Accreditation.objects.filter(work_email=email).exists():
            raise forms.ValidationError(
                _(
                    "An application with this address exists already: sign in, "
                    "or write to the press office."
                )
            )
        return email

    def clean(self):
        cleaned_data = super().clean()
        password = cleaned_data.get("password")
        if password and password != cleaned_data.get("password_again"):
            self.add_error("password_again", _("The two passwords are not the same."))
        elif password:
            try:
                password_validation.validate_password(password)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned_data
