"""Local development: DEBUG on, templates reloaded on change."""

from .base import *  # noqa: F403
from .base import LOGGING, TEMPLATES, env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
# Dev serves static files from the app folders; no manifest needed.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TEMPLATES[0]["OPTIONS"]["loaders"] = [
    "django.template.loaders.filesystem.Loader",
    "django.template.loaders.app_directories.Loader",
]

# One short line per request in the terminal instead of JSON. runserver's own request line, and Django's
# "Not Found: /x" for every 404, would repeat it; errors still print with their traceback.
LOGGING["formatters"]["console"] = {"()": "ops.logging.ConsoleFormatter"}
LOGGING["handlers"]["requests"]["formatter"] = "console"
LOGGING["filters"] = {"skip_request_lines": {"()": "ops.logging.SkipServerRequestLines"}}
LOGGING["handlers"]["server"] = {"class": "logging.StreamHandler", "filters": ["skip_request_lines"]}
LOGGING["loggers"]["django.server"] = {"handlers": ["server"], "level": "INFO", "propagate": False}
# Django's own console handler (DEBUG only) would print every message a second time beside the root handler.
LOGGING["loggers"]["django"] = {"handlers": [], "level": "INFO"}
LOGGING["loggers"]["django.request"] = {"handlers": [], "level": "ERROR"}
