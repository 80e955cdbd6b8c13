"""sitemap.xml, an index of the pages of every sitemap section, and those pages (articles/sitemaps.py).

Both are served from the cache under the site version of the page cache (articles/page_cache.py): whatever refreshes
cached pages (an article edited, published or deleted, a topic or a profile changed) refreshes the sitemap on the next
request, and an entry is kept no longer than until the next scheduled article goes live. A sitemap is the same for
every visitor, so unlike a page it is cached for signed-in visitors too, and stored gzipped: a page of 50,000
addresses is megabytes of XML that gzip to a twentieth.
"""

import gzip
import hashlib
import math
import time
from functools import wraps

from django.conf import settings
from django.contrib.sitemaps import views as django_sitemaps
from django.contrib.sites.requests import RequestSite
from django.core.cache import cache
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_vary_headers

from twitchsite.db_router import reads_from_primary

from . import page_cache
from .page_gzip import accepts_gzip
from .sitemaps import ArticleSitemap, AuthorSitemap, TopicSitemap

SECTIONS = {"articles": ArticleSitemap, "topics": TopicSitemap, "authors": AuthorSitemap}
# The headers a cached sitemap keeps; everything else is set again on every response.
_KEPT_HEADERS = ("Content-Type", "Last-Modified", "X-Robots-Tag")


def _sections(request):
    site = RequestSite(request)
    return {name: section(site) for name, section in SECTIONS.items()}


def _cacheable(request):
    if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD") or page_cache._bypass(request):
        return False
    return set(request.GET) <= {"p"}  # any other parameter would only fill the cache with copies


def _key(request):
    raw = "|".join([request.scheme, request.get_host(), request.get_full_path()])
    return "sitemap:1:" + hashlib.sha256(raw.encode()).hexdigest()


def _served(request, entry, status):
    if accepts_gzip(request):
        response = HttpResponse(entry["gz"])
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(gzip.decompress(entry["gz"]))
    for name, value in entry["headers"].items():
        response[name] = value
    patch_vary_headers(response, ["Accept-Encoding"])
    response["X-Page-Cache"] = status
    return response


def cached_by_site_version(view):
    """Serve a sitemap from the cache while the site version it was built under holds."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _cacheable(request):
            return view(request, *args, **kwargs)
        key = _key(request)
        found = cache.get_many([key, page_cache.SITE_KEY])
        versions = page_cache._current_versions([page_cache.SITE_KEY], found)
        entry = found.get(key)
        if entry is not None and entry["versions"] == versions and time.time() < entry["fresh_until"]:
            return _served(request, entry, "hit")
        # From the primary: a lagging replica's rows would be stored under the new version.
        with reads_from_primary():
            response = view(request, *args, **kwargs)
            if isinstance(response, TemplateResponse):
                response.render()
            fresh_until = page_cache._fresh_until(request)
        if request.method != "GET" or response.status_code != 200:
            return response
        entry = {
            "gz": gzip.compress(response.content, compresslevel=6, mtime=0),
            "headers": {name: response[name] for name in _KEPT_HEADERS if name in response},
            "versions": versions,
            "fresh_until": fresh_until,
        }
        cache.set(key, entry, max(1, math.ceil(fresh_until - time.time())))
        return _served(request, entry, "miss")

    return wrapper


@cached_by_site_version
@django_sitemaps.x_robots_tag
def index(request):
    """Return sitemap.xml: the address and latest change of every page of every section."""
    # Django's index view gives every page of a section the section's latest change; each page here has its own.
    pages = []
    for name, section in _sections(request).items():
        location = request.build_absolute_uri(reverse(f"articles:sitemap-{name}"))
        for number, lastmod in enumerate(section.page_lastmods(), start=1):
            address = location if number == 1 else f"{location}?p={number}"
            pages.append(django_sitemaps.SitemapIndexItem(address, lastmod))
    return TemplateResponse(request, "articles/sitemap_index.xml", {"sitemaps": pages}, content_type="application/xml")


@cached_by_site_version
def section(request, section):
    """Return one page (?p=) of one section of the sitemap."""
    return django_sitemaps.sitemap(
        request, sitemaps=_sections(request), section=section, template_name="articles/sitemap.xml"
    )
