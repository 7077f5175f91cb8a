"""Facets on the release list: how many results each country, theme, kind,
year and region gives for the current search, as links that keep the rest."""

import re
from datetime import UTC, datetime, timedelta
from html import unescape

import pytest
import time_machine
from django.http import QueryDict

from releases.models import Kind, Region
from tests.factories import ReleaseFactory, ThemeFactory
from tests.releases.test_visibility import release_in

pytestmark = pytest.mark.django_db

FACETS = ("country", "theme", "kind", "year", "region")


def published(year):
    return datetime(year, 6, 15, 12, tzinfo=UTC)


@pytest.fixture
def health():
    return ThemeFactory(name_en="Health", slug_en="health")


@pytest.fixture
def borders():
    return ThemeFactory(name_en="Borders", slug_en="borders")


@pytest.fixture
def floods(health, borders):
    """Four public releases about floods, and one about something else."""
    about = "<p>Floods displaced thousands of families</p>"
    return [
        ReleaseFactory(
            body_en=about,
            countries=["PY", "BR"],
            themes=[health],
            kind=Kind.NEWS,
            publish_at=published(2024),
            region=Region.AMERICAS,
        ),
        ReleaseFactory(
            body_en=about,
            countries=["PY"],
            themes=[borders],
            kind=Kind.PRESS_RELEASE,
            publish_at=published(2025),
            region=Region.AMERICAS,
        ),
        ReleaseFactory(
            body_en=about,
            countries=["BR"],
            themes=[health, borders],
            kind=Kind.STATEMENT,
            publish_at=published(2025),
            region=Region.GLOBAL,
        ),
        ReleaseFactory(
            body_en=about,
            countries=["SN"],
            themes=[health],
            kind=Kind.NEWS,
            publish_at=published(2023),
            region=Region.AFRICA,
        ),
        ReleaseFactory(
            body_en="<p>A new office opens in Paris</p>",
            countries=["PY", "FR"],
            themes=[health],
            kind=Kind.NEWS,
            publish_at=published(2025),
            region=Region.EUROPE,
        ),
    ]


def listing(client, **params):
    response = client.get("/en/releases/", params)
    assert response.status_code == 200
    return response


def counts(response):
    """``{facet: {value: count}}`` as the page shows them."""
    return {
        facet["name"]: {
            str(value["value"]): value["count"] for value in facet["values"]
        }
        for facet in response.context["facets"]
    }


def result_count(response):
    return response.context["page_obj"].paginator.count


def facet_links(response):
    """``{label: (parameters, active?)}`` for every facet link on the page."""
    aside = re.search(r'<aside class="listing__facets".*?</aside>', response.text, re.S)
    links = re.findall(
        r'<a href="\?([^"]*)" rel="nofollow"( aria-current="true")?>.*?'
        r"<bdi>(.*?)</bdi>",
        aside.group(0),
        re.S,
    )
    return {
        unescape(label): (QueryDict(unescape(query)), bool(active))
        for query, active, label in links
    }


def test_facets_count_the_results_of_the_search(client, floods):
    response = listing(client, q="floods")

    assert result_count(response) == 4
    assert counts(response) == {
        "country": {"PY": 2, "BR": 2, "SN": 1},
        "theme": {"health": 3, "borders": 2},
        "kind": {"news": 2, "press_release": 1, "statement": 1},
        "year": {"2025": 2, "2024": 1, "2023": 1},
        "region": {"americas": 2, "global": 1, "africa": 1},
    }


def test_without_a_search_facets_count_every_public_release(client, floods):
    response = listing(client)

    assert counts(response)["country"] == {"PY": 3, "BR": 2, "SN": 1, "FR": 1}
    assert counts(response)["region"]["europe"] == 1


@pytest.mark.parametrize(
    "params",
    [
        {"q": "floods"},
        {"q": "floods", "country": "PY"},
        {"q": "floods", "theme": "health", "year": "2025"},
        {"q": "floods", "kind": "news", "region": "africa"},
        {},
    ],
    ids=["search", "country", "theme-year", "kind-region", "everything"],
)
def test_following_a_facet_link_gives_as_many_results_as_its_count(
    client, floods, params
):
    response = listing(client, **params)

    for facet in response.context["facets"]:
        for value in facet["values"]:
            if value["active"]:
                # Its link removes it; its count is the results shown.
                assert value["count"] == result_count(response)
                continue
            followed = client.get(f"/en/releases/?{value['query_string']}")
            assert result_count(followed) == value["count"], (facet["name"], value)


def test_a_facets_own_filter_does_not_shrink_its_counts(client, floods):
    response = listing(client, q="floods", country="PY")

    assert result_count(response) == 2
    # Brazil's count is what picking Brazil instead would give.
    assert counts(response)["country"] == {"PY": 2, "BR": 2, "SN": 1}
    # The other facets count within Paraguay.
    assert counts(response)["theme"] == {"health": 1, "borders": 1}
    assert counts(response)["year"] == {"2025": 1, "2024": 1}
    assert counts(response)["region"] == {"americas": 2}


def test_the_other_filters_narrow_every_facet_but_their_own(client, floods):
    response = listing(client, q="floods", theme="borders", kind="statement")

    assert result_count(response) == 1
    assert counts(response)["country"] == {"BR": 1}
    assert counts(response)["theme"] == {"health": 1, "borders": 1}
    assert counts(response)["kind"] == {"press_release": 1, "statement": 1}


def test_facet_links_keep_the_search_and_the_other_filters(client, floods):
    response = listing(client, q="floods", country="PY", kind="news", scope="all")

    parameters, active = facet_links(response)["Health"]

    assert not active
    assert parameters.dict() == {
        "q": "floods",
        "scope": "all",
        "country": "PY",
        "kind": "news",
        "theme": "health",
    }
    brazil, _ = facet_links(response)["Brazil"]
    assert brazil.dict() == {
        "q": "floods",
        "scope": "all",
        "country": "BR",
        "kind": "news",
    }


def test_the_active_values_link_removes_it_and_only_it(client, floods):
    response = listing(client, q="floods", country="PY", year="2025", page="1")

    paraguay, active = facet_links(response)["Paraguay"]
    year, year_active = facet_links(response)["2025"]

    assert active and year_active
    assert paraguay.dict() == {"q": "floods", "year": "2025"}
    assert year.dict() == {"q": "floods", "country": "PY"}
    assert 'aria-current="true"' in response.text


def test_facets_follow_the_language_scope(client, floods):
    ReleaseFactory(
        original_language="fr",
        title_en="",
        slug_en="",
        body_en="",
        title_fr="Inondations",
        body_fr="<p>Les inondations au Mali</p>",
        countries=["ML"],
    )

    assert counts(listing(client, q="inondations")) == {}
    assert counts(listing(client, q="inondations", scope="all"))["country"] == {"ML": 1}


@pytest.mark.parametrize("state", ["draft", "in_review", "embargoed", "withdrawn"])
def test_a_release_that_is_not_public_is_never_counted(client, floods, state):
    release_in(
        state,
        body_en="<p>Floods in the north</p>",
        countries=["DE"],
        themes=[ThemeFactory(name_en="Hidden", slug_en="hidden")],
        kind=Kind.MEDIA_ADVISORY,
        region=Region.EUROPE,
    )

    for params in ({"q": "floods"}, {"q": "floods", "scope": "all"}, {}):
        shown = counts(listing(client, **params))
        assert "DE" not in shown["country"]
        assert "hidden" not in shown["theme"]
        assert "media_advisory" not in shown["kind"]


def test_an_embargoed_release_is_counted_at_its_time_with_no_action(client, floods):
    release = release_in(
        "embargoed",
        body_en="<p>Floods in the north</p>",
        countries=["DE"],
        kind=Kind.MEDIA_ADVISORY,
    )

    assert "DE" not in counts(listing(client, q="floods"))["country"]
    with time_machine.travel(release.publish_at + timedelta(minutes=1), tick=False):
        response = listing(client, q="floods")
        assert counts(response)["country"]["DE"] == 1
        assert counts(response)["kind"]["media_advisory"] == 1
        assert result_count(response) == 5


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"country": "XX"}, "Select a valid choice"),
        ({"theme": "no-such-theme"}, "Select a valid choice"),
        ({"kind": "rumour"}, "Select a valid choice"),
        ({"year": "last"}, "Enter a whole number"),
        ({"year": "99999"}, "less than or equal to 2999"),
        ({"region": "moon", "q": "floods"}, "Select a valid choice"),
    ],
)
def test_an_unknown_filter_value_is_a_400_that_says_which(
    client, floods, params, message
):
    response = client.get("/en/releases/", params)

    assert response.status_code == 400
    assert message in response.text
    assert response.context["facets"] == []
    assert response.context["cards"].pks == []
