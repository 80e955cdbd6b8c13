"""A small fixed-window rate limiter in the shared cache, and the 429 answer every limit gives.

Hand-written rather than django-ratelimit because we need three things in one place: counting in the configured
cache with an atomic add-then-incr (atomic in Redis and Memcached; per-process with local memory), a keyed hash of
the client address (the address itself is never stored), and the same readable 429 page that allauth's limits use
(allauth calls ``handler429`` of the root URLconf, which points here).
"""

import hashlib
import hmac
import math
import time
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

DEFAULT_RETRY_AFTER = 60


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    count: int
    retry_after: int


def client_key(request):
    """Return a keyed hash of the client's address, so counters never hold the address itself."""
    address = request.META.get("REMOTE_ADDR", "")
    return hmac.new(settings.SECRET_KEY.encode(), f"ip:{address}".encode(), hashlib.sha256).hexdigest()[:32]


def hit(*, scope, key, limit, period):
    """Count one attempt for (scope, key) and return whether it stays within limit attempts per period seconds."""
    now = time.time()
    window = int(now // period)
    cache_key = f"rl:{scope}:{hashlib.sha256(str(key).encode()).hexdigest()[:32]}:{period}:{window}"
    # add() sets the counter only when it does not exist yet (SET NX in Redis); incr() is atomic (INCR).
    cache.add(cache_key, 0, timeout=period + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # the window expired between add() and incr()
        cache.add(cache_key, 1, timeout=period + 1)
        count = 1
    retry_after = max(1, math.ceil((window + 1) * period - now))
    return Verdict(allowed=count <= limit, count=count, retry_after=retry_after)


def too_many_requests(request, retry_after=DEFAULT_RETRY_AFTER, exception=None):
    """Return the readable 429 page with a Retry-After header."""
    response = render(request, "429.html", {"retry_after": retry_after}, status=429)
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


def limit_posts(*, scope, rates, key=client_key):
    """Decorate a view so that POSTs beyond any of rates ((limit, seconds), ...) per key(request) answer 429.

    rates may be a callable returning them, so a setting is read at request time.
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "POST":
                for limit, period in rates() if callable(rates) else rates:
                    verdict = hit(scope=scope, key=key(request), limit=limit, period=period)
                    if not verdict.allowed:
                        return too_many_requests(request, retry_after=verdict.retry_after)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
