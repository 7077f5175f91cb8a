"""Events, pictures, documents and import records now belong to their own
apps (events, media, importing); releases forgets them. State only: the
tables stay where they are."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("importing", "0001_initial"),
        ("contacts", "0004_alter_official_portrait"),
        ("events", "0001_initial"),
        ("media", "0001_initial"),
        ("releases", "0009_imported_texts"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="event",
                    name="image",
                ),
                migrations.RemoveField(
                    model_name="event",
                    name="organisers",
                ),
                migrations.RemoveField(
                    model_name="event",
                    name="supporters",
                ),
                migrations.RemoveField(
                    model_name="speaker",
                    name="event",
                ),
                migrations.AlterField(
                    model_name="release",
                    name="event",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="The event the release is about, if any.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="releases",
                        to="events.event",
                        verbose_name="event",
                    ),
                ),
                migrations.RemoveField(
                    model_name="galleryimage",
                    name="image",
                ),
                migrations.RemoveField(
                    model_name="galleryimage",
                    name="release",
                ),
                migrations.RemoveField(
                    model_name="image",
                    name="uploaded_by",
                ),
                migrations.AlterField(
                    model_name="release",
                    name="hero_image",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="Shown at the top of the release, in lists and when shared.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="hero_of",
                        to="media.image",
                        verbose_name="main picture",
                    ),
                ),
                migrations.RemoveField(
                    model_name="importedtext",
                    name="imported_by",
                ),
                migrations.RemoveField(
                    model_name="importedtext",
                    name="release",
                ),
                migrations.RemoveField(
                    model_name="speaker",
                    name="official",
                ),
                migrations.DeleteModel(
                    name="Attachment",
                ),
                migrations.DeleteModel(
                    name="Event",
                ),
                migrations.DeleteModel(
                    name="GalleryImage",
                ),
                migrations.DeleteModel(
                    name="Image",
                ),
                migrations.DeleteModel(
                    name="ImportedText",
                ),
                migrations.DeleteModel(
                    name="Speaker",
                ),
            ],
        ),
    ]
