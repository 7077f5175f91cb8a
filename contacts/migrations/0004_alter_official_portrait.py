"""A portrait is a picture of the media app now; its table is the same."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0003_official_confirmed"),
        ("media", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="official",
                    name="portrait",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="A head-and-shoulders photo you may publish.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="portrait_of",
                        to="media.image",
                        verbose_name="portrait",
                    ),
                ),
            ],
        ),
    ]
