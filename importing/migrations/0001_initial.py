"""The import records move from releases to the importer's own app, with
their table (``Meta.db_table``): nothing in the database changes but the
name of their content type."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from newsroom.core.moves import move_content_types


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("releases", "0009_imported_texts"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ImportedText",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "source",
                            models.CharField(max_length=500, verbose_name="file"),
                        ),
                        (
                            "digest",
                            models.CharField(
                                db_index=True, editable=False, max_length=64
                            ),
                        ),
                        (
                            "key",
                            models.CharField(
                                db_index=True, editable=False, max_length=400
                            ),
                        ),
                        (
                            "language",
                            models.CharField(max_length=5, verbose_name="language"),
                        ),
                        (
                            "caption",
                            models.TextField(
                                blank=True,
                                help_text="Printed with the release's photo, which the text file lacks.",
                                verbose_name="photo caption",
                            ),
                        ),
                        (
                            "warnings",
                            models.JSONField(
                                blank=True, default=list, verbose_name="warnings"
                            ),
                        ),
                        (
                            "imported_at",
                            models.DateTimeField(verbose_name="imported at"),
                        ),
                        (
                            "imported_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="imported by",
                            ),
                        ),
                        (
                            "release",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="imported_from",
                                to="releases.release",
                                verbose_name="release",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "imported text",
                        "verbose_name_plural": "imported texts",
                        "db_table": "releases_importedtext",
                    },
                ),
            ],
        ),
        move_content_types(models=["importedtext"], to_app="importing"),
    ]
