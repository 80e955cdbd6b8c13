import time

import pytest
from django.core import signing

from accounts.consent import cookie


def test_a_cookie_round_trips():
    value = cookie.encode(consent_id="abc", version=3, decisions={"youtube": True})
    data = cookie.decode(value)
    assert data["id"] == "abc" and data["v"] == 3 and data["d"] == {"youtube": True}


@pytest.mark.parametrize(
    "value",
    [
        "",
        "garbage",
        signing.dumps({"id": "x", "v": 1, "d": {"youtube": True}, "t": 0}, salt="another-salt"),
        signing.dumps({"id": "x", "v": "1", "d": {}}, salt=cookie.SALT),
        signing.dumps({"id": "x", "v": 1, "d": {"youtube": "yes"}}, salt=cookie.SALT),
    ],
)
def test_unreadable_or_foreign_cookies_count_as_no_consent(value):
    assert cookie.decode(value) is None


def test_a_tampered_cookie_counts_as_no_consent():
    value = cookie.encode(consent_id="abc", version=1, decisions={"youtube": False})
    payload, rest = value.split(":", 1)
    tampered = payload[:-2] + ("AA" if payload[-2:] != "AA" else "BB") + ":" + rest
    assert cookie.decode(tampered) is None


def test_an_old_timestamp_inside_a_valid_signature_is_expired(settings):
    settings.CONSENT_MAX_AGE_DAYS = 1
    value = cookie.encode(consent_id="abc", version=1, decisions={}, at=time.time() - 2 * 86400)
    assert cookie.decode(value) is None


def test_a_lifetime_above_thirteen_months_is_refused(settings):
    from django.core.exceptions import ImproperlyConfigured

    settings.CONSENT_MAX_AGE_DAYS = 400
    with pytest.raises(ImproperlyConfigured):
        cookie.decode("x:y")
