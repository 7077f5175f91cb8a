from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo newsroom and the generated archives that make run and make
    bench load; installed outside production only."""

    name = "demo"
    verbose_name = "Demo"
