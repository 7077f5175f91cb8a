from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """The second step of signing in: a code from the app, or a recovery code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        help_text=_(
            "The six digits your authenticator app shows now, or one of your "
            "recovery codes."
        ),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "none",
                "spellcheck": "false",
                "autofocus": True,
            }
        ),
    )


class EnrolForm(forms.Form):
    """The first code from a newly scanned app, proving it was set up."""

    code = forms.CharField(
        label=_("Code from the app"),
        max_length=10,
        help_text=_("The six digits the app shows for this account."),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autofocus": True,
            }
        ),
    )
