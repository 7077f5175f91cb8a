"""A large newsroom made up from a seed, for benchmarks on PostgreSQL.

``manage.py generate_newsroom`` makes a whole press room with it (themes,
offices, officials, press contacts, pictures, events and releases linked to
them: ``newsroom.generate``); ``manage.py bench_search`` uses its releases only
(``releases.fill``). Release texts are the demo releases' own words drawn in
their natural frequencies; releases go in by thousands with ``bulk_create``
and PostgreSQL computes their search vectors (``releases.index_in_sql``).

The same seed makes the same newsroom. Running again tops up: people, offices,
themes, pictures and events are found again by their slug or name, and only
the releases missing are added.
"""

import random

from newsroom.core.languages import LANGUAGE_CODES


def in_languages(values):
    """``("Chief of Mission", "Chef de mission", …)`` → ``{"en": …, "fr": …}``."""
    return dict(zip(LANGUAGE_CODES, values, strict=True))


def part_rng(seed, part):
    """Each part draws from its own stream: a change to one part leaves the
    others as they were."""
    return random.Random(f"{seed}:{part}")
