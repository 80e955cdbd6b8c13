"""A form refused by the CSRF check answers with the site's own page: why, and the way back."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from articles.tests.factories import ArticleFactory
from comments.tests.factories import VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def strict():
    """Return a client that checks CSRF tokens as the site does for a real browser."""
    return Client(enforce_csrf_checks=True)


def test_a_form_sent_without_the_cookie_says_why_in_the_sites_look(strict):
    article = ArticleFactory()
    strict.force_login(VerifiedUserFactory())
    page = article.get_absolute_url()

    response = strict.post(
        reverse("comments:comment-post", kwargs={"article_pk": article.pk}),
        {"body": "Lost?"},
        HTTP_REFERER=f"http://testserver{page}",
    )

    assert response.status_code == 403
    html = response.content.decode()
    assert "<h1>Your form was not sent</h1>" in html
    assert "did not send back the small cookie this form needs" in html
    assert f'<a href="http://testserver{page}">Back to the page you came from</a>' in html
    assert 'class="skip-link"' in html and 'class="topic-nav"' in html  # the site's header, not Django's bare page
    assert "Forbidden (403)" not in html
    assert response["Cache-Control"] == "no-store"


def test_an_out_of_date_form_is_explained_as_such(strict):
    strict.get(reverse("account_login"))  # the strict has its CSRF cookie, but the form's token is old

    response = strict.post(
        reverse("account_login"),
        {"login": "someone@example.com", "password": "x", "csrfmiddlewaretoken": "a" * 64},
    )

    assert response.status_code == 403
    assert "The form was out of date" in response.content.decode()


def test_the_way_back_never_leads_to_another_site(strict):
    response = strict.post(reverse("account_login"), {}, HTTP_REFERER="https://elsewhere.example/form")

    html = response.content.decode()
    assert response.status_code == 403
    assert "elsewhere.example" not in html
    assert '<a href="/">Back to the home page</a>' in html


def test_the_page_keeps_the_content_security_policy(strict):
    response = strict.post(reverse("account_login"), {})

    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    scripts = re.findall(r"<script [^>]*src=[^>]*>", response.content.decode())
    assert scripts and all(f'nonce="{nonce}"' in tag for tag in scripts)  # the consent banner still works
