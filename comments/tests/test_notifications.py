import pytest
from django.core import mail

from articles.tests.factories import ArticleFactory
from comments import services
from comments.models import Comment, CommentMute
from comments.notifications import mute_token, user_from_mute_token
from comments.tests.factories import VerifiedUserFactory

pytestmark = pytest.mark.django_db


def post(article, author, body, **kwargs):
    return services.comment_post(article=article, author=author, body=body, **kwargs)


def test_article_author_is_emailed_after_commit_about_a_new_comment(django_capture_on_commit_callbacks):
    article = ArticleFactory()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post(article, VerifiedUserFactory(display_name="Rita Reader"), "Great read")
    assert mail.outbox == []  # nothing before the commit
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [article.author.email]
    assert "Rita Reader commented on your article" in message.body
    assert "/comments/mute/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_commenter_is_emailed_about_replies_unless_they_opted_out(django_capture_on_commit_callbacks):
    article = ArticleFactory()
    wants, quiet = VerifiedUserFactory(), VerifiedUserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        first = post(article, wants, "Question one")
        second = post(article, quiet, "Question two", notify_replies=False)
    mail.outbox.clear()
    replier = VerifiedUserFactory(display_name="Helpful Harry")
    with django_capture_on_commit_callbacks(execute=True):
        post(article, replier, "Answer one", parent=first)
        post(article, VerifiedUserFactory(), "Answer two", parent=second)
    recipients = sorted(address for m in mail.outbox for address in m.to)
    assert recipients == sorted([wants.email, article.author.email, article.author.email])
    assert any("Helpful Harry replied to your comment" in m.subject for m in mail.outbox if m.to == [wants.email])


def test_a_person_gets_one_email_per_comment_even_as_author_and_parent(django_capture_on_commit_callbacks):
    article = ArticleFactory()
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=article.author, email=article.author.email, verified=True)
    with django_capture_on_commit_callbacks(execute=True):
        own = post(article, article.author, "Ask me anything")
    assert mail.outbox == []  # nobody is told about their own comment
    with django_capture_on_commit_callbacks(execute=True):
        post(article, VerifiedUserFactory(), "Here is a question", parent=own)
    assert [m.to for m in mail.outbox] == [[article.author.email]]


def test_held_comment_is_announced_only_when_approved(settings, django_capture_on_commit_callbacks):
    settings.COMMENTS_HOLD_FIRST = True
    article = ArticleFactory()
    with django_capture_on_commit_callbacks(execute=True):
        comment = post(article, VerifiedUserFactory(), "First time here")
    assert comment.status == Comment.Status.PENDING and mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        services.comment_moderate(comments=[comment], status=Comment.Status.PUBLISHED)
    assert len(mail.outbox) == 1


def test_muted_person_gets_no_email(django_capture_on_commit_callbacks):
    article = ArticleFactory()
    CommentMute.objects.create(user=article.author)
    with django_capture_on_commit_callbacks(execute=True):
        post(article, VerifiedUserFactory(), "Hello")
    assert mail.outbox == []


def test_mute_token_is_signed():
    user = VerifiedUserFactory()
    assert user_from_mute_token(mute_token(user)) == user.pk
    assert user_from_mute_token(mute_token(user) + "x") is None
