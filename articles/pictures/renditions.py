"""Responsive renditions of a picture, made once with django-imagekit and stored under fingerprinted names.

Every picture gets a fixed set of renditions (kinds x widths x formats) when its file is uploaded or replaced.
Their names and sizes are recorded on the picture (Picture.renditions), so a page only reads that column: no
image is opened, resized or even looked up in the storage while a reader waits.
"""

from dataclasses import dataclass

from django.core.files.storage import default_storage
from imagekit.cachefiles import ImageCacheFile
from imagekit.specs import ImageSpec
from pilkit.processors import ResizeToFill, ResizeToFit

FORMATS = {
    # format: (Pillow name, MIME type, save options)
    "avif": ("AVIF", "image/avif", {"quality": 60, "speed": 8}),
    "webp": ("WEBP", "image/webp", {"quality": 80, "method": 4}),
    "jpeg": ("JPEG", "image/jpeg", {"quality": 82, "optimize": True, "progressive": True}),
}


@dataclass(frozen=True)
class Kind:
    """A family of renditions: the widths to make and the shape (None keeps the picture's own)."""

    name: str
    widths: tuple
    ratio: float | None = None
    formats: tuple = ("avif", "webp", "jpeg")


KINDS = {
    kind.name: kind
    for kind in (
        Kind("full", (480, 800, 1200, 1600)),  # lead pictures, picture sections, pictures in the text
        Kind("card", (320, 480, 720), 3 / 2),  # cards on home, topic, search and author pages
        Kind("thumb", (64, 128, 192), 1.0),  # "More by this author"
        Kind("social", (1200,), 1200 / 630, ("jpeg",)),  # og:image, JSON-LD, RSS
    )
}


class RenditionSpec(ImageSpec):
    """One rendition: a resize (or a crop around the focal point) to a width, in one format."""

    autoconvert = True

    def __init__(self, source, *, kind, width, height, fmt, focal_point):
        pil_format, _mime, options = FORMATS[fmt]
        if kind.ratio is None:
            self.processors = [ResizeToFit(width=width, height=height, upscale=False)]
        else:
            self.processors = [ResizeToFill(width=width, height=height, anchor=focal_point)]
        self.format = pil_format
        self.options = dict(options)
        super().__init__(source=source)


def sizes_for(kind, width, height):
    """Return the (width, height) renditions of kind for a master of width x height, never enlarging it."""
    if kind.ratio is None:
        widest, shape = width, height / width
    else:
        widest, shape = min(width, int(height * kind.ratio)), 1 / kind.ratio
    chosen = [w for w in kind.widths if w <= widest] or [widest]
    return [(w, max(1, round(w * shape))) for w in chosen]


def renditions_make(picture):
    """Store every rendition of picture that is not stored yet; return the map for Picture.renditions."""
    made = {}
    for kind in KINDS.values():
        made[kind.name] = {}
        for fmt in kind.formats:
            entries = []
            for width, height in sizes_for(kind, picture.width, picture.height):
                spec = RenditionSpec(
                    picture.file, kind=kind, width=width, height=height, fmt=fmt, focal_point=picture.focal_point
                )
                cache_file = ImageCacheFile(spec)
                if not default_storage.exists(cache_file.name):
                    cache_file.generate(force=True)
                entries.append([width, height, cache_file.name])
            made[kind.name][fmt] = entries
    return made


def rendition_names(renditions):
    """Return every storage name in a Picture.renditions map."""
    return {entry[2] for formats in renditions.values() for entries in formats.values() for entry in entries}
