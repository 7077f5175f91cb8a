"""Names: a key to notice the same person entered twice, slugs, and sorting."""

from django_countries import countries

from newsroom.core.text import fold


def name_key(name):
    """``"  Javier DÍAZ  Verón"`` → ``"javier diaz veron"``.

    Case, accents and spacing vary between two press officers typing the same
    name; the key does not.
    """
    return " ".join(fold(name).split())


def country_choices(codes):
    """``[(code, name)]`` in the reader's language, by name, accents ignored
    (so that "Égypte" comes between "Costa Rica" and "Paraguay")."""
    return sorted(
        ((code, countries.name(code)) for code in codes),
        key=lambda choice: name_key(str(choice[1])),
    )
