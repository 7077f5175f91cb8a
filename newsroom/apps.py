from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    """Site-wide pages, the demo content and the build's management commands."""

    name = "newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        # The folded lookup and SQLite's fold function (the simple search).
        from newsroom import lookups  # noqa: F401

        # Changes to what public pages show end the page cache's generation.
        from newsroom.pages import connect_signals

        connect_signals()
