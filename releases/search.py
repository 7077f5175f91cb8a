"""Full-text search over releases, in each language with its own stemming.

PostgreSQL: a stored, weighted ``tsvector`` per language column (title A,
summary and dateline B, body C), built from normalised text
(``newsroom.core.text.normalise``) with that language's configuration
(``SEARCH_CONFIGURATIONS``), a GIN index on each (made after migrate),
``websearch_to_tsquery`` for what readers type, and ``ts_rank`` to order.
Snippets (``ts_headline``) are made for the page shown only, in one query.

SQLite, the zero-setup default, has no full-text engine: every word of the
query must appear in the title, summary, dateline or body, ignoring case and
accents (``newsroom.core.text.fold``); results come newest first and snippets are
cut around the first match.
"""

import re
from functools import cache, lru_cache

import snowballstemmer
from django.apps import apps as global_apps
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection, connections
from django.db.models import F, FloatField, Q, Value
from django.db.models.functions import Coalesce, Greatest
from django.db.models.signals import post_migrate
from django.dispatch import receiver
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from newsroom.core.languages import LANGUAGE_CODES
from newsroom.core.languages import SEARCH_CONFIGURATIONS as CONFIGS
from newsroom.core.text import fold, normalise, plain_text
from releases.models.queryset import available_q
from releases.models.vectors import head_field, vector_field

TEXT_FIELDS = ("title", "summary", "dateline_place", "body")
WEIGHTS = {"title": "A", "summary": "B", "dateline_place": "B", "body": "C"}
MAX_QUERY_LENGTH = 300
# Markers ts_headline puts around matches and between passages: characters
# no text contains.
START, STOP, FRAGMENT = "\x02", "\x03", "\x04"
WORD_CORE = re.compile(r"[\W_]+")
# The same between words kept apart by spaces.
SPACED_CORE = re.compile(r"[^\w ]+|_+")
ANGLES = re.compile(r"[<>]")
SNIPPET_WORDS = 35
# Beyond this many matches, results come newest first: ranking every match
# of a word found in most releases costs more than it tells.
RANKED_AT_MOST = 5000
# Shorter stems match too much in the simple search.
MIN_STEM = 3
# Without PostgreSQL every word is a scan of every text field in every
# language searched: a query's most telling words are looked for, this many.
SIMPLE_WORDS_AT_MOST = 8


def full_text():
    """Whether the database does real full-text search (PostgreSQL)."""
    return connection.vendor == "postgresql"


def document(release, language):
    """``[(text, weight)]``: what is indexed of ``release`` in ``language``."""
    parts = []
    for field in TEXT_FIELDS:
        value = getattr(release, f"{field}_{language}") or ""
        text = plain_text(value) if field == "body" else value
        if text:
            parts.append((normalise(text), WEIGHTS[field]))
    return parts


def vectors(release):
    """The search vectors of ``release``, as expressions: per language, the
    whole text (matched through its GIN index) and its head — title,
    summary, dateline — small enough to rank thousands of matches quickly.

    A language the release is not available in gets none: a match is then
    also proof that the release can be read in that language.
    """
    result = {}
    available = release.languages()
    for code in LANGUAGE_CODES:
        whole = head = None
        if code in available:
            for text, weight in document(release, code):
                part = SearchVector(Value(text), config=CONFIGS[code], weight=weight)
                whole = part if whole is None else whole + part
                if weight != WEIGHTS["body"]:
                    head = part if head is None else head + part
        result[vector_field(code)] = whole
        result[head_field(code)] = head
    return result


def index_release(release):
    """Store ``release``'s search vectors (PostgreSQL; nothing to do elsewhere)."""
    if not full_text():
        return
    type(release).objects.filter(pk=release.pk).update(**vectors(release))


def search(releases, query, languages):
    """``releases`` matching ``query`` in any of ``languages``, best first.

    A match is in a language the release is available in: no need to filter
    ``releases`` by language first (which would cost PostgreSQL reading every
    matching body).
    """
    if full_text():
        return _search_postgresql(releases, query, languages)
    return _search_simple(releases, query, languages)


def _search_postgresql(releases, query, languages):
    text = normalise(query)
    condition, ranks = Q(), []
    for code in languages:
        tsquery = SearchQuery(text, config=CONFIGS[code], search_type="websearch")
        condition |= Q(**{vector_field(code): tsquery})
        ranks.append(
            Coalesce(
                SearchRank(F(head_field(code)), tsquery),
                Value(0.0),
                output_field=FloatField(),
            )
        )
    rank = ranks[0] if len(ranks) == 1 else Greatest(*ranks)
    return (
        releases.filter(condition)
        .annotate(rank=rank)
        .order_by("-rank", "-publish_at", "-pk")
    )


def words(query):
    """The words of a query, without websearch's quotes, minus signs and OR."""
    found = re.findall(r"\w+", normalise(query).casefold())
    return [word for word in found if word != "or"]


@cache
def _stemmer(configuration):
    """The Snowball stemmer PostgreSQL's ``configuration`` is built on; None
    for "simple", which keeps words as they are."""
    if configuration in snowballstemmer.algorithms():
        return snowballstemmer.stemmer(configuration)
    return None


# The article and the prepositions written joined to it, longest first:
# «للهجرة», «بالهجرة», «والهجرة» and «الهجرة» are all «هجرة» to a reader, as
# they are to PostgreSQL's Arabic configuration.
ARABIC_PREFIXES = ("وبال", "فبال", "بال", "وال", "فال", "كال", "لل", "ال")


def without_arabic_article(word):
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    return word


def stem(word, language):
    """What of ``word`` to look for, folded: its Snowball stem, cut back to
    what it shares with the word ("countries" → "countr", so that "country"
    matches too); an Arabic word without its article."""
    if language == "ar":
        word = without_arabic_article(word)
    stemmer = _stemmer(CONFIGS[language])
    stemmed = stemmer.stemWord(word) if stemmer else word
    length = 0
    while length < min(len(word), len(stemmed)) and word[length] == stemmed[length]:
        length += 1
    common = word[:length]
    return fold(common if len(common) >= MIN_STEM else word)


@lru_cache(maxsize=256)
def simple_needles(query, language):
    """What the simple search looks for: each word's stem once, the longest
    (the most telling) first, at most SIMPLE_WORDS_AT_MOST of them — a
    150-word query costs no more than an 8-word one."""
    needles = {stem(word, language) for word in set(words(query))}
    return tuple(
        sorted(needles, key=lambda needle: (-len(needle), needle))[
            :SIMPLE_WORDS_AT_MOST
        ]
    )


def _search_simple(releases, query, languages):
    in_a_language = Q()
    for code in languages:
        every_word = available_q(code)
        for needle in simple_needles(query, code) or [""]:
            in_a_field = Q()
            for field in TEXT_FIELDS:
                in_a_field |= Q(**{f"{field}_{code}__folded__contains": needle})
            every_word &= in_a_field
        in_a_language |= every_word
    return releases.filter(in_a_language).order_by("-publish_at", "-pk")


def snippets(releases, query):
    """``{pk: safe HTML}``: a passage of each release's text, in the language
    the reader will open it in, with the query's words marked — for the
    releases on the page shown only, in one query.

    PostgreSQL picks the passages and the matching words (stemmed, so
    "traites" marks "traite") on the normalised text; the reader sees the
    words as written, which normalising changes word by word, never the
    number of words.
    """
    texts = {}
    for release in releases:
        language = release.for_reader()["language"]
        if tokens := searched_text(release, language).split():
            texts[release.pk] = (language, tokens)
    if not texts:
        return {}
    if full_text():
        passages = _headlines(texts, query)
    else:
        passages = {
            pk: _cut(tokens, simple_needles(query, language))
            for pk, (language, tokens) in texts.items()
        }
    return {pk: _render(texts[pk][1], passages[pk]) for pk in passages}


def searched_text(release, language):
    """The summary and body of ``release`` in ``language``, as plain text."""
    summary = getattr(release, f"summary_{language}") or ""
    body = plain_text(getattr(release, f"body_{language}") or "")
    return " ".join(part for part in (summary, body) if part)


def _headlines(texts, query):
    """``{pk: [(start, [marked?…])]}`` from ts_headline, every text at once,
    each with its language's configuration: one query for the whole page."""
    options = (
        f"StartSel={START}, StopSel={STOP}, MaxWords={SNIPPET_WORDS}, "
        f"MinWords=15, MaxFragments=2, FragmentDelimiter={FRAGMENT}"
    )
    keys = list(texts)
    # Angle brackets go: ts_headline would take "<script>" written as text
    # for a tag and drop it. Words keep their places.
    normalised = {key: _normalised(texts[key][1]) for key in keys}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT ts_headline(c, t, websearch_to_tsquery(c, %s), %s) "
            "FROM unnest(%s::regconfig[], %s::text[]) WITH ORDINALITY "
            "AS texts(c, t, n) ORDER BY n",
            [
                normalise(query),
                options,
                [CONFIGS[texts[key][0]] for key in keys],
                [" ".join(normalised[key]) for key in keys],
            ],
        )
        headlines = [row[0] for row in cursor.fetchall()]
    return {
        key: _locate(headline, normalised[key])
        for key, headline in zip(keys, headlines, strict=True)
    }


def _normalised(tokens):
    """Each of ``tokens`` normalised, without angle brackets: the whole text
    at once (a page's twenty texts are thousands of words), word by word
    only where normalising made two words of one."""
    words = _by_words(lambda text: normalise(text).replace("<", "").replace(">", ""))
    return words(tokens)


def _cores(tokens):
    """Each of ``tokens``' letters and digits, case folded (``_core``)."""
    return _by_words(lambda text: SPACED_CORE.sub("", text).casefold())(tokens)


def _by_words(change):
    """``change``, a function of text that keeps words apart, applied to a
    list of words (none holds a space) in one call when it does keep them
    apart, word by word where it does not."""

    def changed(tokens):
        parts = change(" ".join(tokens)).split(" ")
        if len(parts) == len(tokens):
            return parts
        return [change(token) for token in tokens]

    return changed


def _locate(headline, tokens):
    """Where each passage of ``headline`` starts in ``tokens``, and which of
    its words are marked.

    ts_headline trims punctuation at a passage's edges, so words are compared
    by their letters and digits only.
    """
    words = [(index, core) for index, core in enumerate(_cores(tokens)) if core]
    cores = [core for _index, core in words]
    fragments = []
    for passage in headline.split(FRAGMENT):
        shown = [(word, _core(word)) for word in passage.split()]
        shown = [(word, core) for word, core in shown if core]
        at = _find([core for _word, core in shown], cores)
        if not shown or at is None:
            continue
        first, last = words[at][0], words[at + len(shown) - 1][0]
        marked = {
            words[at + n][0] for n, (word, _core_) in enumerate(shown) if START in word
        }
        fragments.append((first, [i in marked for i in range(first, last + 1)]))
    return fragments


def _core(word):
    return WORD_CORE.sub("", word).casefold()


def _find(needle, haystack):
    size = len(needle)
    for start in range(len(haystack) - size + 1):
        if haystack[start : start + size] == needle:
            return start
    return None


def _cut(tokens, stems):
    """About SNIPPET_WORDS words from just before the first word that holds
    one of ``stems`` (folded)."""
    folded = [fold(token) for token in tokens]
    matches = [any(stem and stem in token for stem in stems) for token in folded]
    first = matches.index(True) if True in matches else 0
    start = max(0, first - SNIPPET_WORDS // 3)
    return [(start, matches[start : start + SNIPPET_WORDS])]


def _render(tokens, fragments):
    """The passages as HTML: the words as written, escaped, matches marked."""
    passages = []
    for start, marks in fragments:
        shown = tokens[start : start + len(marks)]
        passages.append(
            " ".join(
                format_html("<mark>{}</mark>", word) if mark else escape(word)
                for word, mark in zip(shown, marks, strict=False)
            )
        )
    html = " … ".join(passages)
    if fragments and fragments[0][0] > 0:
        html = "… " + html
    if fragments and fragments[-1][0] + len(fragments[-1][1]) < len(tokens):
        html += " …"
    return mark_safe(html)


class GinIndex:
    """The SQL to create and drop one language's GIN index (PostgreSQL only)."""

    def __init__(self, language):
        name = f"releases_release_search_{language}_gin"
        self.create = (
            f"CREATE INDEX IF NOT EXISTS {name} ON releases_release "
            f"USING gin ({vector_field(language)})"
        )
        self.drop = f"DROP INDEX IF EXISTS {name}"


# The indexes migration 0005 made, with the vectors of the languages the
# site had then: it runs before any language added since has its columns.
GIN_INDEXES = [GinIndex(code) for code in ("en", "fr", "es", "ar")]


@receiver(post_migrate)
def create_gin_indexes(app_config, using="default", apps=global_apps, **kwargs):
    """Give each language's vectors their GIN index once they exist (after
    ``migrate``): a language added to settings.LANGUAGES needs no more than
    the migration makemigrations writes for its columns."""
    database = connections[using]
    if app_config.label != "releases" or database.vendor != "postgresql":
        return
    try:
        release = apps.get_model("releases", "Release")
    except LookupError:
        # Migrated back to before the releases app.
        return
    columns = {field.column for field in release._meta.fields}
    with database.cursor() as cursor:
        for code in LANGUAGE_CODES:
            if vector_field(code) in columns:
                cursor.execute(GinIndex(code).create)


def index_all(model, using=connection, batch=500):
    """Rebuild every release's search vectors; returns how many were indexed."""
    if using.vendor != "postgresql":
        return 0
    done = 0
    # Whole rows: the text fields are most of a release anyway.
    releases = model.objects.order_by("pk")
    for release in releases.iterator(chunk_size=batch):
        model.objects.filter(pk=release.pk).update(**vectors(release))
        done += 1
    return done
