"""Check an uploaded picture and turn it into a clean master: orientation applied, every metadata block dropped.

Nothing is written here: the caller stores the returned bytes only when the whole save goes through.
"""

import hashlib
from dataclasses import dataclass
from io import BytesIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image, ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF", "AVIF", "MPO"}
ACCEPTED_TEXT = "Upload a JPEG, PNG, WebP, AVIF or GIF picture."


@dataclass(frozen=True)
class CleanPicture:
    content: bytes  # a JPEG without metadata
    width: int
    height: int
    sha256: str


def max_upload_bytes():
    return getattr(settings, "PICTURES_MAX_UPLOAD_BYTES", 20 * 1024 * 1024)


def max_pixels():
    return getattr(settings, "PICTURES_MAX_PIXELS", 50_000_000)


def master_edge():
    """Return the longest edge of a stored master; larger uploads are scaled down to it."""
    return getattr(settings, "PICTURES_MASTER_EDGE", 2400)


def _refuse_markup(head):
    sniff = head.lstrip()[:512].lower()
    if sniff.startswith((b"<?xml", b"<svg", b"<!doctype", b"<html")) or b"<svg" in sniff:
        raise ValidationError(
            "SVG and HTML files are not accepted: they can carry scripts. " + ACCEPTED_TEXT, code="markup"
        )


def _open_checked(upload):
    """Return the upload opened by Pillow after checking size, type and pixel count from its header alone."""
    limit = max_upload_bytes()
    if upload.size > limit:
        raise ValidationError(
            "This file is %(size)s; the limit is %(limit)s. Save it smaller and upload it again.",
            code="too_big",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    upload.seek(0)
    _refuse_markup(upload.read(2048))
    upload.seek(0)
    try:
        image = Image.open(upload)
    except Image.DecompressionBombError as exc:
        # Pillow itself refuses, from the header, a picture beyond twice its own pixel limit.
        raise ValidationError(
            "This picture has more pixels than the limit of %(mp)d megapixels. Scale it down and upload it again.",
            code="too_many_pixels",
            params={"mp": max_pixels() // 1_000_000},
        ) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise ValidationError("This file is not a picture. " + ACCEPTED_TEXT, code="not_image") from exc
    if image.format not in ACCEPTED_FORMATS:
        raise ValidationError(ACCEPTED_TEXT, code="format")
    pixels = image.width * image.height
    if pixels > max_pixels():
        # Decoding would take width x height x 4 bytes of memory: refuse from the header, before any decoding.
        raise ValidationError(
            "This picture is %(w)d x %(h)d pixels; the limit is %(mp)d megapixels. Scale it down and upload it again.",
            code="too_many_pixels",
            params={"w": image.width, "h": image.height, "mp": max_pixels() // 1_000_000},
        )
    return image


def clean_upload(upload):
    """Return a CleanPicture made from upload, or raise ValidationError with a message for the author."""
    image = _open_checked(upload)
    edge = master_edge()
    try:
        with image:
            image.seek(0)  # the first frame of an animation
            if image.format == "JPEG":
                # Decode a large JPEG at a reduced scale straight away: far less memory than the full bitmap.
                image.draft("RGB", (edge, edge))
            image.load()
            image = ImageOps.exif_transpose(image)
            image = _flatten(image)
            if max(image.size) > edge:
                image.thumbnail((edge, edge), Image.Resampling.LANCZOS)
    except ValidationError:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ValidationError(
            "This picture could not be read; it may be damaged. " + ACCEPTED_TEXT, code="broken"
        ) from exc
    out = BytesIO()
    # A new bitmap saved without exif=, icc_profile= or xmp=: no metadata block reaches the stored file.
    clean = Image.new("RGB", image.size)
    clean.paste(image)
    clean.save(out, format="JPEG", quality=90, optimize=True, progressive=True)
    content = out.getvalue()
    return CleanPicture(
        content=content, width=clean.width, height=clean.height, sha256=hashlib.sha256(content).hexdigest()
    )


def _flatten(image):
    """Return image in RGB, transparent parts on white (pictures are shown on the page's white background)."""
    if image.mode in ("P", "LA", "RGBA", "PA") or "transparency" in image.info:
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        return background
    return image.convert("RGB")
