"""Log formats: JSON lines in production (easy to ship and query), one short line per request in development."""

import json
import logging
from datetime import UTC, datetime


class JsonFormatter(logging.Formatter):
    """Format a record as one JSON object; fields passed as extra={"http": {...}} are merged in."""

    def format(self, record):
        data = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        data.update(getattr(record, "http", {}))
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


class ConsoleFormatter(logging.Formatter):
    """Format a request record as one short line for a developer's terminal: time, method, path, status, duration."""

    def format(self, record):
        http = getattr(record, "http", None)
        if not http:
            return super().format(record)
        stamp = datetime.fromtimestamp(record.created).strftime("%H:%M:%S")
        return f"{stamp} {http['method']} {http['path']} {http['status']} {http['duration_ms']:.0f} ms"


class SkipServerRequestLines(logging.Filter):
    """Drop runserver's own line per request (the request log has one already); keep its other messages."""

    # The format http.server's log_request() passes to Django's django.server logger.
    REQUEST_LINE = '"%s" %s %s'

    def filter(self, record):
        return record.msg != self.REQUEST_LINE
