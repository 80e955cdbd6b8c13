"""Recognise a database or cache outage and answer it with a friendly 503 page."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError, connections
from django.http import HttpResponse
from django.template import loader

logger = logging.getLogger("ops.outage")

RETRY_AFTER_SECONDS = 30


def _outage_exceptions():
    found = [OperationalError, InterfaceError]
    try:
        import redis.exceptions

        found += [redis.exceptions.ConnectionError, redis.exceptions.TimeoutError]
    except ImportError:  # pragma: no cover - redis is a requirement, but the site runs without it
        pass
    try:
        from django_redis.exceptions import ConnectionInterrupted

        found.append(ConnectionInterrupted)
    except ImportError:  # pragma: no cover
        pass
    return tuple(found)


OUTAGE_EXCEPTIONS = _outage_exceptions()


def is_outage(exc):
    """Return True when exc means the database or the cache cannot be reached right now."""
    return isinstance(exc, OUTAGE_EXCEPTIONS)


def drop_broken_connections():
    """Close database connections that failed, so the next request connects afresh."""
    for conn in connections.all(initialized_only=True):
        # Inside an atomic block the block's own exit deals with the connection (and closing there would
        # break the transaction of whoever owns it).
        if not conn.in_atomic_block:
            conn.close_if_unusable_or_obsolete()


def outage_response(request, exc):
    """Return the 503 page; drop broken database connections so the next request connects afresh."""
    logger.warning("service unavailable: %s: %s", type(exc).__name__, str(exc).splitlines()[0] if str(exc) else "")
    if isinstance(exc, (OperationalError, InterfaceError)):
        drop_broken_connections()
    # No RequestContext: the context processors read the database and the cache, which are what failed.
    html = loader.get_template("503.html").render({"site_name": settings.SITE_NAME})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
