"""Serve uploaded media (pictures and their renditions, profile pictures) from the default storage.

Used where the storage is local (the default, and any deployment without S3): every stored name carries a hash or
a random part and is never rewritten, so a file may be cached for a year. Only picture files are served; anything
else in the media folder stays private.
"""

import mimetypes

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.middleware.gzip import GZipMiddleware
from django.views.decorators.http import require_safe

SERVED_TYPES = {"image/jpeg", "image/png", "image/webp", "image/avif", "image/gif"}


@require_safe
def media_file(request, name):
    """Return one stored picture file with far-future cache headers, or 404."""
    content_type = mimetypes.guess_type(name)[0]
    if content_type not in SERVED_TYPES:
        raise Http404("No such file.")
    try:
        handle = default_storage.open(name, "rb")
    except (FileNotFoundError, IsADirectoryError, SuspiciousFileOperation, ValueError) as exc:
        raise Http404("No such file.") from exc
    response = FileResponse(handle, content_type=content_type)
    response["Cache-Control"] = f"public, max-age={settings.MEDIA_MAX_AGE}, immutable"
    return response


class CompressibleGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware, except for pictures: JPEG, WebP and AVIF are compressed already."""

    def process_response(self, request, response):
        if response.get("Content-Type", "") in SERVED_TYPES:
            return response
        return super().process_response(request, response)
