import functools

from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from newsroom.core.pages import fragment
from newsroom.core.text import tidy
from releases import search
from releases.models import LANGUAGE_CODES, Kind, Region, Theme

ALL_LANGUAGES = "all"


class ThemeChoiceField(forms.ChoiceField):
    """A theme by its slug in the reader's language — or in any other.

    The language switcher keeps the query string, so /en/releases/?theme=
    may carry the French slug; it still names the same theme.
    """

    aliases: dict[str, str]

    def to_python(self, value):
        value = super().to_python(value)
        return getattr(self, "aliases", {}).get(value, value)


@functools.cache
def country_choices(language):
    """Every country, named and sorted in ``language`` (django-countries
    sorts them on each reading: a millisecond a list page)."""
    with translation.override(language):
        return [("", str(_("All countries"))), *((c, str(n)) for c, n in countries)]


class ReleaseFilterForm(forms.Form):
    """The list's search and filters. Every filter value must be one of a
    fixed set of choices; the query is free text, searched as text only."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=search.MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _("Shorten your search to %(limit_value)d characters.")
        },
    )
    scope = forms.ChoiceField(
        label=_("Search in"),
        required=False,
        choices=[("", _("This language")), (ALL_LANGUAGES, _("All languages"))],
    )
    # Choices as functions: read when a value is checked, never copied.
    country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        choices=lambda: country_choices(translation.get_language()),
    )
    theme = ThemeChoiceField(label=_("Theme"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=lambda: [("", _("All kinds")), *Kind.choices],
    )
    year = forms.IntegerField(
        label=_("Year"), required=False, min_value=1900, max_value=2999
    )
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        choices=lambda: [("", _("All regions")), *Region.choices],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read once per generation of the content: every list, search and
        # feed builds this form.
        self.themes = {
            theme.slug: theme
            for theme in fragment("themes", (), lambda: list(Theme.objects.all()))
        }
        theme_field = self.fields["theme"]
        # A new dict for each form: fields are copied shallowly from the class.
        theme_field.aliases = {
            slug: current
            for current, theme in self.themes.items()
            for code in LANGUAGE_CODES
            if (slug := getattr(theme, f"slug_{code}"))
        }
        theme_field.aliases.update({current: current for current in self.themes})
        theme_field.choices = [
            ("", _("All themes")),
            *((slug, theme.name) for slug, theme in self.themes.items()),
        ]

    def clean_q(self):
        # Spaces only, or invisible marks only, is no search at all. The
        # query is kept as written, for the page to repeat; the search
        # normalises it.
        return tidy(self.cleaned_data["q"])

    @property
    def query(self):
        return self.cleaned_data.get("q", "") if self.is_bound else ""

    @property
    def all_languages(self):
        return self.is_bound and self.cleaned_data.get("scope") == ALL_LANGUAGES

    def filter(self, queryset, skip=None):
        """Narrow ``queryset`` by the valid filters, all but ``skip`` (a facet
        counting its own values); call after ``is_valid()``."""
        data = {k: v for k, v in self.cleaned_data.items() if k != skip}
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
        if data.get("region"):
            queryset = queryset.filter(region=data["region"])
        return queryset

    def search(self, queryset):
        """``queryset`` matching the query, best first; as it is without one."""
        if not self.query:
            return queryset
        language = translation.get_language()
        languages = LANGUAGE_CODES if self.all_languages else [language]
        return search.search(queryset, self.query, languages)

    def active(self):
        """The valid filters in use, for the page's canonical address."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in (None, "")
        }

    def followed(self):
        """What of the filters in use a feed follows: all but the search
        scope (a feed is in one language)."""
        return {name: value for name, value in self.active().items() if name != "scope"}
