"""Consent settings, read at call time so tests can override them."""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# EU member states plus Iceland, Liechtenstein, Norway (EEA), the United Kingdom and Switzerland.
EEA_UK = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB CH".split()
)
MAX_ALLOWED_DAYS = 395  # 13 months, the longest consent lifetime regulators accept


def cookie_name():
    return getattr(settings, "CONSENT_COOKIE_NAME", "twitch_consent")


def max_age_days():
    days = int(getattr(settings, "CONSENT_MAX_AGE_DAYS", 182))
    if not 1 <= days <= MAX_ALLOWED_DAYS:
        raise ImproperlyConfigured(f"CONSENT_MAX_AGE_DAYS must be between 1 and {MAX_ALLOWED_DAYS} (13 months).")
    return days


def max_age_seconds():
    return max_age_days() * 86400


def retention_days():
    return int(getattr(settings, "CONSENT_RECORD_RETENTION_DAYS", 3 * 365))


def region_mode():
    mode = getattr(settings, "CONSENT_REGION_MODE", "everyone")
    if mode not in ("everyone", "eea"):
        raise ImproperlyConfigured("CONSENT_REGION_MODE must be 'everyone' or 'eea'.")
    return mode


def country_header():
    """Return the META key of the CDN country header, e.g. HTTP_CF_IPCOUNTRY, or ''."""
    name = getattr(settings, "CONSENT_COUNTRY_HEADER", "")
    return "HTTP_" + name.upper().replace("-", "_") if name else ""


def cookie_secure():
    return bool(getattr(settings, "CONSENT_COOKIE_SECURE", settings.SESSION_COOKIE_SECURE))


def cookie_domain():
    return getattr(settings, "CONSENT_COOKIE_DOMAIN", None)
