"""A translation's state is its standing against the original: the column
is named so, and its indexes follow. Then the states of what was written
before (moved here from 0002, whose models had the old name)."""

from django.db import migrations, models


def make_states(apps, schema_editor):
    from translations.states import KINDS, sync_all

    for kind in KINDS.values():
        sync_all(kind, models=apps)


class Migration(migrations.Migration):
    dependencies = [("translations", "0002_states_and_groups")]

    operations = [
        migrations.RemoveIndex(model_name="translationstate", name="translation_board"),
        migrations.RemoveIndex(
            model_name="translationstate", name="translation_originals"
        ),
        migrations.RenameField(
            model_name="translationstate", old_name="status", new_name="standing"
        ),
        migrations.AddIndex(
            model_name="translationstate",
            index=models.Index(
                fields=["content_type", "language", "standing"],
                name="translation_board",
            ),
        ),
        migrations.AddIndex(
            model_name="translationstate",
            index=models.Index(
                fields=["content_type", "standing", "dated"],
                name="translation_originals",
            ),
        ),
        # Every release, event, official and theme written before gets its
        # states, each translation taken as current; run again where 0002
        # made them already, it changes nothing.
        migrations.RunPython(make_states, migrations.RunPython.noop),
    ]
