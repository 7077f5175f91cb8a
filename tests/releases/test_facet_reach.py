"""Every value of every facet is a link on the list page, without
JavaScript: the most frequent first, the others under "All … countries",
by name in the reader's language, with their counts."""

import re

import pytest

from contacts.names import name_key
from tests.factories import ReleaseFactory, ThemeFactory

pytestmark = pytest.mark.django_db

COUNTRIES = [
    "PY", "BR", "AR", "CL", "PE", "BO", "EC", "CO", "VE", "UY", "MX", "GT",
    "HN", "SV", "NI", "CR", "PA", "SD", "TD", "NE",
]  # fmt: skip


@pytest.fixture
def archive():
    # Brazil in the most releases, Paraguay in the fewest.
    for n, code in enumerate(COUNTRIES):
        for m in range(1 if code == "PY" else 2 + n % 3):
            ReleaseFactory(
                countries=[code],
                title_fr=f"Communiqué {code} {m}",
                slug_fr=f"communique-{code.lower()}-{m}",
                body_fr="<p>Le texte.</p>",
            )


def test_every_country_is_one_link_away_from_the_french_list(client, archive):
    page = client.get("/fr/releases/").content.decode()
    for code in COUNTRIES:
        assert f"country={code}" in page, code
    more = re.search(r'<details class="facet__more">(.*?)</details>', page, re.S)
    assert more is not None
    assert "Les 20 pays" in more.group(1)
    # All of them by name in French: Paraguay among them, with its count.
    names = re.findall(
        r"<bdi>([^<]+)</bdi></a> <span class=\"count\">(\d+)</span>", more.group(1)
    )
    assert ("Paraguay", "1") in names
    labels = [name for name, _count in names]
    assert len(labels) == len(COUNTRIES)
    assert labels == sorted(labels, key=name_key)


def test_a_chosen_country_outside_the_top_stays_shown_and_its_link_removes_it(
    client, archive
):
    page = client.get("/en/releases/?country=PY").content.decode()
    assert re.search(
        r'aria-current="true"><span aria-hidden="true">✓ </span><bdi>Paraguay', page
    )


def test_every_theme_is_reachable_too(client):
    themes = [ThemeFactory() for _ in range(14)]
    for n, theme in enumerate(themes):
        ReleaseFactory(themes=[theme] * (1 + n % 2))
    page = client.get("/en/releases/").content.decode()
    for theme in themes:
        assert f"theme={theme.slug}" in page
    assert "All 14 themes" in page


def test_the_list_asks_no_more_queries_for_the_whole_facet(
    client, archive, django_assert_max_num_queries
):
    # As the list with no more than the top values (tests/releases/test_queries.py).
    with django_assert_max_num_queries(10):
        assert client.get("/en/releases/").status_code == 200
