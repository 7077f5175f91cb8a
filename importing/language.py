"""Which of the four languages a text is written in, from its words."""

import re

from importing.words import word_set
from newsroom.core.text import fold

# Words that tell the four languages apart (folded).
LANGUAGE_WORDS = {
    "en": word_set("the and of to is for on with that said was were by from this "
                   "are have has will which their"),
    "fr": word_set("les des du et est une dans qui sur au aux avec pour ont été "
                   "sont cette leur par ainsi"),
    "es": word_set("el los las del y una por para con se su fue según también "
                   "como sus este esta entre"),
}  # fmt: skip
ARABIC_LETTER = re.compile("[\u0621-\u064a]")
LATIN_LETTER = re.compile("[A-Za-zÀ-ÿ]")


def detect_language(text):
    """ "en", "fr", "es" or "ar", from the words of ``text``; None when there
    are too few to tell."""
    arabic = len(ARABIC_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if arabic and arabic >= latin:
        return "ar"
    words = re.findall(r"[^\W\d_]+", fold(text))
    scores = {
        code: sum(word in known for word in words)
        for code, known in LANGUAGE_WORDS.items()
    }
    best = max(scores, key=scores.get)
    if scores[best] >= 3:
        return best
    # A few words only: letters only French or only Spanish uses.
    french = len(re.findall("[èêàçœùûâîôë]", text.lower()))
    spanish = len(re.findall("[ñ¿¡áíóú]", text.lower()))
    if french or spanish:
        return "fr" if french > spanish else "es"
    return best if scores[best] else None
