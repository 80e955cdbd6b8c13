"""Load the security settings of twitchsite/settings/production.py so tests can apply them to the test settings."""

import importlib
import os
import sys
from unittest import mock

# Only these come from production.py: the rest (database, storage, hashers) stays as in test settings.
PREFIXES = ("SECURE_", "SESSION_COOKIE_", "CSRF_COOKIE_", "X_FRAME_OPTIONS", "MIDDLEWARE", "CSP_")


def production_security_settings(**env):
    """Return the security settings production.py computes with these environment variables (None: unset)."""
    environ = {
        "DJANGO_SECRET_KEY": "x" * 60,
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_SITE_URL": "https://testserver",
        **env,
    }
    name = "twitchsite.settings.production"
    with mock.patch.dict(os.environ, {k: v for k, v in environ.items() if v is not None}):
        for key in [k for k, v in environ.items() if v is None]:
            os.environ.pop(key, None)
        sys.modules.pop(name, None)
        try:
            module = importlib.import_module(name)
        finally:
            sys.modules.pop(name, None)
    return {key: getattr(module, key) for key in dir(module) if key.isupper() and key.startswith(PREFIXES)}
