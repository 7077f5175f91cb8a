"""Facets: how many results each country, theme, kind, year and region
would give, for the current search and the other filters.

Each facet counts with every filter but its own, so a reader who picked
Paraguay still sees how many results Brazil would give. One query a facet.
"""

from collections import Counter

from django.db import connection
from django.db.models import Count, F, Func, Value
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from contacts.names import name_key
from releases.models import Kind, Region

MOST_VALUES = 12


def facets(form, base):
    """``[{"name", "label", "values": [{"value", "label", "count", "active"}]}]``
    for the list page; ``base`` is the searched queryset before any filter."""
    chosen = form.cleaned_data
    result = []
    for name, label, counter in (
        ("country", _("Country"), _countries),
        ("theme", _("Theme"), _themes),
        ("kind", _("Kind"), _choices("kind", Kind)),
        ("year", _("Year"), _years),
        ("region", _("Region"), _choices("region", Region)),
    ):
        counted = counter(form.filter(base, skip=name).order_by(), form)
        values = [
            {
                "value": value,
                "label": text,
                "count": count,
                "active": str(chosen.get(name) or "") == str(value),
            }
            for value, text, count in counted
        ]
        if values:
            result.append({"name": name, "label": label, "values": values})
    return result


def _countries(releases, form):
    if connection.vendor == "postgresql":
        codes = Func(
            Func(F("countries"), Value(","), function="string_to_array"),
            function="unnest",
        )
        rows = releases.annotate(code=codes).values("code").annotate(n=Count("pk"))
        counts = Counter({row["code"]: row["n"] for row in rows})
    else:
        counts = Counter()
        for value in releases.values_list("countries", flat=True):
            counts.update(code for code in value.split(",") if code)
    top = counts.most_common(MOST_VALUES)
    named = [(code, countries.name(code), n) for code, n in top if code]
    return sorted(named, key=lambda row: (-row[2], name_key(str(row[1]))))


def _themes(releases, form):
    rows = (
        releases.filter(themes__isnull=False)
        .values("themes")
        .annotate(n=Count("pk"))
        .order_by("-n")[:MOST_VALUES]
    )
    counts = {row["themes"]: row["n"] for row in rows}
    # The form has every theme already: no query for their names.
    themes = {theme.pk: theme for theme in form.themes.values()}
    return [
        (themes[pk].slug, themes[pk].name, n)
        for pk, n in counts.items()
        if pk in themes
    ]


def _choices(field, choices):
    def count(releases, form):
        rows = releases.values(field).annotate(n=Count("pk")).order_by("-n")
        labels = dict(choices.choices)
        return [
            (row[field], labels[row[field]], row["n"])
            for row in rows
            if row[field] in labels
        ]

    return count


def _years(releases, form):
    rows = (
        releases.annotate(year=ExtractYear("publish_at"))
        .values("year")
        .annotate(n=Count("pk"))
        .order_by("-year")
    )
    return [(row["year"], str(row["year"]), row["n"]) for row in rows if row["year"]]
