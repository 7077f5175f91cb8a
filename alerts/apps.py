from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """Email alerts: readers subscribe to any of the list's filters, confirm
    by email (double opt-in), and get each matching release as it goes
    public, at its embargo's second, or in a daily digest."""

    name = "alerts"
    verbose_name = _("Email alerts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from alerts import sending
        from releases import announcements

        announcements.when_public(sending.schedule_announcement)
