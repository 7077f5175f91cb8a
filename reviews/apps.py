from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewsConfig(AppConfig):
    """Review by people without accounts, and editorial remarks: signed,
    expiring, revocable preview links to a release not yet public, each
    opening recorded; remarks staff and reviewers leave on a release,
    never public."""

    name = "reviews"
    verbose_name = _("Review")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from reviews.admin import extend_release_admin

        extend_release_admin()
