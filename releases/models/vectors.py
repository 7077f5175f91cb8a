"""A release's stored full-text search vectors: a pair per language of
settings.LANGUAGES, so that a language added there gets its columns from the
migration makemigrations writes (searched in releases/search.py)."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models

from newsroom.core.languages import LANGUAGE_CODES


def vector_field(language):
    """The vector of the whole text in ``language``, matched through its GIN index."""
    return f"search_{language}"


def head_field(language):
    """The vector of the title, summary and dateline only: what ranks the
    matches, small enough to rank thousands of them quickly."""
    return f"search_head_{language}"


VECTORS = (*map(vector_field, LANGUAGE_CODES), *map(head_field, LANGUAGE_CODES))


class SearchVectors(models.Model):
    """Kept current by Release.save(), rebuilt by
    ``manage.py rebuild_search_index``; empty without PostgreSQL."""

    class Meta:
        abstract = True


for name in VECTORS:
    SearchVectors.add_to_class(name, SearchVectorField(null=True, editable=False))
