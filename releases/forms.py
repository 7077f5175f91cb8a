from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from releases.models import LANGUAGE_CODES, Kind, Theme


class ThemeChoiceField(forms.ChoiceField):
    """A theme by its slug in the reader's language — or in any other.

    The language switcher keeps the query string, so /en/releases/?theme=
    may carry the French slug; it still names the same theme.
    """

    aliases: dict[str, str]

    def to_python(self, value):
        value = super().to_python(value)
        return getattr(self, "aliases", {}).get(value, value)


class ReleaseFilterForm(forms.Form):
    """The list's filters. Every value must be one of a fixed set of choices."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    theme = ThemeChoiceField(label=_("Theme"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    year = forms.IntegerField(
        label=_("Year"), required=False, min_value=1900, max_value=2999
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.themes = {theme.slug: theme for theme in Theme.objects.all()}
        theme_field = self.fields["theme"]
        # A new dict for each form: fields are copied shallowly from the class.
        theme_field.aliases = {
            slug: current
            for current, theme in self.themes.items()
            for code in LANGUAGE_CODES
            if (slug := getattr(theme, f"slug_{code}"))
        }
        theme_field.aliases.update({current: current for current in self.themes})
        self.fields["country"].choices = [("", _("All countries")), *countries]
        theme_field.choices = [
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
        """The valid filters in use, for the page's canonical address."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in (None, "")
        }
