"""``field__folded__contains``: a case- and accent-blind match for SQLite.

SQLite has no full-text engine worth the name here; this is the simple
fallback search (releases/search.py). The folding is newsroom.core.text.fold, the
same Python function that folds the query, registered on every SQLite
connection.
"""

from functools import lru_cache

from django.db import models
from django.db.backends.signals import connection_created
from django.dispatch import receiver

from newsroom.core.text import fold


class Folded(models.Transform):
    lookup_name = "folded"
    function = "newsroom_fold"


models.CharField.register_lookup(Folded)
models.TextField.register_lookup(Folded)


# A search folds the same texts once per word and per query of its page (the
# list, its count, its facets): each text is folded once, then remembered.
# About a thousand texts: the demo's every field in every language.
remembered_fold = lru_cache(maxsize=1024)(fold)


@receiver(connection_created)
def add_fold_function(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_function(
            "newsroom_fold", 1, remembered_fold, deterministic=True
        )
