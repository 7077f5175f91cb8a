"""Arabic on the simple search (SQLite, the zero-setup default): a word
finds the releases that write it with the article or a preposition joined
to it, whichever of the spellings is searched — as PostgreSQL's Arabic
configuration does."""

import pytest
from django.db import connection

from tests.factories import ReleaseFactory
from tests.releases.searching import found

pytestmark = pytest.mark.django_db

SPELLINGS = ["الهجرة", "للهجرة", "بالهجرة", "والهجرة", "فالهجرة", "كالهجرة"]
# PostgreSQL's Arabic stemmer takes off the article, «لل», «بال» and «كال»
# but leaves «وال» and «فال» on: the simple search goes further.
ON_POSTGRESQL = ["الهجرة", "للهجرة", "بالهجرة", "كالهجرة"]


def spellings():
    return ON_POSTGRESQL if connection.vendor == "postgresql" else SPELLINGS


@pytest.fixture
def releases():
    return {
        spelling: ReleaseFactory(
            original_language="ar",
            title_ar=f"بيان عن {spelling} في المنطقة",
            slug_ar=f"bayan-{n}",
            body_ar="<p>نص البيان.</p>",
            summary_ar="ملخص.",
        )
        for n, spelling in enumerate(spellings())
    }


@pytest.mark.parametrize("n", range(len(SPELLINGS)))
def test_every_spelling_finds_every_other(client, releases, n):
    if n >= len(spellings()):
        pytest.skip("PostgreSQL keeps this prefix (see ON_POSTGRESQL).")
    query = spellings()[n]
    assert set(found(client, "ar", query)) == {
        release.pk for release in releases.values()
    }


def test_a_word_that_merely_begins_like_the_article_is_kept(client):
    # «الف» (a thousand) is not «ف» with an article.
    ReleaseFactory(
        original_language="ar",
        title_ar="ألف لاجئ",
        slug_ar="alf",
        body_ar="<p>نص.</p>",
    )
    assert found(client, "ar", "ألف")
