"""A comment posted while the mail server is down is saved; the failed e-mail is retried and logged."""

import logging
import time

import pytest

from articles.tests.factories import ArticleFactory
from comments import spam
from comments.models import Comment
from comments.tests.factories import VerifiedUserFactory


@pytest.fixture
def mail_server_down(settings):
    # A real SMTP connection to a port where nothing listens: refused, as when the mail server is down.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 1
    settings.EMAIL_TIMEOUT = 2


@pytest.mark.django_db(transaction=True)
def test_comment_is_saved_and_the_failed_email_logged_when_smtp_is_down(client, mail_server_down, caplog):
    article = ArticleFactory()
    client.force_login(VerifiedUserFactory())
    token = spam.make_form_token(at=time.time() - 10)
    with caplog.at_level(logging.WARNING, logger="comments.notifications"):
        response = client.post(
            f"/comments/post/{article.pk}/",
            {"body": "Posted while the mail server sleeps.", "token": token, "notify_replies": "on"},
        )
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert comment.body == "Posted while the mail server sleeps."
    assert comment.status == Comment.Status.PUBLISHED
    failures = [r for r in caplog.records if r.name == "comments.notifications"]
    assert [r.levelname for r in failures] == ["WARNING", "WARNING", "ERROR"]  # tried twice, then logged
    assert f"comment {comment.pk}" in failures[-1].getMessage()
    assert article.author.email not in caplog.text
    # The page the commenter lands on works.
    assert client.get(response["Location"]).status_code == 200
