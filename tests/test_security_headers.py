"""Production security headers and cookies on the pages people and attackers reach first."""

from http.cookies import SimpleCookie

import pytest
from allauth.account.models import EmailAddress

from accounts.tests.factories import UserFactory
from articles.tests.factories import ArticleFactory, SectionFactory

from .security.production import production_security_settings

pytestmark = pytest.mark.django_db

PAGES = ["home", "article", "login", "admin"]


@pytest.fixture
def production(settings):
    for key, value in production_security_settings().items():
        setattr(settings, key, value)
    return settings


@pytest.fixture
def urls(db):
    article = ArticleFactory(title="Why muscles twitch")
    SectionFactory(article=article)
    return {
        "home": "/",
        "article": article.get_absolute_url(),
        "login": "/accounts/login/",
        "admin": "/admin/",
    }


def get(client, url):
    if url.startswith("/admin/"):
        client.force_login(UserFactory(username="boss", is_staff=True, is_superuser=True))
    response = client.get(url, secure=True, follow=False)
    assert response.status_code == 200, (url, response.status_code)
    return response


def cookie_attrs(response, name):
    """Return the Set-Cookie attributes of one cookie, as the browser would parse them."""
    morsel = response.cookies.get(name)
    assert morsel is not None, f"{name} not set; got {list(response.cookies)}"
    header = morsel.OutputString()
    return header, SimpleCookie(header)[name]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_sends_hsts_for_a_year_with_subdomains(production, client, urls, page):
    hsts = get(client, urls[page])["Strict-Transport-Security"]
    assert "max-age=31536000" in hsts
    assert "includeSubDomains" in hsts


@pytest.mark.parametrize("page", PAGES)
def test_every_page_forbids_sniffing_framing_and_cross_origin_openers(production, client, urls, page):
    response = get(client, urls[page])
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Referrer-Policy"] in ("strict-origin-when-cross-origin", "same-origin")


@pytest.mark.parametrize("page", PAGES)
def test_pages_with_forms_set_a_host_only_secure_csrf_cookie(production, client, urls, page):
    if page in ("home", "article"):
        # Signed in, these pages carry forms (sign out, comment), so they set the CSRF cookie.
        reader = UserFactory(email="reader@example.org")
        EmailAddress.objects.create(user=reader, email=reader.email, verified=True, primary=True)
        client.force_login(reader)
    header, morsel = cookie_attrs(get(client, urls[page]), "__Host-csrftoken")
    assert morsel["secure"]
    assert morsel["samesite"] == "Lax"
    assert morsel["path"] == "/"
    assert not morsel["domain"], header


def test_signing_in_sets_a_host_only_secure_httponly_session_cookie(production, client):
    user = UserFactory(email="reader@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    client.get("/accounts/login/", secure=True)
    response = client.post("/accounts/login/", {"login": user.email, "password": "correct horse battery"}, secure=True)
    assert response.status_code == 302, response.content[:500]
    header, morsel = cookie_attrs(response, "__Host-sessionid")
    assert morsel["secure"]
    assert morsel["httponly"]
    assert morsel["samesite"] == "Lax"
    assert morsel["path"] == "/"
    assert not morsel["domain"], header


def test_plain_http_is_redirected_to_https(production, client, urls):
    response = client.get(urls["home"])
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def test_the_redirect_can_be_left_to_a_tls_proxy(client, settings, urls):
    for key, value in production_security_settings(DJANGO_SECURE_SSL_REDIRECT="0").items():
        setattr(settings, key, value)
    assert client.get(urls["home"]).status_code == 200
    # The proxy says the request came over HTTPS: Django believes it, so HSTS is sent.
    response = client.get(urls["home"], HTTP_X_FORWARDED_PROTO="https")
    assert "max-age=31536000" in response["Strict-Transport-Security"]


def test_production_settings_refuse_to_start_without_a_secret_key():
    import django.core.exceptions

    with pytest.raises(django.core.exceptions.ImproperlyConfigured):
        production_security_settings(DJANGO_SECRET_KEY=None)


def test_the_admin_login_sends_people_to_the_rate_limited_site_login(production, client):
    UserFactory(username="boss", email="boss@example.org", is_staff=True, is_superuser=True)
    response = client.get("/admin/login/", secure=True)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert "max-age=31536000" in response["Strict-Transport-Security"]
    # Posting a password to the admin's own form does not sign anyone in: guessing must go through allauth.
    response = client.post("/admin/login/", {"username": "boss", "password": "correct horse battery"}, secure=True)
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def csp_directives(response):
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_a_strict_content_security_policy(production, client, urls, page):
    csp = csp_directives(get(client, urls[page]))
    assert csp["default-src"] in (["'none'"], ["'self'"])
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    script_src = csp.get("script-src", csp["default-src"])
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src
    assert any(v.startswith("'nonce-") for v in script_src)


@pytest.mark.parametrize("page", PAGES)
def test_every_script_on_a_page_carries_this_responses_nonce(production, client, urls, page):
    import re

    first = get(client, urls[page])
    nonce = next(v for v in csp_directives(first)["script-src"] if v.startswith("'nonce-"))[7:-1]
    for tag in re.findall(r"<script\b[^>]*>", first.content.decode()):
        data_block = re.search(r'type="(application/json|application/ld\+json|text/plain)"', tag)
        if data_block:
            continue  # not executed: JSON data and consent-gated inert scripts
        if page == "admin" and re.search(r'src="/static/', tag):
            continue  # Django's own admin files, allowed by 'self'
        assert f'nonce="{nonce}"' in tag, tag
    second = client.get(urls[page], secure=True)
    assert csp_directives(second)["script-src"] != csp_directives(first)["script-src"]  # a fresh nonce each time
