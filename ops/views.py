"""Operational endpoints: health check and error handlers that must work while the database is down."""

import sys
import uuid

from django.db import connections
from django.http import HttpResponseServerError, JsonResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .outage import drop_broken_connections, is_outage, outage_response


def _check_database():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache():
    from django.core.cache import cache

    key, value = "ops:healthz", uuid.uuid4().hex
    cache.set(key, value, 10)
    if cache.get(key) != value:
        raise RuntimeError("cache did not return what was stored")


@never_cache
@require_safe
def healthz(request):
    """Report whether the database and the cache answer: 200 when both do, 503 otherwise."""
    checks = {}
    for name, check in (("database", _check_database), ("cache", _check_cache)):
        try:
            check()
        except Exception as exc:  # noqa: BLE001 - any failure means unhealthy; the type is reported
            checks[name] = f"error: {type(exc).__name__}"
            if name == "database":
                drop_broken_connections()
        else:
            checks[name] = "ok"
    healthy = all(v == "ok" for v in checks.values())
    return JsonResponse({"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503)


def server_error(request):
    """Answer an uncaught exception: 503 for an outage anywhere in the stack, the 500 page otherwise."""
    exc = sys.exc_info()[1]
    if exc is not None and is_outage(exc):
        return outage_response(request, exc)
    # No context processors that touch the database: the database may be why we are here.
    return HttpResponseServerError(loader.get_template("500.html").render({}))
