from zoneinfo import available_timezones

from django import forms
from django.utils.translation import gettext_lazy as _

from alerts.models import Frequency

TIME_ZONES = sorted(available_timezones() - {"localtime", "Factory"})


class SubscribeForm(forms.Form):
    """An address and how often; the filters come from the list page."""

    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=Frequency.choices,
        initial=Frequency.IMMEDIATE,
        widget=forms.RadioSelect,
    )
    digest_hour = forms.TypedChoiceField(
        label=_("Digest at"),
        choices=[(hour, f"{hour:02d}:00") for hour in range(24)],
        coerce=int,
        initial=8,
        required=False,
    )
    time_zone = forms.ChoiceField(
        label=_("In the time zone"),
        choices=[(zone, zone.replace("_", " ")) for zone in TIME_ZONES],
        initial="UTC",
        required=False,
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class ChangeForm(forms.Form):
    frequency = SubscribeForm.base_fields["frequency"]
    digest_hour = SubscribeForm.base_fields["digest_hour"]
    time_zone = SubscribeForm.base_fields["time_zone"]
