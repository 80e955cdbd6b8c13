"""Cache the HTML of public pages for anonymous visitors, with the per-visitor parts filled in on every request.

Why whole pages with holes rather than fragments: an anonymous article page must cost close to a bare Django view
(bench/README.md), and rendering even the page frame costs more than that. So the whole HTML is cached, and what is
per visitor is handled on every request, never frozen:
- the page is stored as byte pieces cut at the CSP nonce and the CSRF token (the consent banner's form), and
  joined again with this request's values, gzipped without compressing again when the browser accepts it
  (page_gzip.py); the CSP header itself is built by the consent middleware on every response;
- what depends on the visitor's consent (the banner, consent-gated videos) is part of the key: the visitor's consent
  state (policy number, decisions, whether the banner shows) is short, so a few variants cover every visitor;
- signed-in visitors, visitors with a message to see (flash messages), unknown query parameters, POSTs and any
  response that is not a plain 200 HTML page are never cached.

Correctness after a change comes from version numbers in the key, bumped by the code that makes the change
(`touch_article` by the comment services, `touch_site` by article edits and erasures, `touch_listings` when
counts shown in lists change). A consent-policy change needs no bump: the policy number is part of the key.
Entries also expire after PAGE_CACHE_TIMEOUT, which bounds how long a changed profile name can show, and at the
first moment the page changes by itself: the next scheduled publish time, or what a view reports with `changes_at`
(the comment section: relative dates such as "5 minutes ago", the day comments close).
"""

import hashlib
import math
import re
import threading
import time
from collections import OrderedDict
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.cache import patch_vary_headers

from twitchsite.db_router import reads_from_primary

from .page_gzip import accepts_gzip, deflate_pieces, gzip_page

SITE_KEY = "pagecache:v:site"
LISTINGS_KEY = "pagecache:v:listings"
NONCE_HOLE = "__pagecache-csp-nonce__"
CSRF_HOLE = "__pagecache-csrf-token__"
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{32,64})"')


def article_key(slug):
    return f"pagecache:v:article:{slug}"


def _new_version():
    # Versions start from the clock, so a version key lost from the cache (eviction, restart) never comes back
    # with a number an older page was stored under.
    return time.time_ns()


def _bump(*keys):
    # After the commit: bumped earlier, a request could render the old rows and store them under the new version.
    transaction.on_commit(lambda: _bump_now(keys))


def _bump_now(keys):
    for key in keys:
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, _new_version(), None)


def touch_article(*slugs):
    """Show changes to these articles' pages (comments, moderation) on the next request."""
    _bump(*(article_key(s) for s in slugs), LISTINGS_KEY)


def touch_listings():
    """Show changes to article lists (home, topics) on the next request."""
    _bump(LISTINGS_KEY)


def touch_site():
    """Show any change on every cached page on the next request (article edits, erasures)."""
    _bump(SITE_KEY)


def _current_versions(keys, found):
    """Return the versions of keys from found (a get_many result), starting the ones the cache does not hold."""
    missing = [k for k in keys if k not in found]
    if missing:
        for key in missing:
            # add() keeps a version another worker set meanwhile; read back whatever won.
            cache.add(key, _new_version(), None)
        found = {**found, **cache.get_many(missing)}
    return [found.get(k, 0) for k in keys]


def consent_variant(request):
    """Return what in the visitor's consent changes the page: policy, decisions, banner shown or not."""
    state = getattr(request, "consent", None)
    if state is None:
        return ""
    try:
        policy = getattr(state.policy, "number", None)
        return repr(
            (
                policy,
                state.needs_prompt,
                sorted(state.decisions.items()),
                sorted(state.changed),
                state.in_region,
                state.gpc,
                sorted(state.once),
            )
        )
    except AttributeError:
        # A consent state without these parts: keep each cookie value apart (correct, if less shared).
        return repr(sorted(request.COOKIES.items()))


def changes_at(request, when):
    """Note that the page being rendered changes by itself at `when` (a datetime): it is not served after then."""
    if when is None:
        return
    current = getattr(request, "_page_cache_changes_at", None)
    if current is None or when < current:
        request._page_cache_changes_at = when


def _fresh_until(request):
    """Return the timestamp after which the page just rendered may be out of date, whatever gets bumped."""
    from .models import Article

    now = time.time()
    limit = now + settings.PAGE_CACHE_TIMEOUT
    # No code runs when a scheduled article's time comes, so no version is bumped: every page that lists articles
    # (home, topics, "More by" on article pages) is kept only until the next scheduled publish time.
    next_publish = (
        Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )
    for when in (next_publish, getattr(request, "_page_cache_changes_at", None)):
        if when is not None:
            limit = min(limit, when.timestamp())
    return limit


def _bypass(request):
    header = settings.PAGE_CACHE_BYPASS_HEADER
    return bool(header and request.META.get(header))


def _cacheable_request(request, params):
    if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD") or _bypass(request):
        return False
    if request.GET and not set(request.GET).issubset(params):
        return False
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return True  # no session: anonymous, and no flash message waiting
    if request.user.is_authenticated:
        return False
    from django.contrib.messages import get_messages

    # len() does not mark the messages as shown; a page with messages is rendered for this visitor only.
    return len(get_messages(request)) == 0


def _page_key(request):
    raw = "|".join([request.scheme, request.get_host(), request.get_full_path(), consent_variant(request)])
    # "page4": the entry names its body (plain and deflated pieces) by digest; older formats are never read.
    return "pagecache:page4:" + hashlib.sha256(raw.encode()).hexdigest()


def _freeze(request, response):
    """Return the response's HTML cut into byte pieces at this visitor's nonce and CSRF token, or None."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return None
    if not response.get("Content-Type", "").startswith("text/html"):
        return None
    if "private" in response.get("Cache-Control", "") or "no-store" in response.get("Cache-Control", ""):
        return None
    html = response.content
    holes = {}
    nonce = getattr(request, "csp_nonce", "")
    if nonce:
        holes[nonce.encode(response.charset)] = NONCE_HOLE
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        match = CSRF_INPUT.search(html.decode(response.charset))
        if match is None:
            return None  # the token is used somewhere we cannot find: not cacheable
        holes[match.group(1).encode(response.charset)] = CSRF_HOLE
    # The page is kept as bytes between the holes: a hit joins them with this visitor's values, one copy of the
    # page and no decoding or encoding (the costliest part of a hit on a page of 200 kB).
    pieces, names = [html], []
    for value, name in holes.items():
        split_pieces, split_names = [], []
        for i, piece in enumerate(pieces):
            parts = piece.split(value)
            split_pieces.append(parts[0])
            for part in parts[1:]:
                split_names.append(name)
                split_pieces.append(part)
            if i < len(names):
                split_names.append(names[i])
        pieces, names = split_pieces, split_names
    return {"pieces": pieces, "holes": names, "charset": response.charset, "content_type": response["Content-Type"]}


class _LocalBodies:
    """The page bodies this process served lately, by digest: a hit then fetches only the small entry.

    A digest names one exact body, so a copy kept here can never be out of date; the versions, freshness and
    per-visitor parts still come from the shared cache and the request on every hit.
    """

    def __init__(self, max_bytes):
        self.max_bytes, self.size, self.items, self.lock = max_bytes, 0, OrderedDict(), threading.Lock()

    @staticmethod
    def _size(body):
        return sum(len(piece) for pieces in body.values() for piece in pieces)

    def get(self, digest):
        with self.lock:
            body = self.items.get(digest)
            if body is not None:
                self.items.move_to_end(digest)
            return body

    def put(self, digest, body):
        size = self._size(body)
        if size > self.max_bytes:
            return
        with self.lock:
            if digest in self.items:
                return
            self.items[digest] = body
            self.size += size
            while self.size > self.max_bytes:
                _, old = self.items.popitem(last=False)
                self.size -= self._size(old)


_bodies = _LocalBodies(max_bytes=32 * 1024 * 1024)


def _body_key(digest):
    return f"pagecache:body:{digest}"


def _digest(entry, pieces):
    h = hashlib.sha256(repr((entry["holes"], entry["charset"], entry["content_type"])).encode())
    for piece in pieces:
        h.update(len(piece).to_bytes(8, "big"))
        h.update(piece)
    return h.hexdigest()


def _store(key, frozen, timeout):
    """Store the entry and its body (the pieces, plain and deflated); return the body."""
    pieces = frozen.pop("pieces")
    body = {"raw": pieces, "gz": deflate_pieces(pieces)}
    frozen["digest"] = digest = _digest(frozen, pieces)
    cache.set_many({_body_key(digest): body, key: frozen}, timeout)
    _bodies.put(digest, body)
    return body


def _body(entry):
    body = _bodies.get(entry["digest"])
    if body is None:
        body = cache.get(_body_key(entry["digest"]))
        if body is not None:
            _bodies.put(entry["digest"], body)
    return body


def _thaw(request, entry, body, status="hit"):
    """Return the stored page with this visitor's nonce and CSRF token, gzipped when the browser accepts it."""
    charset = entry["charset"]
    values = {}
    if NONCE_HOLE in entry["holes"]:
        values[NONCE_HOLE] = getattr(request, "csp_nonce", "").encode(charset)
    if CSRF_HOLE in entry["holes"]:
        values[CSRF_HOLE] = get_token(request).encode(charset)
    filled = [values[name] for name in entry["holes"]]
    pieces = body["raw"]
    if accepts_gzip(request):
        response = HttpResponse(gzip_page(pieces, body["gz"], filled), content_type=entry["content_type"])
        response["Content-Encoding"] = "gzip"
    else:
        joined = [pieces[0]]
        for value, piece in zip(filled, pieces[1:], strict=True):
            joined += (value, piece)
        response = HttpResponse(b"".join(joined), content_type=entry["content_type"])
    patch_vary_headers(response, ["Accept-Encoding"])
    response["X-Page-Cache"] = status
    return response


def anonymous_page(view, *, scope, params=()):
    """Wrap a public view so anonymous visitors get its cached HTML.

    scope: "article" (versions: site + the article's slug) or "listings" (site + listings).
    params: the query parameters the page understands; a request with any other one is not cached.
    """
    params = frozenset(params)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _cacheable_request(request, params):
            return view(request, *args, **kwargs)
        keys = [SITE_KEY, article_key(kwargs["slug"]) if scope == "article" else LISTINGS_KEY]
        key = _page_key(request)
        # One round trip: the page and the current versions; the page is good only if built under those versions.
        found = cache.get_many([key, *keys])
        versions = _current_versions(keys, found)
        entry = found.get(key)
        if entry is not None and entry["versions"] == versions and time.time() < entry["fresh_until"]:
            body = _body(entry)
            if body is not None:
                return _thaw(request, entry, body)
        with reads_from_primary():
            response = view(request, *args, **kwargs)
        if request.method == "GET":
            frozen = _freeze(request, response)
            if frozen is not None:
                frozen["versions"] = versions
                frozen["fresh_until"] = _fresh_until(request)
                timeout = max(1, math.ceil(frozen["fresh_until"] - time.time()))
                body = _store(key, frozen, timeout)
                # The same bytes as the rendered page (same nonce; a CSRF token for the same secret), served the
                # way a hit is, so the first visitor gets it compressed too.
                return _thaw(request, frozen, body, status="miss")
        return response

    return wrapper
