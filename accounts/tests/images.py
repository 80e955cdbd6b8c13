"""Small in-memory pictures for upload tests."""

import os
from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def image_upload(fmt="PNG", size=(600, 400), name=None, mode="RGB", exif=None, frames=1, noise=False):
    out = BytesIO()
    if noise:  # random pixels do not compress: the file is about as big as the bitmap
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new(mode, size, (200, 30, 30) if mode == "RGB" else (200, 30, 30, 120))
    kwargs = {}
    if exif is not None:
        kwargs["exif"] = exif
    if frames > 1:
        kwargs["save_all"] = True
        kwargs["append_images"] = [Image.new(mode, size, (0, 0, 255)) for _ in range(frames - 1)]
    image.save(out, format=fmt, **kwargs)
    ext = {"JPEG": "jpg"}.get(fmt, fmt.lower())
    return SimpleUploadedFile(name or f"picture.{ext}", out.getvalue(), content_type=f"image/{ext}")


def exif_with_gps():
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0)}  # GPS IFD
    return exif
