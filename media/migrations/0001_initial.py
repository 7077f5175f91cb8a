"""Pictures and documents move from releases to their own app, with their
tables (``Meta.db_table``): nothing in the database changes but the names
of their content types."""

import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import media.images
import media.models
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
                    name="Attachment",
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
                            "title",
                            models.CharField(
                                blank=True, max_length=250, verbose_name="title"
                            ),
                        ),
                        (
                            "title_en",
                            models.CharField(
                                blank=True,
                                max_length=250,
                                null=True,
                                verbose_name="title",
                            ),
                        ),
                        (
                            "title_fr",
                            models.CharField(
                                blank=True,
                                max_length=250,
                                null=True,
                                verbose_name="title",
                            ),
                        ),
                        (
                            "title_es",
                            models.CharField(
                                blank=True,
                                max_length=250,
                                null=True,
                                verbose_name="title",
                            ),
                        ),
                        (
                            "title_ar",
                            models.CharField(
                                blank=True,
                                max_length=250,
                                null=True,
                                verbose_name="title",
                            ),
                        ),
                        (
                            "language",
                            models.CharField(
                                choices=[
                                    ("en", "English"),
                                    ("fr", "French"),
                                    ("es", "Spanish"),
                                    ("ar", "Arabic"),
                                ],
                                default="en",
                                max_length=5,
                                verbose_name="language of the document",
                            ),
                        ),
                        (
                            "file",
                            models.FileField(
                                help_text="PDF, Word (.docx) or Excel (.xlsx), up to 50 MB.",
                                storage=media.models.originals_storage,
                                upload_to=media.models.document_path,
                                verbose_name="file",
                            ),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("pdf", "PDF"),
                                    ("docx", "Word"),
                                    ("xlsx", "Excel"),
                                ],
                                editable=False,
                                max_length=10,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "file_size",
                            models.PositiveIntegerField(
                                default=0, editable=False, verbose_name="file size"
                            ),
                        ),
                        (
                            "filename",
                            models.CharField(
                                editable=False, max_length=255, verbose_name="file name"
                            ),
                        ),
                        (
                            "order",
                            models.PositiveSmallIntegerField(
                                default=0, verbose_name="order"
                            ),
                        ),
                        (
                            "uploaded_at",
                            models.DateTimeField(
                                auto_now_add=True, verbose_name="uploaded at"
                            ),
                        ),
                        (
                            "release",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="attachments",
                                to="releases.release",
                                verbose_name="release",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "attachment",
                        "verbose_name_plural": "attachments",
                        "db_table": "releases_attachment",
                        "ordering": ["order", "pk"],
                    },
                    bases=(media.models.TextForReader, models.Model),
                ),
                migrations.CreateModel(
                    name="Image",
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
                            "file",
                            models.FileField(
                                help_text="JPEG, PNG or WebP, up to 20 MB and 40 megapixels. Its location and other metadata are removed when it is saved.",
                                storage=media.models.originals_storage,
                                upload_to=media.models.picture_path,
                                validators=[media.images.validate_picture],
                                verbose_name="picture",
                            ),
                        ),
                        (
                            "language",
                            models.CharField(
                                choices=[
                                    ("en", "English"),
                                    ("fr", "French"),
                                    ("es", "Spanish"),
                                    ("ar", "Arabic"),
                                ],
                                default="en",
                                help_text="The language the alt text and caption were first written in.",
                                max_length=5,
                                verbose_name="original language",
                            ),
                        ),
                        (
                            "alt_text",
                            models.CharField(
                                blank=True,
                                help_text="What the picture shows, for readers who cannot see it: the people, the place, what is happening. Required in the original language.",
                                max_length=300,
                                verbose_name="alt text",
                            ),
                        ),
                        (
                            "alt_text_en",
                            models.CharField(
                                blank=True,
                                help_text="What the picture shows, for readers who cannot see it: the people, the place, what is happening. Required in the original language.",
                                max_length=300,
                                null=True,
                                verbose_name="alt text",
                            ),
                        ),
                        (
                            "alt_text_fr",
                            models.CharField(
                                blank=True,
                                help_text="What the picture shows, for readers who cannot see it: the people, the place, what is happening. Required in the original language.",
                                max_length=300,
                                null=True,
                                verbose_name="alt text",
                            ),
                        ),
                        (
                            "alt_text_es",
                            models.CharField(
                                blank=True,
                                help_text="What the picture shows, for readers who cannot see it: the people, the place, what is happening. Required in the original language.",
                                max_length=300,
                                null=True,
                                verbose_name="alt text",
                            ),
                        ),
                        (
                            "alt_text_ar",
                            models.CharField(
                                blank=True,
                                help_text="What the picture shows, for readers who cannot see it: the people, the place, what is happening. Required in the original language.",
                                max_length=300,
                                null=True,
                                verbose_name="alt text",
                            ),
                        ),
                        (
                            "caption",
                            models.CharField(
                                blank=True,
                                help_text="Shown under the picture: who, where, when.",
                                max_length=500,
                                verbose_name="caption",
                            ),
                        ),
                        (
                            "caption_en",
                            models.CharField(
                                blank=True,
                                help_text="Shown under the picture: who, where, when.",
                                max_length=500,
                                null=True,
                                verbose_name="caption",
                            ),
                        ),
                        (
                            "caption_fr",
                            models.CharField(
                                blank=True,
                                help_text="Shown under the picture: who, where, when.",
                                max_length=500,
                                null=True,
                                verbose_name="caption",
                            ),
                        ),
                        (
                            "caption_es",
                            models.CharField(
                                blank=True,
                                help_text="Shown under the picture: who, where, when.",
                                max_length=500,
                                null=True,
                                verbose_name="caption",
                            ),
                        ),
                        (
                            "caption_ar",
                            models.CharField(
                                blank=True,
                                help_text="Shown under the picture: who, where, when.",
                                max_length=500,
                                null=True,
                                verbose_name="caption",
                            ),
                        ),
                        (
                            "credit",
                            models.CharField(
                                help_text='Who took it, as media must print it, e.g. "IOM / Juan Pérez".',
                                max_length=200,
                                verbose_name="credit",
                            ),
                        ),
                        (
                            "usage_terms",
                            models.CharField(
                                blank=True,
                                help_text='e.g. "Free for editorial use with the credit."',
                                max_length=300,
                                verbose_name="usage terms",
                            ),
                        ),
                        (
                            "usage_terms_en",
                            models.CharField(
                                blank=True,
                                help_text='e.g. "Free for editorial use with the credit."',
                                max_length=300,
                                null=True,
                                verbose_name="usage terms",
                            ),
                        ),
                        (
                            "usage_terms_fr",
                            models.CharField(
                                blank=True,
                                help_text='e.g. "Free for editorial use with the credit."',
                                max_length=300,
                                null=True,
                                verbose_name="usage terms",
                            ),
                        ),
                        (
                            "usage_terms_es",
                            models.CharField(
                                blank=True,
                                help_text='e.g. "Free for editorial use with the credit."',
                                max_length=300,
                                null=True,
                                verbose_name="usage terms",
                            ),
                        ),
                        (
                            "usage_terms_ar",
                            models.CharField(
                                blank=True,
                                help_text='e.g. "Free for editorial use with the credit."',
                                max_length=300,
                                null=True,
                                verbose_name="usage terms",
                            ),
                        ),
                        (
                            "focal_x",
                            models.PositiveSmallIntegerField(
                                default=50,
                                help_text="0 is the left edge, 100 the right. Click the preview to set it.",
                                validators=[
                                    django.core.validators.MaxValueValidator(100)
                                ],
                                verbose_name="focal point across (%)",
                            ),
                        ),
                        (
                            "focal_y",
                            models.PositiveSmallIntegerField(
                                default=50,
                                help_text="0 is the top, 100 the bottom.",
                                validators=[
                                    django.core.validators.MaxValueValidator(100)
                                ],
                                verbose_name="focal point down (%)",
                            ),
                        ),
                        (
                            "width",
                            models.PositiveIntegerField(
                                default=0, editable=False, verbose_name="width"
                            ),
                        ),
                        (
                            "height",
                            models.PositiveIntegerField(
                                default=0, editable=False, verbose_name="height"
                            ),
                        ),
                        (
                            "file_size",
                            models.PositiveIntegerField(
                                default=0, editable=False, verbose_name="file size"
                            ),
                        ),
                        (
                            "rendition_bytes",
                            models.JSONField(
                                blank=True,
                                default=dict,
                                editable=False,
                                verbose_name="rendition sizes",
                            ),
                        ),
                        (
                            "original_name",
                            models.CharField(
                                blank=True,
                                editable=False,
                                max_length=255,
                                verbose_name="uploaded as",
                            ),
                        ),
                        (
                            "uploaded_at",
                            models.DateTimeField(
                                auto_now_add=True, verbose_name="uploaded at"
                            ),
                        ),
                        (
                            "updated_at",
                            models.DateTimeField(
                                auto_now=True, verbose_name="updated at"
                            ),
                        ),
                        (
                            "uploaded_by",
                            models.ForeignKey(
                                blank=True,
                                editable=False,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="uploaded by",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "picture",
                        "verbose_name_plural": "pictures",
                        "db_table": "releases_image",
                        "ordering": ["-uploaded_at", "-pk"],
                    },
                    bases=(media.models.TextForReader, models.Model),
                ),
                migrations.CreateModel(
                    name="GalleryImage",
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
                            "order",
                            models.PositiveSmallIntegerField(
                                default=0, verbose_name="order"
                            ),
                        ),
                        (
                            "release",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="gallery",
                                to="releases.release",
                                verbose_name="release",
                            ),
                        ),
                        (
                            "image",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="galleries",
                                to="media.image",
                                verbose_name="picture",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "gallery picture",
                        "verbose_name_plural": "gallery",
                        "db_table": "releases_galleryimage",
                        "ordering": ["order", "pk"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("release", "image"),
                                name="gallery_image_once_per_release",
                            )
                        ],
                    },
                ),
            ],
        ),
        move_content_types(
            models=["image", "galleryimage", "attachment"], to_app="media"
        ),
    ]
