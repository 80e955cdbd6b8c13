"""The benchmark's baseline: what Django itself costs behind the site's middleware."""

from django.http import HttpResponse

BODY = b"<!doctype html><title>ok</title><p>ok</p>\n"


def minimal(request):
    """Return a small fixed page without touching the database or a template."""
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")
