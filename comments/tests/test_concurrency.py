"""Many people answering the same comment at once: every reply is stored, with its own path, and counted."""

import threading

import pytest
from django.db import connection, connections

from articles.tests.factories import ArticleFactory
from comments import services
from comments.models import Comment
from comments.tests.factories import VerifiedUserFactory

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's row locks")

REPLIERS = 30


def all_at_once(users, post):
    """Run post(user, n) in one thread per user, all starting together; return the errors raised."""
    start = threading.Barrier(len(users))
    errors = []

    def run(user, n):
        try:
            start.wait()
            post(user, n)
        except Exception as exc:  # noqa: BLE001 - collected and asserted by the caller
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(u, n)) for n, u in enumerate(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


@pytest.mark.django_db(transaction=True)
def test_30_simultaneous_replies_to_one_comment_are_all_stored_and_counted(settings):
    settings.COMMENTS_HOLD_FIRST = False
    article = ArticleFactory()
    parent = services.comment_post(article=article, author=VerifiedUserFactory(), body="Does caffeine make it worse?")
    users = [VerifiedUserFactory() for _ in range(REPLIERS)]

    def reply(user, n):
        services.comment_post(article=article, author=user, body=f"Reply {n}: yes, for me.", parent=parent)

    assert all_at_once(users, reply) == []
    replies = Comment.objects.filter(parent=parent)
    assert replies.count() == REPLIERS
    assert len(set(replies.values_list("path", flat=True))) == REPLIERS
    article.refresh_from_db()
    parent.refresh_from_db()
    assert article.comment_count == REPLIERS + 1
    assert parent.reply_seq == REPLIERS


@pytest.mark.django_db(transaction=True)
def test_replies_to_a_comment_and_to_its_replies_at_once_never_deadlock(settings):
    # A reply to the answer references the first comment as its root; PostgreSQL checks that reference at COMMIT
    # while holding the article row, so a reply that locks the first comment too hard would wait in a cycle.
    settings.COMMENTS_HOLD_FIRST = False
    article = ArticleFactory()
    first = services.comment_post(article=article, author=VerifiedUserFactory(), body="Does caffeine make it worse?")
    answer = services.comment_post(article=article, author=VerifiedUserFactory(), body="Yes.", parent=first)
    users = [VerifiedUserFactory() for _ in range(REPLIERS)]

    def reply(user, n):
        for round_ in range(3):
            parent = first if (n + round_) % 2 else answer
            services.comment_post(
                article=article, author=user, body=f"Reply {n}.{round_}", parent=parent, run_spam=False
            )

    assert all_at_once(users, reply) == []
    article.refresh_from_db()
    assert Comment.objects.count() == 2 + 3 * REPLIERS
    assert article.comment_count == 2 + 3 * REPLIERS
