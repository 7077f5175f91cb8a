"""What a public page tells its reader of the translation they read."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language, get_language_info

from translations.models import Standing, TranslationState


def translation_status(release, language):
    """For a release read in a translation whose original changed since it
    was made or checked: the original's language, page and when it changed;
    else None. One query."""
    original = release.original_language
    if language == original or not release.is_available_in(original):
        return None
    states = {
        state.language: state
        for state in TranslationState.objects.filter(
            content_type=ContentType.objects.get_for_model(release),
            object_id=release.pk,
            language__in=[language, original],
        )
    }
    mine, source = states.get(language), states.get(original)
    if mine is None or source is None or mine.standing != Standing.OUTDATED:
        return None
    return {
        "language": original,
        "name": language_in_sentence(original),
        "url": release.url_in(original),
        "updated_at": source.source_changed_at,
    }


# Languages whose names are written in lower case inside a sentence.
LOWER_CASE_NAMES = {"fr", "es"}


def language_in_sentence(code):
    """The language's name in the reader's language, as written inside a
    sentence ("French", « français », «francés», "الفرنسية")."""
    name = str(get_language_info(code)["name_translated"])
    return name.lower() if get_language() in LOWER_CASE_NAMES else name
