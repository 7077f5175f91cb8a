from django.db import models
from django.db.models import Q
from django.utils import timezone

from newsroom.core.languages import any_language_q
from releases.models.choices import LANGUAGE_CODES, Status
from releases.models.vectors import VECTORS


def available_q(language):
    """A release is available in a language when its title and body exist in
    it (text after the empty one: neither null nor empty). Written as the
    indexes of the public releases in each language say it
    (``public_indexes``), so that PostgreSQL reads those for lists and
    facets."""
    return Q(**{f"title_{language}__gt": ""}) & Q(**{f"body_{language}__gt": ""})


def public_indexes():
    """For each language, the public releases in it by publication date,
    with what lists and facets read of them: a list, a facet's counts or the
    check that counts kept are still right reads the index alone, never the
    releases' rows (PostgreSQL; elsewhere, the columns are not included)."""
    return [
        models.Index(
            fields=["publish_at"],
            include=["id", "kind", "region", "countries"],
            condition=Q(status=Status.PUBLISHED) & available_q(code),
            name=f"release_public_{code}",
        )
        for code in LANGUAGE_CODES
    ]


def _public_q(now):
    return Q(status=Status.PUBLISHED, publish_at__lte=now)


class ReleaseQuerySet(models.QuerySet):
    def without_vectors(self):
        # The search vectors are read by PostgreSQL for searching, never by a
        # page. As text, a release's weigh more than its body: pages leave
        # them in the table.
        return self.defer(*VECTORS)

    def public(self):
        """Releases anyone may read: published, and past their embargo.

        The only definition of "public": every public page, list and feed
        starts here. An embargo lifts by itself because ``now`` is taken at
        query time.
        """
        return self.filter(_public_q(timezone.now())).without_vectors()

    def reachable(self):
        """Public releases, plus withdrawn ones that had been public.

        A withdrawn release's address keeps answering with its withdrawal note,
        but it leaves every list: lists use ``public()``.
        """
        now = timezone.now()
        return self.filter(
            _public_q(now) | Q(status=Status.WITHDRAWN, first_published_at__lte=now)
        ).without_vectors()

    def embargoed(self):
        """Published, with an embargo still to lift: each becomes public at
        its ``publish_at``, with nothing more done."""
        return self.filter(status=Status.PUBLISHED, publish_at__gt=timezone.now())

    def drafts(self):
        return self.filter(status=Status.DRAFT)

    def withdrawn(self):
        return self.filter(status=Status.WITHDRAWN)

    def unpublished(self):
        """Taken off the site for good: each address answers 410 Gone, or
        sends readers on to the release it duplicated or that replaced it."""
        return self.filter(status=Status.UNPUBLISHED).without_vectors()

    def may_be_unpublished(self):
        """Readers have seen them and they are still online (published or
        withdrawn): the ones a publisher may unpublish."""
        return self.filter(
            status__in=(Status.PUBLISHED, Status.WITHDRAWN),
            first_published_at__lte=timezone.now(),
        )

    def available_in(self, language):
        return self.filter(available_q(language))

    def with_slug(self, *slugs):
        """Releases with any of ``slugs``, in any language."""
        return self.filter(any_language_q("slug", slugs))

    def missing_language(self, language):
        return self.exclude(available_q(language))

    def latest(self):
        return self.order_by("-publish_at", "-pk")

    def published_between(self, since, until):
        """Those that went public after ``since`` and by ``until`` (a daily
        digest's releases); chain it after ``public()``."""
        return self.filter(publish_at__gt=since, publish_at__lte=until)
