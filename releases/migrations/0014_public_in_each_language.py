"""The public releases in each language, indexed with what lists and facets
read of them (releases/models/queryset.py, ``public_indexes``)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("releases", "0013_groups_unpublish")]

    operations = [
        migrations.AddIndex(
            model_name="release",
            index=models.Index(
                condition=models.Q(
                    ("status", "published"), ("title_en__gt", ""), ("body_en__gt", "")
                ),
                fields=["publish_at"],
                include=("id", "kind", "region", "countries"),
                name="release_public_en",
            ),
        ),
        migrations.AddIndex(
            model_name="release",
            index=models.Index(
                condition=models.Q(
                    ("status", "published"), ("title_fr__gt", ""), ("body_fr__gt", "")
                ),
                fields=["publish_at"],
                include=("id", "kind", "region", "countries"),
                name="release_public_fr",
            ),
        ),
        migrations.AddIndex(
            model_name="release",
            index=models.Index(
                condition=models.Q(
                    ("status", "published"), ("title_es__gt", ""), ("body_es__gt", "")
                ),
                fields=["publish_at"],
                include=("id", "kind", "region", "countries"),
                name="release_public_es",
            ),
        ),
        migrations.AddIndex(
            model_name="release",
            index=models.Index(
                condition=models.Q(
                    ("status", "published"), ("title_ar__gt", ""), ("body_ar__gt", "")
                ),
                fields=["publish_at"],
                include=("id", "kind", "region", "countries"),
                name="release_public_ar",
            ),
        ),
    ]
