from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from releases.models import Kind, Theme


class ReleaseFilterForm(forms.Form):
    """The list's filters. Every value must be one of a fixed set of choices."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    year = forms.IntegerField(
        label=_("Year"), required=False, min_value=1900, max_value=2999
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.themes = {theme.slug: theme for theme in Theme.objects.all()}
        self.fields["country"].choices = [("", _("All countries")), *countries]
        self.fields["theme"].choices = [
            ("", _("All themes")),
            *((slug, theme.name) for slug, theme in self.themes.items()),
        ]
        self.fields["kind"].choices = [("", _("All kinds")), *Kind.choices]

    def filter(self, queryset):
        """Narrow ``queryset`` by the valid filters; call after ``is_valid()``."""
        data = self.cleaned_data
        if data.get("country"):
            # Codes are stored comma-separated and are always two letters,
            # so a substring match cannot straddle two codes.
            queryset = queryset.filter(countries__contains=data["country"])
        if data.get("theme"):
            queryset = queryset.filter(themes=self.themes[data["theme"]])
        if data.get("kind"):
            queryset = queryset.filter(kind=data["kind"])
        if data.get("year"):
            queryset = queryset.filter(publish_at__year=data["year"])
        return queryset

    def active(self):
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in (None, "")
        }
