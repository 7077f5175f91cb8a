"""Events and their speakers move from releases to their own app, with their
tables (``Meta.db_table``): nothing in the database changes but the names
of their content types."""

import django.db.models.deletion
import django_countries.fields
from django.db import migrations, models

import events.models
import newsroom.core.slugs
from newsroom.core.moves import move_content_types


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("contacts", "0004_alter_official_portrait"),
        ("media", "0001_initial"),
        ("releases", "0009_imported_texts"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Event",
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
                            "kind",
                            models.CharField(
                                choices=[
                                    ("seminar", "Seminar"),
                                    ("conference", "Conference"),
                                    ("meeting", "Meeting"),
                                    ("workshop", "Workshop"),
                                    ("launch", "Launch"),
                                    ("press_conference", "Press conference"),
                                ],
                                default="meeting",
                                max_length=20,
                                verbose_name="kind",
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
                            "slug",
                            models.SlugField(
                                allow_unicode=True,
                                blank=True,
                                help_text="The event's part of the address in this language. Filled from the title.",
                                max_length=250,
                                verbose_name="slug",
                            ),
                        ),
                        (
                            "slug_en",
                            models.SlugField(
                                allow_unicode=True,
                                blank=True,
                                help_text="The event's part of the address in this language. Filled from the title.",
                                max_length=250,
                                null=True,
                                verbose_name="slug",
                            ),
                        ),
                        (
                            "slug_fr",
                            models.SlugField(
                                allow_unicode=True,
                                blank=True,
                                help_text="The event's part of the address in this language. Filled from the title.",
                                max_length=250,
                                null=True,
                                verbose_name="slug",
                            ),
                        ),
                        (
                            "slug_es",
                            models.SlugField(
                                allow_unicode=True,
                                blank=True,
                                help_text="The event's part of the address in this language. Filled from the title.",
                                max_length=250,
                                null=True,
                                verbose_name="slug",
                            ),
                        ),
                        (
                            "slug_ar",
                            models.SlugField(
                                allow_unicode=True,
                                blank=True,
                                help_text="The event's part of the address in this language. Filled from the title.",
                                max_length=250,
                                null=True,
                                verbose_name="slug",
                            ),
                        ),
                        (
                            "description",
                            models.TextField(blank=True, verbose_name="description"),
                        ),
                        (
                            "description_en",
                            models.TextField(
                                blank=True, null=True, verbose_name="description"
                            ),
                        ),
                        (
                            "description_fr",
                            models.TextField(
                                blank=True, null=True, verbose_name="description"
                            ),
                        ),
                        (
                            "description_es",
                            models.TextField(
                                blank=True, null=True, verbose_name="description"
                            ),
                        ),
                        (
                            "description_ar",
                            models.TextField(
                                blank=True, null=True, verbose_name="description"
                            ),
                        ),
                        ("starts_at", models.DateTimeField(verbose_name="starts at")),
                        ("ends_at", models.DateTimeField(verbose_name="ends at")),
                        (
                            "time_zone",
                            models.CharField(
                                default="UTC",
                                help_text="The venue's time zone, e.g. America/Asuncion. The start and end are read and shown in it.",
                                max_length=64,
                                validators=[events.models.validate_time_zone],
                                verbose_name="time zone",
                            ),
                        ),
                        (
                            "venue",
                            models.CharField(
                                blank=True, max_length=200, verbose_name="venue"
                            ),
                        ),
                        (
                            "venue_en",
                            models.CharField(
                                blank=True,
                                max_length=200,
                                null=True,
                                verbose_name="venue",
                            ),
                        ),
                        (
                            "venue_fr",
                            models.CharField(
                                blank=True,
                                max_length=200,
                                null=True,
                                verbose_name="venue",
                            ),
                        ),
                        (
                            "venue_es",
                            models.CharField(
                                blank=True,
                                max_length=200,
                                null=True,
                                verbose_name="venue",
                            ),
                        ),
                        (
                            "venue_ar",
                            models.CharField(
                                blank=True,
                                max_length=200,
                                null=True,
                                verbose_name="venue",
                            ),
                        ),
                        (
                            "city",
                            models.CharField(
                                blank=True, max_length=120, verbose_name="city"
                            ),
                        ),
                        (
                            "city_en",
                            models.CharField(
                                blank=True,
                                max_length=120,
                                null=True,
                                verbose_name="city",
                            ),
                        ),
                        (
                            "city_fr",
                            models.CharField(
                                blank=True,
                                max_length=120,
                                null=True,
                                verbose_name="city",
                            ),
                        ),
                        (
                            "city_es",
                            models.CharField(
                                blank=True,
                                max_length=120,
                                null=True,
                                verbose_name="city",
                            ),
                        ),
                        (
                            "city_ar",
                            models.CharField(
                                blank=True,
                                max_length=120,
                                null=True,
                                verbose_name="city",
                            ),
                        ),
                        (
                            "country",
                            django_countries.fields.CountryField(
                                blank=True, max_length=2, verbose_name="country"
                            ),
                        ),
                        (
                            "is_public",
                            models.BooleanField(
                                default=True,
                                help_text="Untick to keep an event that has not been announced yet off the public site and its calendar.",
                                verbose_name="shown on the site",
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                auto_now_add=True, verbose_name="created at"
                            ),
                        ),
                        (
                            "updated_at",
                            models.DateTimeField(
                                auto_now=True, verbose_name="updated at"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "event",
                        "verbose_name_plural": "events",
                        "db_table": "releases_event",
                        "ordering": ["-starts_at", "-pk"],
                    },
                    bases=(newsroom.core.slugs.TranslatedSlugs, models.Model),
                ),
                migrations.CreateModel(
                    name="Speaker",
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
                            "topic",
                            models.CharField(
                                blank=True, max_length=300, verbose_name="topic"
                            ),
                        ),
                        (
                            "topic_en",
                            models.CharField(
                                blank=True,
                                max_length=300,
                                null=True,
                                verbose_name="topic",
                            ),
                        ),
                        (
                            "topic_fr",
                            models.CharField(
                                blank=True,
                                max_length=300,
                                null=True,
                                verbose_name="topic",
                            ),
                        ),
                        (
                            "topic_es",
                            models.CharField(
                                blank=True,
                                max_length=300,
                                null=True,
                                verbose_name="topic",
                            ),
                        ),
                        (
                            "topic_ar",
                            models.CharField(
                                blank=True,
                                max_length=300,
                                null=True,
                                verbose_name="topic",
                            ),
                        ),
                        (
                            "order",
                            models.PositiveSmallIntegerField(
                                default=0, verbose_name="order"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "speaker",
                        "verbose_name_plural": "speakers",
                        "db_table": "releases_speaker",
                        "ordering": ["order", "pk"],
                    },
                ),
                migrations.AddField(
                    model_name="event",
                    name="image",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="events",
                        to="media.image",
                        verbose_name="picture",
                    ),
                ),
                migrations.AddField(
                    model_name="event",
                    name="organisers",
                    field=models.ManyToManyField(
                        blank=True,
                        related_name="events_organised",
                        to="contacts.organisation",
                        verbose_name="organisers",
                    ),
                ),
                migrations.AddField(
                    model_name="event",
                    name="supporters",
                    field=models.ManyToManyField(
                        blank=True,
                        related_name="events_supported",
                        to="contacts.organisation",
                        verbose_name="supported by",
                    ),
                ),
                migrations.AddField(
                    model_name="speaker",
                    name="event",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="speakers",
                        to="events.event",
                        verbose_name="event",
                    ),
                ),
                migrations.AddField(
                    model_name="speaker",
                    name="official",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="speaking",
                        to="contacts.official",
                        verbose_name="official",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="event",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("slug_en", ""), _negated=True),
                        fields=("slug_en",),
                        name="event_unique_slug_en",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="event",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("slug_fr", ""), _negated=True),
                        fields=("slug_fr",),
                        name="event_unique_slug_fr",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="event",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("slug_es", ""), _negated=True),
                        fields=("slug_es",),
                        name="event_unique_slug_es",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="event",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("slug_ar", ""), _negated=True),
                        fields=("slug_ar",),
                        name="event_unique_slug_ar",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="speaker",
                    constraint=models.UniqueConstraint(
                        fields=("event", "official"),
                        name="speaker_once_per_event",
                        violation_error_message="This official is already a speaker.",
                    ),
                ),
            ],
        ),
        move_content_types(models=["event", "speaker"], to_app="events"),
    ]
