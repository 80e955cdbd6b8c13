"""Local development: DEBUG on, templates reloaded on change."""

from .base import *  # noqa: F403
from .base import TEMPLATES, env

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
