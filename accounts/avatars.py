"""Profile pictures: check an upload is a real, small image and turn it into a clean square thumbnail."""

from io import BytesIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
# A small file can still decode to a huge bitmap; refuse anything bigger than this many pixels.
MAX_PIXELS = 40_000_000


def avatar_max_bytes():
    return getattr(settings, "ACCOUNTS_AVATAR_MAX_BYTES", 2 * 1024 * 1024)


def process_avatar(upload):
    """Return a square JPEG thumbnail of upload without metadata, or raise ValidationError."""
    limit = avatar_max_bytes()
    if upload.size > limit:
        raise ValidationError(
            f"This picture is {filesizeformat(upload.size)}; the limit is {filesizeformat(limit)}.",
            code="too_big",
        )
    not_an_image = ValidationError("Upload a JPEG, PNG, WebP or GIF picture.", code="not_image")
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            if probe.format not in ALLOWED_FORMATS:
                raise not_an_image
            if probe.width * probe.height > MAX_PIXELS:
                raise ValidationError("This picture has too many pixels.", code="too_many_pixels")
            probe.verify()
        # verify() leaves the image unusable; open it again to decode the pixels.
        upload.seek(0)
        with Image.open(upload) as image:
            image.seek(0)  # first frame of an animated GIF or WebP
            image = ImageOps.exif_transpose(image)
            image = image.convert("RGBA") if image.mode in ("P", "LA", "RGBA") else image.convert("RGB")
            if image.mode == "RGBA":
                background = Image.new("RGB", image.size, (255, 255, 255))
                background.paste(image, mask=image.getchannel("A"))
                image = background
            size = getattr(settings, "ACCOUNTS_AVATAR_SIZE", 256)
            thumb = ImageOps.fit(image, (size, size), method=Image.Resampling.LANCZOS)
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise not_an_image from exc
    out = BytesIO()
    # Saving without exif= drops every metadata block (camera, GPS position, ...).
    thumb.save(out, format="JPEG", quality=85, optimize=True)
    return ContentFile(out.getvalue(), name="avatar.jpg")
