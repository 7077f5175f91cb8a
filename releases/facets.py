"""Facets: how many results each country, theme, kind, year and region
would give, for the current search and the other filters.

Each facet counts with every filter but its own, so a reader who picked
Paraguay still sees how many results Brazil would give. On PostgreSQL the
facets whose filter is not in use, and the number of results, come from one
query (the search runs once, in a CTE); a facet in use costs one more. On
SQLite each facet is one query.
"""

from collections import Counter

from django.db import connection
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries

from contacts.names import name_key
from newsroom.core.pages import fragment, lasting
from releases.models import Kind, Region, Release

FACETS = {
    "country": _("Country"),
    "theme": _("Theme"),
    "kind": _("Kind"),
    "year": _("Year"),
    "region": _("Region"),
}
MOST_VALUES = 12
# Facets whose values grow with the archive: the most frequent are shown,
# the others behind "all …".
LONG = {"country", "theme"}
# The releases' links to their themes (PostgreSQL's counts read it).
THEMES = Release.themes.through._meta.db_table


def facets(form, found):
    """``(facets, total)``: ``[{"name", "label", "values": [{"value", "label",
    "count", "active"}]}]`` for the list page, and the number of results.
    ``found`` is the searched queryset before any filter."""
    # Counting reads every matching release: done once a generation of the
    # content for each language, search and filters (newsroom/core/pages.py).
    counts, total = fragment(
        "facets",
        (translation.get_language(), sorted(form.active().items())),
        lambda: _kept_counts(form, found),
    )
    chosen = form.cleaned_data
    result = []
    for name, label in FACETS.items():
        rows = _labelled(name, counts[name], form)
        shown = _keep_chosen(rows, chosen.get(name)) if name in LONG else rows
        # When some are not shown: all of them, a click away, by name in the
        # reader's language (the easiest list to find one in).
        rest = (
            sorted(rows, key=lambda r: name_key(str(r[1])))
            if len(shown) < len(rows)
            else []
        )
        values, more = (
            [
                {
                    "value": value,
                    "label": text,
                    "count": count,
                    "active": str(chosen.get(name) or "") == str(value),
                }
                for value, text, count in part
            ]
            for part in (shown, rest)
        )
        if values:
            result.append(
                {
                    "name": name,
                    "label": label,
                    "values": values,
                    "more": more,
                    "more_label": more and all_of(name, len(rows)),
                }
            )
    return result, total


def all_of(name, count):
    """ "All 57 countries": the list of every value, shown first or not."""
    if name == "country":
        text = ngettext("All %(count)d country", "All %(count)d countries", count)
    else:
        text = ngettext("All %(count)d theme", "All %(count)d themes", count)
    return text % {"count": count}


def _kept_counts(form, found):
    """The counts, kept beyond the generation for as long as what they count
    is the same: most changes (a word corrected, a draft, an event) leave
    every count as it was, and the first list after them need not count the
    archive again. Checking costs one query that reads an index, not the
    releases (``_state``). On PostgreSQL, for lists without a search; a
    search's counts are kept for the generation only."""
    if connection.vendor != "postgresql" or form.query:
        return _counts(form, found)
    return lasting(
        "facet-counts",
        lambda: (
            translation.get_language(),
            sorted(form.active().items()),
            timezone.get_current_timezone_name(),
            _state(found),
        ),
        lambda: _counts(form, found),
    )


def _state(found):
    """A digest of all the facets count of ``found`` (the public releases in
    a language): how many, and a sum of hashes of each one's id, kind,
    region, countries and year; and the releases' links to themes, as many
    and the newest (Django never updates such a link: it deletes it and
    makes another)."""
    sql, params = _counted_sql(found)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*), coalesce(sum(hashtextextended(concat_ws(' ', m.id, "
            "m.kind, m.region, m.countries, "
            "extract(year FROM m.publish_at AT TIME ZONE %s)), 0)), 0), "
            f"(SELECT count(*) FROM {THEMES}), (SELECT max(id) FROM {THEMES}) "
            f"FROM ({sql}) m",
            [timezone.get_current_timezone_name(), *params],
        )
        return tuple(cursor.fetchone())


def _counts(form, found):
    if connection.vendor == "postgresql":
        return _counted_in_sql(form, found)
    counts = {name: _counted(form.filter(found, skip=name), name) for name in FACETS}
    return counts, form.filter(found).count()


def _labelled(name, counts, form):
    """``[(value, label, count)]`` in the order readers scan them."""
    if name == "country":
        rows = [(code, countries.name(code), n) for code, n in counts.items() if code]
        rows.sort(key=lambda row: (-row[2], name_key(str(row[1]))))
        return rows
    if name == "theme":
        themes = {str(theme.pk): theme for theme in form.themes.values()}
        rows = [
            (themes[pk].slug, themes[pk].name, n)
            for pk, n in counts.items()
            if pk in themes
        ]
        rows.sort(key=lambda row: (-row[2], name_key(str(row[1]))))
        return rows
    if name == "year":
        return sorted(
            ((int(year), str(year), n) for year, n in counts.items() if year),
            reverse=True,
        )
    labels = dict((Kind if name == "kind" else Region).choices)
    rows = [(value, labels[value], n) for value, n in counts.items() if value in labels]
    return sorted(rows, key=lambda row: -row[2])


def _keep_chosen(rows, chosen):
    """The most frequent values, and the chosen one even if it is not."""
    shown = rows[:MOST_VALUES]
    if chosen and all(row[0] != chosen for row in shown):
        shown += [row for row in rows if row[0] == chosen]
    return shown


# ----- PostgreSQL: one query for the facets not in use, and the total -----

SECTIONS = {
    "kind": "SELECT 'kind', kind, count(*) FROM m GROUP BY kind",
    "region": "SELECT 'region', region, count(*) FROM m GROUP BY region",
    "year": (
        "SELECT 'year', extract(year FROM publish_at AT TIME ZONE %s)::int::text, "
        "count(*) FROM m GROUP BY 2"
    ),
    "country": (
        "SELECT 'country', code, count(*) FROM m "
        "CROSS JOIN unnest(string_to_array(m.countries, ',')) AS code GROUP BY code"
    ),
    "theme": (
        "SELECT 'theme', t.theme_id::text, count(*) FROM m "
        "JOIN {themes} t ON t.release_id = m.id GROUP BY t.theme_id"
    ),
}


def _counted_in_sql(form, found):
    in_use = [name for name in FACETS if form.cleaned_data.get(name)]
    counts, total = _sql_counts(
        form.filter(found), [name for name in FACETS if name not in in_use], True
    )
    for name in in_use:
        more, _total = _sql_counts(form.filter(found, skip=name), [name], False)
        counts[name] = more[name]
    return counts, total


def _counted_sql(releases):
    """``(sql, params)``: what the facets count of ``releases``, a row each,
    as the index of the public releases in a language holds it."""
    base = releases.order_by().values("id", "kind", "region", "publish_at", "countries")
    return base.query.sql_with_params()


def _sql_counts(releases, names, with_total):
    sql, params = _counted_sql(releases)
    sections, extra = [], []
    if with_total:
        sections.append("SELECT 'total', '', count(*) FROM m")
    for name in names:
        sections.append(SECTIONS[name].format(themes=THEMES))
        if name == "year":
            extra.append(timezone.get_current_timezone_name())
    counts = {name: Counter() for name in FACETS}
    total = 0
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH m AS MATERIALIZED ({sql}) " + " UNION ALL ".join(sections),
            [*params, *extra],
        )
        for name, value, n in cursor.fetchall():
            if name == "total":
                total = n
            else:
                counts[name][value] = n
    return counts, total


# ----- SQLite: a query a facet -----


def _counted(releases, name):
    releases = releases.order_by()
    if name == "country":
        counted = Counter()
        for value in releases.values_list("countries", flat=True):
            counted.update(code for code in value.split(",") if code)
        return counted
    if name == "theme":
        rows = releases.filter(themes__isnull=False).values_list("themes")
        return Counter(
            {
                str(pk): n
                for pk, n in rows.annotate(n=Count("pk")).values_list("themes", "n")
            }
        )
    if name == "year":
        rows = releases.annotate(year=ExtractYear("publish_at")).values("year")
        return Counter({row["year"]: row["n"] for row in rows.annotate(n=Count("pk"))})
    rows = releases.values(name).annotate(n=Count("pk"))
    return Counter({row[name]: row["n"] for row in rows})
