"""Break the database or the cache at the connection level (no mocks of our code) and bring them back."""

import contextlib
import copy

from django.db import connections
from django.db.utils import load_backend
from django.test import override_settings

DEAD_PORT = 1  # nothing listens there: connecting is refused at once


@contextlib.contextmanager
def database_unreachable(alias="default"):
    """Route the alias to a connection whose server cannot be reached, then restore the real one."""
    original = connections[alias]
    settings_dict = copy.deepcopy(original.settings_dict)
    if original.vendor == "sqlite":
        settings_dict["NAME"] = "/nonexistent-directory/twitchsite.sqlite3"
    else:
        settings_dict.update(HOST="127.0.0.1", PORT=DEAD_PORT)
    broken = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, alias)
    connections[alias] = broken
    try:
        yield
    finally:
        broken.close()
        connections[alias] = original


def cache_unreachable():
    """Point the default cache at a Redis port where nothing listens."""
    return override_settings(
        CACHES={
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": f"redis://127.0.0.1:{DEAD_PORT}/0",
            }
        }
    )
