"""For migrations that move models from one app to another with their
tables (``SeparateDatabaseAndState``, ``Meta.db_table``)."""

from django.db import migrations


def move_content_types(*, models, to_app, from_app="releases"):
    """A migration step: the models' content types follow them, and with
    them their permissions, the groups holding those and the admin's history
    of each row. Run before the new app's content types are made (after the
    migrations), so no row is duplicated."""

    def move(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        for model in models:
            if not ContentType.objects.filter(app_label=to_app, model=model).exists():
                ContentType.objects.filter(app_label=from_app, model=model).update(
                    app_label=to_app
                )

    def move_back(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        ContentType.objects.filter(app_label=to_app, model__in=models).update(
            app_label=from_app
        )

    return migrations.RunPython(move, move_back)
