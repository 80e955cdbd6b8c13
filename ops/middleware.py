"""Cross-cutting middleware: the outage page and the structured request log."""

import hashlib
import hmac
import logging
import time

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.utils.functional import empty

from .outage import is_outage, outage_response

request_logger = logging.getLogger("ops.requests")


class OutageMiddleware:
    """Answer a database or cache outage raised by a view with a 503 page that recovers by itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_outage(exception):
            return outage_response(request, exception)
        return None


def user_tag(request):
    """Return a keyed hash of the signed-in user's id, or "anon", without running any query."""
    user_id = None
    user = getattr(request, "user", None)
    if user is not None and getattr(user, "_wrapped", empty) is not empty:
        user_id = user.pk if user.is_authenticated else None
    else:
        session = getattr(request, "session", None)
        # Only when the session was loaded anyway: reading it here would cost a query on every request.
        if session is not None and hasattr(session, "_session_cache"):
            user_id = session.get(SESSION_KEY)
    if user_id is None:
        return "anon"
    digest = hmac.new(settings.SECRET_KEY.encode(), f"user:{user_id}".encode(), hashlib.sha256)
    return digest.hexdigest()[:16]


class RequestLogMiddleware:
    """Log one JSON line per request: method, path, status, duration, hashed user. No IP, e-mail or cookies."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        if request_logger.isEnabledFor(logging.INFO):
            request_logger.info(
                "request",
                extra={
                    "http": {
                        "method": request.method,
                        "path": request.path,
                        "status": response.status_code,
                        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                        "user": user_tag(request),
                    }
                },
            )
        return response
