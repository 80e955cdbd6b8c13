"""Posting comments faster than the limit answers HTTP 429, and keeps what the person typed."""

import time

import pytest

from articles.tests.factories import ArticleFactory
from comments import spam
from comments.models import Comment
from comments.tests.factories import VerifiedUserFactory

pytestmark = pytest.mark.django_db


def post(client, article, body):
    token = spam.make_form_token(at=time.time() - 10)
    return client.post(
        f"/comments/post/{article.pk}/", {"body": body, "token": token, "notify_replies": "on", "website": ""}
    )


def test_the_second_comment_within_15_seconds_gets_429_with_the_text_kept(client):
    article = ArticleFactory()
    client.force_login(VerifiedUserFactory())
    assert post(client, article, "My first thought on this.").status_code == 302
    response = post(client, article, "A second thought, far too soon.")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    page = response.content.decode()
    assert "posting too fast" in page
    assert 'class="site-header"' in page  # a readable page in the site's layout, not a bare error
    assert "A second thought, far too soon." in page
    assert Comment.objects.count() == 1


def test_other_refusals_are_not_rate_limits(client):
    article = ArticleFactory()
    client.force_login(VerifiedUserFactory())
    assert post(client, article, "Exactly the same words.").status_code == 302
    client.force_login(VerifiedUserFactory())
    assert post(client, article, "Exactly the same words.").status_code == 400
