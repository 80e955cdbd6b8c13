"""Test settings: fast hashing, in-memory email, plain static storage."""

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SECRET_KEY = "test-secret-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = ["*"]
# bench: the anonymous page cache is off in tests, except in the tests that switch it on to prove it stays correct
# (articles/tests/test_page_cache.py): with pytest-django's per-test transactions, the on-commit bumps that keep
# cached pages fresh never run, so an unrelated test reading a page twice would see the first version.
PAGE_CACHE_ENABLED = False

# ops: keep test output quiet; tests that check the request log attach their own handler.
LOGGING["loggers"]["ops.requests"]["level"] = "WARNING"  # noqa: F405
DEMO_PICTURE_WIDTH = 480  # demo pictures drawn small: their renditions take milliseconds
