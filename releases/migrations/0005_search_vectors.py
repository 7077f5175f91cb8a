"""Full-text search: a vector per language, its GIN index, filled for
releases already written."""

import django.contrib.postgres.search
from django.db import migrations

from releases.search import GIN_INDEXES, index_all


def create_gin_indexes(apps, schema_editor):
    # GIN indexes exist only on PostgreSQL; SQLite searches without them.
    if schema_editor.connection.vendor == "postgresql":
        for statement in GIN_INDEXES:
            schema_editor.execute(statement.create)


def drop_gin_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in GIN_INDEXES:
            schema_editor.execute(statement.drop)


def fill_vectors(apps, schema_editor):
    index_all(apps.get_model("releases", "Release"), schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("releases", "0004_groups_people_and_events"),
    ]

    operations = [
        migrations.AddField(
            model_name="release",
            name="search_ar",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True
            ),
        ),
        migrations.AddField(
            model_name="release",
            name="search_en",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True
            ),
        ),
        migrations.AddField(
            model_name="release",
            name="search_es",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True
            ),
        ),
        migrations.AddField(
            model_name="release",
            name="search_fr",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True
            ),
        ),
        migrations.AddField(
            model_name="release",
            name="search_head_ar",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True
            ),
        ),
        migrations.AddField(
            model_name="release",
            name="search_head_en",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True
            ),
        ),
        migrations.AddField(
            model_name="release",
            name="search_head_es",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True
            ),
        ),
        migrations.AddField(
            model_name="release",
            name="search_head_fr",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True
            ),
        ),
        migrations.RunPython(create_gin_indexes, drop_gin_indexes),
        migrations.RunPython(fill_vectors, migrations.RunPython.noop),
    ]
