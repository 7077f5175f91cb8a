from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    """The site: settings, addresses, the home page, sitemaps, robots, health."""

    name = "newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        # The folded lookup and SQLite's fold function (the simple search).
        from newsroom.core import lookups  # noqa: F401
