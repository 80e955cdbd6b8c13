"""Rate limits: our shared limiter and allauth's, both answering a readable 429 page."""

import socket
import threading

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.core.cache import caches
from django.test import override_settings

from accounts import ratelimit
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def assert_readable_429(response):
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    page = response.content.decode()
    assert "Too many attempts" in page
    assert 'class="site-header"' in page  # the site's own layout, not a bare error


def test_the_limiter_allows_the_limit_then_refuses():
    verdicts = [ratelimit.hit(scope="t", key="k", limit=3, period=60) for _ in range(4)]
    assert [v.allowed for v in verdicts] == [True, True, True, False]
    assert 0 < verdicts[-1].retry_after <= 60
    assert ratelimit.hit(scope="t", key="another", limit=3, period=60).allowed


def test_the_client_key_never_contains_the_address(rf):
    request = rf.post("/", REMOTE_ADDR="198.51.100.23")
    key = ratelimit.client_key(request)
    assert "198.51.100.23" not in key
    assert key == ratelimit.client_key(rf.post("/", REMOTE_ADDR="198.51.100.23"))
    assert key != ratelimit.client_key(rf.post("/", REMOTE_ADDR="198.51.100.24"))


def redis_available():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(not redis_available(), reason="Redis is not running on 127.0.0.1:6379")
def test_concurrent_hits_on_redis_never_let_more_than_the_limit_through():
    redis_cache = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:6379/14"}}
    with override_settings(CACHES=redis_cache):
        caches["default"].clear()
        allowed = []
        barrier = threading.Barrier(20)

        def worker():
            barrier.wait()
            for _ in range(10):
                allowed.append(ratelimit.hit(scope="race", key="same", limit=37, period=60).allowed)

        threads = [threading.Thread(target=worker) for _ in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        caches["default"].clear()
    assert len(allowed) == 200
    assert allowed.count(True) == 37


def test_login_attempts_beyond_allauths_limit_get_429(client):
    # Posts that never reach a password check (no password given) count towards the 30 a minute per address.
    for _ in range(30):
        assert client.post("/accounts/login/", {"login": "someone@example.org", "password": ""}).status_code == 200
    assert_readable_429(client.post("/accounts/login/", {"login": "x@example.org", "password": "wrong password"}))


def test_failed_logins_from_one_address_beyond_10_a_minute_get_429(client):
    for n in range(10):
        response = client.post("/accounts/login/", {"login": f"nobody{n}@example.org", "password": "wrong password"})
        assert response.status_code == 200
    assert_readable_429(client.post("/accounts/login/", {"login": "x@example.org", "password": "wrong password"}))


def verified_user(email, **kwargs):
    user = UserFactory(email=email, **kwargs)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_the_sixth_failed_login_for_one_account_within_5_minutes_is_refused_with_429(client):
    user = verified_user("target@example.org")
    with time_machine.travel("2030-01-01 12:00:00", tick=False) as clock:
        for _ in range(5):
            response = client.post("/accounts/login/", {"login": user.email, "password": "guess"})
            assert response.status_code == 200  # the form again, "incorrect"
            clock.shift(50)
        # Four minutes after the first failure: even the right password is refused for this account.
        assert_readable_429(client.post("/accounts/login/", {"login": user.email, "password": "correct horse battery"}))
        assert "_auth_user_id" not in client.session
        # Another account from the same address is not locked out.
        other = verified_user("bystander@example.org")
        assert (
            client.post("/accounts/login/", {"login": other.email, "password": "correct horse battery"}).status_code
            == 302
        )
        client.logout()
        # Once the five failures are more than 5 minutes old, the owner gets in.
        clock.shift(5 * 60)
        response = client.post("/accounts/login/", {"login": user.email, "password": "correct horse battery"})
        assert response.status_code == 302
        assert client.session["_auth_user_id"] == str(user.pk)


def test_guessing_a_staff_password_through_the_admin_login_is_stopped(client):
    verified_user("boss@example.org", is_staff=True, is_superuser=True)
    login_page = client.get("/admin/login/?next=/admin/", follow=True)
    assert login_page.status_code == 200
    url = login_page.request["PATH_INFO"] + "?" + login_page.request["QUERY_STRING"]
    assert url.startswith("/accounts/login/")
    for n in range(5):
        assert client.post(url, {"login": "boss@example.org", "password": f"guess {n}"}).status_code == 200
    assert_readable_429(client.post(url, {"login": "boss@example.org", "password": "correct horse battery"}))
    # Spreading guesses over other accounts hits the per-address limit: 10 failed attempts a minute (the refused
    # sixth attempt above counts as one).
    responses = [client.post(url, {"login": f"admin{n}@example.org", "password": "guess"}) for n in range(6)]
    assert [r.status_code for r in responses] == [200] * 4 + [429] * 2
    assert_readable_429(responses[-1])
    assert "_auth_user_id" not in client.session


def test_sign_ups_beyond_allauths_limit_get_429(client):
    for n in range(20):
        client.post("/accounts/signup/", {"email": f"new{n}@example.org", "password1": "x", "password2": "y"})
    assert_readable_429(
        client.post("/accounts/signup/", {"email": "late@example.org", "password1": "x", "password2": "y"})
    )


def test_password_resets_for_one_address_beyond_the_limit_get_429(client):
    user = UserFactory(email="forgetful@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    for _ in range(5):
        assert client.post("/accounts/password/reset/", {"email": user.email}).status_code == 302
    assert_readable_429(client.post("/accounts/password/reset/", {"email": user.email}))
