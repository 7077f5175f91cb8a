"""Names: a key to notice the same person entered twice, slugs, and sorting."""

import unicodedata

from django_countries import countries


def name_key(name):
    """``"  Javier DÍAZ  Verón"`` → ``"javier diaz veron"``.

    Case, accents and spacing vary between two press officers typing the same
    name; the key does not.
    """
    decomposed = unicodedata.normalize("NFKD", name or "")
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def country_choices(codes):
    """``[(code, name)]`` in the reader's language, by name, accents ignored
    (so that "Égypte" comes between "Costa Rica" and "Paraguay")."""
    return sorted(
        ((code, countries.name(code)) for code in codes),
        key=lambda choice: name_key(str(choice[1])),
    )
