"""Comment settings with their defaults, read at call time so tests and operators can change them."""

from django.conf import settings

DEFAULTS = {
    "COMMENTS_MAX_LENGTH": 8192,
    "COMMENTS_MAX_DEPTH": 5,
    "COMMENTS_EDIT_WINDOW": 600,  # seconds
    "COMMENTS_PER_PAGE": 50,
    "COMMENTS_CLOSE_AFTER_DAYS": None,
    "COMMENTS_HOLD_FIRST": True,
    "COMMENTS_MIN_SECONDS": 3,  # a form posted faster than this is refused
    "COMMENTS_MAX_FORM_AGE": 2 * 3600,  # seconds
    "COMMENTS_RATE_LIMITS": ((1, 15), (20, 3600)),  # (comments, seconds) per user
    "COMMENTS_MAX_LINKS": 2,
    "COMMENTS_AKISMET_KEY": "",
    "COMMENTS_AKISMET_TIMEOUT": 3,  # seconds
    "COMMENTS_SITE_URL": "http://127.0.0.1:8000",  # start of the links in e-mails
}


def get(name):
    return getattr(settings, name, DEFAULTS[name])
