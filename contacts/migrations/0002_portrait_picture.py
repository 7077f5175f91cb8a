"""An official's portrait becomes a picture record, with alt text, credit and
renditions, instead of a bare file. Portraits already uploaded are carried
over (their renditions are made by `manage.py make_renditions`)."""

import django.db.models.deletion
import PIL.Image
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import migrations, models


def portraits_to_pictures(apps, schema_editor):
    Official = apps.get_model("contacts", "Official")
    Picture = apps.get_model("releases", "Image")
    for official in Official.objects.exclude(portrait_file=""):
        name = official.portrait_file.name
        if not default_storage.exists(name):
            continue
        with default_storage.open(name, "rb") as original:
            content = ContentFile(original.read(), name=name.rsplit("/", 1)[-1])
        with PIL.Image.open(content) as opened:
            width, height = opened.size
        picture = Picture(
            width=width,
            height=height,
            language="en",
            alt_text_en=official.full_name,
            credit="",
            original_name=content.name,
            file_size=content.size,
        )
        picture.file.save(content.name, content, save=False)
        picture.save()
        official.portrait = picture
        official.save(update_fields=["portrait"])


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0001_initial"),
        ("releases", "0006_pictures_and_documents"),
    ]

    operations = [
        migrations.RenameField("official", "portrait", "portrait_file"),
        migrations.AddField(
            model_name="official",
            name="portrait",
            field=models.ForeignKey(
                blank=True,
                help_text="A head-and-shoulders photo you may publish.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="portrait_of",
                to="releases.image",
                verbose_name="portrait",
            ),
        ),
        migrations.RunPython(portraits_to_pictures, migrations.RunPython.noop),
        migrations.RemoveField("official", "portrait_file"),
    ]
