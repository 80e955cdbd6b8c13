from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from accounts.tests.factories import UserFactory
from articles.tests.factories import ArticleFactory
from comments import services
from comments.models import Comment
from comments.tests.factories import CommentFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


def post(article, author, body="Thanks, this helped.", **kwargs):
    return services.comment_post(article=article, author=author, body=body, **kwargs)


def count(article):
    article.refresh_from_db()
    return article.comment_count


def test_posting_a_comment_counts_it_on_the_article():
    article = ArticleFactory()
    comment = post(article, VerifiedUserFactory())
    assert comment.status == Comment.Status.PUBLISHED
    assert (comment.depth, comment.path, comment.root_id) == (0, "", None)
    assert count(article) == 1


def test_replies_get_root_depth_and_ordered_paths():
    article = ArticleFactory()
    root = post(article, VerifiedUserFactory())
    first = post(article, VerifiedUserFactory(), "First reply", parent=root)
    second = post(article, VerifiedUserFactory(), "Second reply", parent=root)
    nested = post(article, VerifiedUserFactory(), "Nested reply", parent=first)
    assert [c.root_id for c in (first, second, nested)] == [root.pk] * 3
    assert [c.depth for c in (first, second, nested)] == [1, 1, 2]
    ordered = list(Comment.objects.filter(root=root).order_by("path").values_list("body", flat=True))
    assert ordered == ["First reply", "Nested reply", "Second reply"]
    assert count(article) == 4


def test_reply_at_the_depth_limit_attaches_to_the_deepest_allowed_ancestor(settings):
    settings.COMMENTS_MAX_DEPTH = 3
    article = ArticleFactory()
    c0 = post(article, VerifiedUserFactory())
    c1 = post(article, VerifiedUserFactory(), "level one", parent=c0)
    c2 = post(article, VerifiedUserFactory(display_name="Deep Dana"), "level two", parent=c1)
    reply = post(article, VerifiedUserFactory(), "I agree", parent=c2)
    assert reply.parent_id == c1.pk
    assert reply.depth == 2
    assert reply.body == "@Deep Dana I agree"


def test_8192_emoji_are_accepted_and_8193_refused():
    article = ArticleFactory()
    author = VerifiedUserFactory()
    accepted = post(article, author, "😀" * 8192)
    assert len(accepted.body) == 8192
    with pytest.raises(ValidationError, match="Your comment is 1 character too long."):
        post(article, VerifiedUserFactory(), "😀" * 8193)
    assert count(article) == 1


@pytest.mark.parametrize("body", ["", "   \n\t  "])
def test_empty_or_whitespace_comment_is_refused(body):
    with pytest.raises(ValidationError, match="Please write something"):
        post(ArticleFactory(), VerifiedUserFactory(), body)
    assert Comment.objects.count() == 0


def test_unverified_user_cannot_comment():
    with pytest.raises(PermissionDenied, match="confirm your e-mail"):
        post(ArticleFactory(), UserFactory())


def test_closed_article_refuses_comments():
    with pytest.raises(ValidationError, match="closed"):
        post(ArticleFactory(comments_open=False), VerifiedUserFactory())


def test_comments_close_automatically_after_the_configured_days(settings):
    settings.COMMENTS_CLOSE_AFTER_DAYS = 30
    old = ArticleFactory(published_at=timezone.now() - timedelta(days=31))
    fresh = ArticleFactory(published_at=timezone.now() - timedelta(days=29))
    with pytest.raises(ValidationError, match="30 days"):
        post(old, VerifiedUserFactory())
    assert post(fresh, VerifiedUserFactory()).pk


def test_author_edits_within_the_window_and_it_shows_edited():
    comment = post(ArticleFactory(), VerifiedUserFactory())
    edited = services.comment_edit(comment=comment, user=comment.author, body="Better words")
    assert edited.body == "Better words"
    assert edited.edited_at is not None


def test_editing_after_the_window_is_refused():
    comment = post(ArticleFactory(), VerifiedUserFactory())
    later = timezone.now() + timedelta(minutes=11)
    with pytest.raises(PermissionDenied):
        services.comment_edit(comment=comment, user=comment.author, body="Too late", now=later)


def test_nobody_else_can_edit_or_delete_a_comment():
    comment = post(ArticleFactory(), VerifiedUserFactory())
    other = VerifiedUserFactory()
    with pytest.raises(PermissionDenied):
        services.comment_edit(comment=comment, user=other, body="Hijacked")
    with pytest.raises(PermissionDenied):
        services.comment_delete(comment=comment, user=other)
    comment.refresh_from_db()
    assert comment.body == "Thanks, this helped." and not comment.is_deleted


def test_deleting_a_comment_with_replies_keeps_the_replies_and_counts_exact():
    article = ArticleFactory()
    root = post(article, VerifiedUserFactory())
    reply = post(article, VerifiedUserFactory(), "A reply", parent=root)
    assert count(article) == 2
    services.comment_delete(comment=root, user=root.author)
    root.refresh_from_db()
    assert root.is_deleted and root.body == ""
    assert Comment.objects.filter(pk=reply.pk).exists()
    assert count(article) == 1
    services.comment_delete(comment=root, user=root.author)  # twice changes nothing
    assert count(article) == 1


def test_held_comment_is_not_counted_until_approved(settings):
    settings.COMMENTS_HOLD_FIRST = True
    article = ArticleFactory()
    comment = post(article, VerifiedUserFactory())
    assert comment.status == Comment.Status.PENDING
    assert count(article) == 0
    assert services.comment_moderate(comments=[comment], status=Comment.Status.PUBLISHED) == 1
    assert count(article) == 1
    services.comment_moderate(comments=[comment], status=Comment.Status.SPAM)
    assert count(article) == 0


def test_erasing_a_user_keeps_their_comments_without_an_author():
    article = ArticleFactory()
    author = VerifiedUserFactory()
    post(article, author)
    services.comments_erase_author(author)
    assert Comment.objects.get().author is None
    assert count(article) == 1


def test_recount_repairs_a_wrong_count():
    article = ArticleFactory()
    CommentFactory.create_batch(3, article=article)
    CommentFactory(article=article, status=Comment.Status.SPAM)
    assert services.comment_recount(article=article) == 3
    assert count(article) == 3
