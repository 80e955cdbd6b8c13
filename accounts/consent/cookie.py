"""The consent cookie: signed, set by the server, HttpOnly, SameSite=Lax, Secure in production."""

import time

from django.core import signing

from . import conf

SALT = "accounts.consent.cookie"


def encode(*, consent_id, version, decisions, user_id=None, gpc=False, at=None):
    payload = {"id": str(consent_id), "v": version, "d": decisions, "t": int(at or time.time())}
    if user_id:
        payload["u"] = user_id
    if gpc:
        payload["g"] = 1
    return signing.dumps(payload, salt=SALT, compress=True)


def decode(value):
    """Return the cookie's payload, or None when it is missing, tampered with, malformed or expired."""
    if not value:
        return None
    try:
        data = signing.loads(value, salt=SALT, max_age=conf.max_age_seconds())
    except (signing.BadSignature, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("d"), dict) or not isinstance(data.get("v"), int):
        return None
    if not all(isinstance(k, str) and isinstance(v, bool) for k, v in data["d"].items()):
        return None
    if time.time() - data.get("t", 0) > conf.max_age_seconds():
        return None
    return data


def set_on(response, value):
    response.set_cookie(
        conf.cookie_name(),
        value,
        max_age=conf.max_age_seconds(),
        httponly=True,
        samesite="Lax",
        secure=conf.cookie_secure(),
        domain=conf.cookie_domain(),
    )
