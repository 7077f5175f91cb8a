"""Where originals are kept: private storage, under names nobody can guess."""

import secrets

from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils import timezone
from django.utils.functional import LazyObject, empty


class OriginalsStorage(LazyObject):
    """The storage of originals (``STORAGES["originals"]``), looked up when
    first used so that a change of settings (in tests) takes effect."""

    def _setup(self):
        self._wrapped = storages["originals"]


originals = OriginalsStorage()


@receiver(setting_changed)
def _storages_changed(setting, **kwargs):
    if setting == "STORAGES":
        originals._wrapped = empty


def originals_storage():
    return originals


def random_name(folder):
    """A name nobody can guess, in a folder per month."""
    return f"{folder}/{timezone.now():%Y/%m}/{secrets.token_urlsafe(18)}"


def picture_path(instance, filename):
    # The extension is the format read from the bytes (Image.save), never the
    # uploader's; the file's own name may say where it was taken.
    extension = filename.rsplit(".", 1)[-1]
    return f"{random_name('pictures')}.{extension}"


def document_path(instance, filename):
    return f"{random_name('documents')}.{filename.rsplit('.', 1)[-1]}"
