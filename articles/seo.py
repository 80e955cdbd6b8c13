"""Data for search engines and link previews: canonical address, OpenGraph values and JSON-LD."""

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

# The same escapes as Django's json_script: the JSON can never close the <script> element or open a comment.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data):
    """Return data as a <script type="application/ld+json"> element, escaped so it cannot break out of it.

    The element is a data block that browsers never execute, so a Content-Security-Policy needs no nonce for it.
    """
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


def _iso(moment):
    return timezone.localtime(moment).isoformat() if moment else None


def article_meta(article, request):
    """Return the canonical URL, OpenGraph values and JSON-LD Article of an article page."""
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
    return {
        "canonical_url": url,
        "description": description,
        "author_url": author_url,
        "published_iso": published,
        "modified_iso": modified,
        "json_ld": json_ld_script(data),
    }
