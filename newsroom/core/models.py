"""Abstract models the apps' records share: written once here, so that a
release and an event, or a speaker and a gallery picture, cannot drift apart."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from newsroom.core.slugs import TranslatedSlugs


class OrderedLink(models.Model):
    """A record linking two others once, in the order editors give (a
    speaker of an event, a picture of a gallery)."""

    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "pk"]

    @staticmethod
    def once(first, second, *, name, message=None):
        """The constraint that links ``first`` to ``second`` only once, for a
        subclass's ``Meta.constraints``."""
        return models.UniqueConstraint(
            fields=[first, second], name=name, violation_error_message=message
        )


def title_and_slugs(slug_help_text):
    """An abstract model with a translated title and slug, each language's
    slug filled from its title (``TranslatedSlugs``); ``slug_help_text``
    tells editors what the slug is the address of."""

    class TitleAndSlugs(TranslatedSlugs, models.Model):
        # Optional per language: each model's clean() says which it requires.
        title = models.CharField(_("title"), max_length=250, blank=True)
        slug = models.SlugField(
            _("slug"),
            max_length=250,
            allow_unicode=True,
            blank=True,
            help_text=slug_help_text,
        )

        class Meta:
            abstract = True

    return TitleAndSlugs
