import pytest
import time_machine
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_consent_expires_after_the_configured_lifetime(client, policy, settings):
    settings.CONSENT_MAX_AGE_DAYS = 182
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client.post("/consent/", {"action": "reject_all", "next": "/"})
        assert 'id="consent-dialog"' not in client.get("/").content.decode()
    with time_machine.travel(start + timezone.timedelta(days=181), tick=False):
        assert 'id="consent-dialog"' not in client.get("/").content.decode()
    with time_machine.travel(start + timezone.timedelta(days=183), tick=False):
        assert 'id="consent-dialog"' in client.get("/").content.decode()


def test_a_signed_in_users_old_record_no_longer_counts(client, policy, settings):
    from accounts.tests.factories import UserFactory

    user = UserFactory()
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client.force_login(user)
        client.post("/consent/", {"action": "accept_all", "next": "/"})
    client.cookies.clear()
    with time_machine.travel(start + timezone.timedelta(days=200), tick=False):
        client.force_login(user)
        assert 'id="consent-dialog"' in client.get("/").content.decode()
