"""The sizes a picture is published in, made by django-imagekit.

Every rendition is made when its picture is saved (``make_renditions``),
never while a page is being served: with imagekit's Optimistic strategy, a
page only computes a rendition's name — a hash of the original's name and of
the recipe, focal point included — and never opens, checks or encodes a file.
A new focal point is a new recipe, hence new names: no stale crop is served
from a cache.
"""

import hashlib
import math
from dataclasses import dataclass

from imagekit.cachefiles import ImageCacheFile
from imagekit.cachefiles.backends import CacheFileState
from imagekit.specs import ImageSpec
from pilkit.processors import ResizeToFill, ResizeToFit

# Widths for srcset: a phone, a laptop, a large or dense screen.
WIDTHS = (480, 960, 1600)
CARD = (480, 320)  # 3:2, the cards of lists and galleries (and twice that)
OPENGRAPH = (1200, 630)  # what social networks and messengers show
# Change it when a processor changes what it makes: every rendition gets a
# new name, and `manage.py make_renditions` makes them.
RECIPES_VERSION = 1
OPTIONS = {
    "WEBP": {"quality": 80, "method": 4},
    "JPEG": {"quality": 82, "optimize": True, "progressive": True},
}


class Draft:
    """Decode a JPEG at the smallest scale still larger than the target.

    libjpeg can decode at 1/2, 1/4 or 1/8 of the size for a fraction of the
    work; resizing from there gives the same picture. Other formats are left
    as they are.
    """

    def __init__(self, width, height):
        self.width = width
        self.height = height

    def process(self, img):
        if img.format == "JPEG":
            img.draft("RGB", (self.width, self.height))
        return img


def anchor(focal, length, target):
    """Where to crop along one side: the share of the excess to cut before
    the kept part, so that the focal point sits as near its middle as fits."""
    if length <= target:
        return 0.5
    start = focal * length - target / 2
    return min(max(start / (length - target), 0.0), 1.0)


@dataclass(frozen=True)
class Recipe:
    name: str
    format: str
    width: int
    height: int | None = None  # None: the whole picture, scaled to width

    def size_for(self, width, height):
        """The rendition's size for an original of ``width`` × ``height``."""
        if self.height is not None:
            return self.width, self.height
        if width <= self.width:
            return width, height
        return self.width, max(1, round(height * self.width / width))

    def anchors(self, picture):
        """Where a crop is cut, from the picture's focal point; None when the
        recipe keeps the whole picture."""
        if self.height is None:
            return None
        scale = max(self.width / picture.width, self.height / picture.height)
        return (
            round(anchor(picture.focal_x / 100, picture.width * scale, self.width), 4),
            round(
                anchor(picture.focal_y / 100, picture.height * scale, self.height), 4
            ),
        )

    def processors(self, picture):
        if self.height is None:
            return [
                Draft(self.width, 1),
                ResizeToFit(width=self.width, upscale=False),
            ]
        scale = max(self.width / picture.width, self.height / picture.height)
        return [
            Draft(math.ceil(picture.width * scale), math.ceil(picture.height * scale)),
            ResizeToFill(self.width, self.height, anchor=self.anchors(picture)),
        ]


RECIPES = {
    recipe.name: recipe
    for recipe in (
        *(Recipe(f"w{w}-{f.lower()}", f, w) for w in WIDTHS for f in ("WEBP", "JPEG")),
        *(
            Recipe(f"card{n}-{f.lower()}", f, CARD[0] * n, CARD[1] * n)
            for n in (1, 2)
            for f in ("WEBP", "JPEG")
        ),
        Recipe("og", "JPEG", *OPENGRAPH),
    )
}


class RenditionSpec(ImageSpec):
    """One recipe applied to one picture (an ``Image``)."""

    autoconvert = True

    def __init__(self, picture, recipe):
        self.picture = picture
        self.recipe = recipe
        self.format = recipe.format
        self.options = OPTIONS[recipe.format]
        super().__init__(source=picture.file)

    @property
    def processors(self):
        return self.recipe.processors(self.picture)

    def get_hash(self):
        """What names the file: the original, the recipe and where it cuts.

        imagekit's own hash pickles the processors with Python's pure-Python
        pickler, about 0.25 ms a rendition, on every page that shows one.
        """
        key = (
            RECIPES_VERSION,
            self.source.name,
            self.recipe,
            self.recipe.anchors(self.picture),
            sorted(self.options.items()),
        )
        return hashlib.md5(repr(key).encode(), usedforsecurity=False).hexdigest()


class Rendition:
    """A rendition as a page uses it: address and size, with no file access."""

    def __init__(self, picture, recipe):
        self.recipe = recipe
        self.picture = picture
        self.file = ImageCacheFile(RenditionSpec(picture, recipe))
        self.width, self.height = recipe.size_for(picture.width, picture.height)

    @property
    def url(self):
        return self.file.url

    @property
    def content_type(self):
        return f"image/{self.recipe.format.lower()}"

    @property
    def bytes(self):
        """Its size in bytes, as noted when it was made (0 if unknown)."""
        return self.picture.rendition_bytes.get(self.recipe.name, 0)

    def generate(self):
        self.file.generate()


def rendition(picture, name):
    return Rendition(picture, RECIPES[name])


def make_renditions(picture):
    """Make every rendition of the picture not made yet (and only those).

    Returns their sizes in bytes, by recipe name.
    """
    sizes = {}
    for recipe in RECIPES.values():
        made = Rendition(picture, recipe)
        made.generate()
        sizes[recipe.name] = made.file.storage.size(made.file.name)
    return sizes


def delete_renditions(picture, keep=None):
    """Delete every rendition of the picture (as it is now, focal point
    included), but those ``keep`` — the picture as it is saved — still uses.

    Each deleted file is also marked missing in imagekit's state cache, so
    that the same recipe, asked for again, is made again.
    """
    kept = (
        {Rendition(keep, recipe).file.name for recipe in RECIPES.values()}
        if keep is not None
        else set()
    )
    for recipe in RECIPES.values():
        file = Rendition(picture, recipe).file
        if file.name not in kept:
            file.storage.delete(file.name)
            file.cachefile_backend.set_state(file, CacheFileState.DOES_NOT_EXIST)
