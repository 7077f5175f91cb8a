from django.db import models
from django.utils.translation import gettext_lazy as _

from newsroom.core.languages import LANGUAGE_CODES

__all__ = ["LANGUAGE_CODES", "Kind", "Region", "Status", "UnpublishReason"]


class Kind(models.TextChoices):
    PRESS_RELEASE = "press_release", _("Press release")
    NEWS = "news", _("News")
    BRIEFING_NOTE = "briefing_note", _("Briefing note")
    STATEMENT = "statement", _("Statement")
    MEDIA_ADVISORY = "media_advisory", _("Media advisory")


class Region(models.TextChoices):
    GLOBAL = "global", _("Global")
    # The news of one country office, as archives label it.
    LOCAL = "local", _("Local")
    AFRICA = "africa", _("Africa")
    AMERICAS = "americas", _("Americas")
    ASIA_PACIFIC = "asia_pacific", _("Asia and the Pacific")
    EUROPE = "europe", _("Europe")
    MIDDLE_EAST_NORTH_AFRICA = "mena", _("Middle East and North Africa")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    # Off the site for good: its addresses answer 410, or redirect.
    UNPUBLISHED = "unpublished", _("Unpublished")


class UnpublishReason(models.TextChoices):
    ERROR = "error", _("Published in error")
    DUPLICATE = "duplicate", _("Duplicate of another release")
    REPLACED = "replaced", _("Replaced by a newer release")
