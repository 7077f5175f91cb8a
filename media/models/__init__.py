"""Pictures (a release's hero and gallery, an event's, an official's portrait)
and documents attached to releases.

Originals are kept in private storage and reach readers only through views
that check where they are used; renditions are public files named by a hash.
"""

from media.models.attachments import Attachment
from media.models.gallery import GalleryImage
from media.models.pictures import Image
from media.models.reading import TextForReader
from media.models.storage import (
    OriginalsStorage,
    document_path,
    originals,
    originals_storage,
    picture_path,
    random_name,
)
from media.models.uses import (
    DOCUMENT_USES,
    PICTURE_USES,
    AttachmentQuerySet,
    ImageQuerySet,
    show_documents,
    show_pictures,
)

__all__ = [
    "DOCUMENT_USES",
    "PICTURE_USES",
    "Attachment",
    "AttachmentQuerySet",
    "GalleryImage",
    "Image",
    "ImageQuerySet",
    "OriginalsStorage",
    "TextForReader",
    "document_path",
    "originals",
    "originals_storage",
    "picture_path",
    "random_name",
    "show_documents",
    "show_pictures",
]
