"""What an editor is told when an upload is refused: the file's own name,
then why, so that among several files each error says which one it is."""

import logging
from pathlib import PurePath

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from newsroom.core.text import printable

logger = logging.getLogger(__name__)

# Enough to recognise a file; a longer name is cut with an ellipsis.
SHOWN_NAME_LENGTH = 80


def shown_name(upload):
    """The name the editor gave the file, without its folders, as shown to
    them in an error; "" when it has none."""
    name = str(getattr(upload, "name", "") or "").replace("\\", "/")
    name = " ".join(printable(PurePath(name).name).split())
    if len(name) > SHOWN_NAME_LENGTH:
        name = name[: SHOWN_NAME_LENGTH - 1] + "…"
    return name


def naming_the_file(upload, error):
    """``error`` (one reason) as the editor reads it: “name.pdf”: reason."""
    name = shown_name(upload)
    if not name:
        return error
    return ValidationError(
        _("“%(name)s”: %(reason)s"),
        params={"name": name, "reason": " ".join(error.messages)},
        code=getattr(error, "code", None),
    )


def unexpected(upload, error):
    """Note a file that broke a reader in a way no rule foresaw: it is
    refused all the same, and the log says how, for whoever looks next."""
    logger.warning(
        "Upload %r refused: its reader raised %s",
        shown_name(upload),
        type(error).__name__,
        exc_info=error,
    )


class UploadField(forms.FileField):
    """Django's file field, whose own errors (an empty file) name the file
    like every other refusal of an upload."""

    def to_python(self, data):
        try:
            return super().to_python(data)
        except ValidationError as error:
            if data and shown_name(data):
                raise naming_the_file(data, error) from None
            raise
