import re
from unittest import mock
from urllib.parse import parse_qs, urlparse

import pytest
import requests
from allauth.socialaccount.models import SocialAccount, SocialApp
from django.contrib.auth import get_user_model
from django.contrib.sites.models import Site
from django.urls import reverse

pytestmark = pytest.mark.django_db


def configure(provider, name):
    app = SocialApp.objects.create(provider=provider, name=name, client_id=f"{provider}-id", secret="s3cret")
    app.sites.add(Site.objects.get_current())
    return app


def fake_response(url, payload, status=200):
    response = requests.Response()
    response.status_code = status
    response.url = url
    response.headers["content-type"] = "application/json"
    response._content = __import__("json").dumps(payload).encode()
    return response


def google_endpoints(profile):
    """Answer Google's token and user-info endpoints (the only calls that would leave the machine)."""
    calls = []

    def request(self, method, url, *args, **kwargs):
        calls.append(url)
        if url == "https://oauth2.googleapis.com/token":
            return fake_response(url, {"access_token": "ya29.token", "expires_in": 3599, "token_type": "Bearer"})
        if url == "https://www.googleapis.com/oauth2/v2/userinfo":
            return fake_response(url, profile)
        raise AssertionError(f"unexpected outgoing request to {url}")

    return mock.patch.object(requests.Session, "request", request), calls


def test_no_social_buttons_without_configured_providers(client):
    html = client.get(reverse("account_login")).content.decode()

    assert "Continue with" not in html


def test_only_configured_providers_get_a_button(client):
    configure("google", "Google")

    for page in (reverse("account_login"), reverse("account_signup")):
        html = client.get(page).content.decode()
        assert "Continue with Google" in html
        assert "Continue with Facebook" not in html

    configure("facebook", "Facebook")
    assert "Continue with Facebook" in client.get(reverse("account_login")).content.decode()


def test_the_social_button_is_a_post_form(client):
    configure("google", "Google")

    html = client.get(reverse("account_login")).content.decode()

    assert f'<form method="post" action="{reverse("google_login")}?process=login">' in html


def test_google_login_with_a_mocked_provider_signs_a_new_user_in(client):
    configure("google", "Google")
    patch, calls = google_endpoints(
        {"id": "10987", "email": "gwen.hall@gmail.example", "verified_email": True, "name": "Gwen Hall"}
    )

    response = client.post(reverse("google_login") + "?process=login")
    assert response.status_code == 302
    redirect = urlparse(response.url)
    assert redirect.netloc == "accounts.google.com"
    state = parse_qs(redirect.query)["state"][0]
    with patch:
        response = client.get(reverse("google_callback"), {"code": "auth-code", "state": state})

    assert response.status_code == 302
    user = get_user_model().objects.get(email="gwen.hall@gmail.example")
    assert client.session["_auth_user_id"] == str(user.pk)
    assert SocialAccount.objects.get(user=user).uid == "10987"
    assert user.has_verified_email
    # Neither the provider's full name nor anything from the address, until the person chooses a name.
    assert re.fullmatch(r"Reader \d{4}", user.display_name)
    assert "gwen" not in user.handle and "hall" not in user.handle
    assert calls == ["https://oauth2.googleapis.com/token", "https://www.googleapis.com/oauth2/v2/userinfo"]
    home = client.get("/").content.decode()
    assert user.display_name in home
    assert "gwen" not in home.lower()


def test_a_forged_callback_state_signs_nobody_in(client):
    configure("google", "Google")
    patch, calls = google_endpoints({"id": "1", "email": "x@example.org", "verified_email": True})
    client.post(reverse("google_login") + "?process=login")

    with patch:
        response = client.get(reverse("google_callback"), {"code": "auth-code", "state": "forged"})

    assert "_auth_user_id" not in client.session
    assert calls == []
    assert response.status_code == 401
    assert "could not log you in" in response.content.decode()


def test_a_connected_account_can_be_disconnected(client):
    from accounts.tests.factories import VerifiedUserFactory

    configure("google", "Google")
    user = VerifiedUserFactory()
    account = SocialAccount.objects.create(user=user, provider="google", uid="g-1")
    client.force_login(user)

    html = client.get(reverse("socialaccount_connections")).content.decode()
    assert f'value="{account.pk}"' in html

    client.post(reverse("socialaccount_connections"), {"account": account.pk})

    assert not SocialAccount.objects.filter(pk=account.pk).exists()
