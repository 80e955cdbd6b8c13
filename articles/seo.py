"""Data for search engines and link previews: canonical address, OpenGraph values and JSON-LD."""

import json
from urllib.parse import urljoin

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .pictures.html import social_image

# The same escapes as Django's json_script: the JSON can never close the <script> element or open a comment.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data):
    """Return data as a <script type="application/ld+json"> element, escaped so it cannot break out of it.

    The element is a data block that browsers never execute, so a Content-Security-Policy needs no nonce for it.
    """
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


def media_url(name, base):
    """Return the absolute address of a stored file; base is the site's own address, for storages that give paths."""
    return urljoin(base, default_storage.url(name))


def widest_image(picture):
    """Return (storage name, width, height) of the widest uncropped JPEG of a picture, as articles show it."""
    stored = (picture.renditions or {}).get("full", {}).get("jpeg")
    if stored:
        width, height, name = stored[-1]
        return name, width, height
    if picture.file:
        return picture.file.name, picture.width, picture.height
    return None


def _image_object(found, base):
    name, width, height = found
    return {"@type": "ImageObject", "url": media_url(name, base), "width": width, "height": height}


def _lead_image(picture, base):
    """Return the link-preview image of a lead picture and its JSON-LD ImageObjects, the uncropped one first."""
    social = social_image(picture)
    preview = None
    if social:
        name, width, height = social
        preview = {"url": media_url(name, base), "width": width, "height": height, "alt": picture.alt}
    objects = []
    for found in (widest_image(picture), social):
        image = _image_object(found, base) if found else None
        if image and all(o["url"] != image["url"] for o in objects):
            objects.append(image)
    return preview, objects


def _iso(moment):
    return timezone.localtime(moment).isoformat() if moment else None


def article_meta(article, request):
    """Return the canonical URL, OpenGraph values (with the lead picture) and JSON-LD Article of an article page."""
    url = request.build_absolute_uri(article.get_absolute_url())
    author_url = request.build_absolute_uri(article.author.get_absolute_url())
    description = article.summary or article.title
    modified = _iso(article.shown_updated_on)
    published = _iso(article.published_at) or modified
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": article.title[:110],
        "description": description,
        "articleSection": article.topic.name,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "datePublished": published,
        # The same moment readers see as "Updated on".
        "dateModified": modified,
        "author": {"@type": "Person", "name": article.author.public_name, "url": author_url},
        "publisher": {
            "@type": "Organization",
            "name": settings.SITE_NAME,
            "url": request.build_absolute_uri(reverse("articles:home")),
        },
    }
    image = None
    if article.lead_picture:
        image, objects = _lead_image(article.lead_picture, request.build_absolute_uri("/"))
        if objects:
            data["image"] = objects
    return {
        "canonical_url": url,
        "image": image,
        "description": description,
        "author_url": author_url,
        "published_iso": published,
        "modified_iso": modified,
        "json_ld": json_ld_script(data),
    }
