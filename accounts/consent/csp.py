"""Content-Security-Policy per response: our own files, a nonce, and the hosts this visitor consented to.

Written here rather than with django-csp: the third-party host list differs per visitor and per response,
which django-csp 4 supports only through per-view decorators or request attributes; the policy below is
a dozen lines and reads the consent state directly.
"""

import secrets

from django.conf import settings


def new_nonce():
    return secrets.token_urlsafe(18)


def build_policy(*, nonce, hosts=(), admin=False):
    """Return the header value: strict by default, widened only by the given hosts."""
    third = [f"https://{h}" for h in hosts]
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'", f"'nonce-{nonce}'", *third],
        # Django's admin writes a few style="" attributes; the public pages have none.
        "style-src": ["'self'", "'unsafe-inline'"] if admin else ["'self'"],
        # Pictures come from our own host, or from the media bucket's own address when media live on S3.
        "img-src": ["'self'", "data:", *filter(None, [getattr(settings, "MEDIA_ORIGIN", "")]), *third],
        "font-src": ["'self'"],
        "connect-src": ["'self'", *third],
        "frame-src": [*third] if third else ["'none'"],
        "media-src": ["'self'", *third],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())
