"""Top-level URL wiring: each app brings its own urls.py."""

import re

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

# The admin's header and tab titles name the site, not "Django administration".
admin.site.site_header = f"{settings.SITE_NAME} administration"
admin.site.site_title = f"{settings.SITE_NAME} admin"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("", include("accounts.urls")),
    # consent: /consent/, /consent/preferences/, /.well-known/gpc.json, /privacy/
    path("", include("accounts.consent.urls")),
    path("", include("comments.urls")),
    path("", include("articles.urls")),
    # ops: health check for load balancers and monitors
    path("", include("ops.urls")),
]

if settings.MEDIA_URL.startswith("/"):
    # Local media (pictures, profile pictures): served by Django with far-future cache headers, in every
    # environment; with S3 (an absolute MEDIA_URL) the bucket or its CDN serves them.
    from ops.media import media_file

    urlpatterns.append(re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<name>.+)$", media_file, name="media"))

# bench: the benchmark's baseline view, wired only under bench/settings.py (never in production).
if settings.BENCH_MINIMAL_VIEW:
    from bench.views import minimal

    urlpatterns.insert(0, path("bench/minimal/", minimal, name="bench-minimal"))

handler404 = "articles.views.page_not_found"
# ops: an outage anywhere in the stack answers 503 (friendly page, Retry-After); other errors the 500 page.
handler500 = "ops.views.server_error"
# ops: allauth's rate limits and ours answer with the same readable 429 page.
handler429 = "accounts.ratelimit.too_many_requests"
