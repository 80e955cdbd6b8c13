import pytest
from django.db import IntegrityError, transaction

from accounts.registry import registry
from comments.models import Comment
from comments.tests.factories import CommentFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


def test_visible_shows_published_and_the_viewers_own_held_comments():
    owner = VerifiedUserFactory()
    published = CommentFactory()
    held = CommentFactory(article=published.article, author=owner, status=Comment.Status.PENDING)
    CommentFactory(article=published.article, status=Comment.Status.SPAM)
    assert set(Comment.objects.visible()) == {published}
    assert set(Comment.objects.visible(owner)) == {published, held}


def test_published_excludes_deleted_and_unpublished():
    kept = CommentFactory()
    CommentFactory(article=kept.article, status=Comment.Status.REMOVED)
    deleted = CommentFactory(article=kept.article)
    Comment.objects.filter(pk=deleted.pk).update(is_deleted=True, deleted_at=deleted.created_at)
    assert list(Comment.objects.for_article(kept.article).published()) == [kept]


def test_tree_shape_is_enforced_by_the_database():
    comment = CommentFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Comment.objects.filter(pk=comment.pk).update(depth=2)


def test_two_replies_cannot_share_a_path():
    root = CommentFactory()
    reply = CommentFactory(parent=root)
    with pytest.raises(IntegrityError), transaction.atomic():
        Comment.objects.create(
            article=root.article, author=reply.author, body="x", parent=root, root=root, depth=1, path=reply.path
        )


def test_permalink_is_the_absolute_url():
    comment = CommentFactory()
    assert comment.get_absolute_url() == f"/comments/{comment.pk}/"


def test_accounts_registry_exports_and_erases_comments():
    comment = CommentFactory(body="Mine")
    exported = registry.exporters["comments"](comment.author)
    assert exported[0]["text"] == "Mine" and exported[0]["article"] == comment.article.title
    registry.erasers["comments"](comment.author, None)
    comment.refresh_from_db()
    assert comment.author is None and comment.body == "Mine"


def test_profile_shows_recent_comments(client):
    comment = CommentFactory(body="Profile-visible words")
    html = client.get(comment.author.get_absolute_url()).content.decode()
    assert "Recent comments" in html and "Profile-visible words" in html


def test_erased_author_is_shown_as_deleted_user(client):
    comment = CommentFactory(body="Still here")
    registry.erasers["comments"](comment.author, None)
    html = client.get(comment.article.get_absolute_url()).content.decode()
    assert "Deleted user" in html and "Still here" in html
