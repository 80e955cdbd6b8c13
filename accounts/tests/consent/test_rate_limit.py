"""Consent answers are rate limited per (hashed) client address: a script cannot flood the consent records."""

import pytest

from accounts.consent.models import ConsentRecord

pytestmark = pytest.mark.django_db


def test_consent_posts_beyond_the_limit_get_429_and_record_nothing(client, policy, settings):
    settings.CONSENT_RATE_LIMITS = ((5, 60),)
    for _ in range(5):
        assert client.post("/consent/", {"action": "reject_all", "next": "/"}).status_code == 302
    response = client.post("/consent/", {"action": "accept_all", "next": "/"}, REMOTE_ADDR="127.0.0.1")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Too many attempts" in response.content.decode()
    assert ConsentRecord.objects.count() == 5
    # Another address is not affected.
    assert client.post("/consent/", {"action": "accept_all", "next": "/"}, REMOTE_ADDR="192.0.2.9").status_code == 302


def test_the_default_limit_lets_a_person_change_their_mind_many_times(client, policy):
    for n in range(30):
        action = "accept_all" if n % 2 else "reject_all"
        assert client.post("/consent/", {"action": action, "next": "/"}).status_code == 302
    assert client.post("/consent/", {"action": "reject_all", "next": "/"}).status_code == 429


def test_contextual_consent_shares_the_limit(client, policy, settings):
    settings.CONSENT_RATE_LIMITS = ((2, 60),)
    client.post("/consent/", {"action": "reject_all", "next": "/"})
    client.post("/consent/", {"action": "reject_all", "next": "/"})
    assert client.post("/consent/contextual/", {"service": "youtube", "next": "/"}).status_code == 429
