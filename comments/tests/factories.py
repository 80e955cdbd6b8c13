import factory
from allauth.account.models import EmailAddress
from django.db import models

from accounts.tests.factories import UserFactory
from articles.tests.factories import ArticleFactory
from comments.models import PATH_STEP, Comment


class VerifiedUserFactory(UserFactory):
    """A user with a confirmed e-mail address, who may comment."""

    class Meta:
        skip_postgeneration_save = True

    location = "Leeds"

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.get_or_create(
                user=self, email=self.email, defaults={"verified": True, "primary": True}
            )


class CommentFactory(factory.django.DjangoModelFactory):
    """A top-level comment, or a reply when parent is given (tree fields filled as the service would)."""

    class Meta:
        model = "comments.Comment"

    article = factory.SubFactory(ArticleFactory)
    author = factory.SubFactory(VerifiedUserFactory)
    body = factory.Sequence(lambda n: f"Comment number {n}: twitching eyelids are so annoying.")
    status = Comment.Status.PUBLISHED

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        parent = kwargs.pop("parent", None)
        if parent is not None:
            kwargs["article"] = parent.article
            parent.reply_seq += 1
            Comment.objects.filter(pk=parent.pk).update(reply_seq=parent.reply_seq)
            kwargs.update(
                parent=parent,
                root_id=parent.root_id or parent.pk,
                depth=parent.depth + 1,
                path=f"{parent.path}{parent.reply_seq:0{PATH_STEP}d}",
            )
        comment = super()._create(model_class, *args, **kwargs)
        if comment.is_published:  # keep the stored count exact, as the service does
            type(comment.article).objects.filter(pk=comment.article_id).update(
                comment_count=models.F("comment_count") + 1
            )
        return comment


def bulk_threads(article, users, *, roots, replies_per_root):
    """Create many published comments fast: `roots` threads, each with a chain and fan of replies."""
    root_objs = Comment.objects.bulk_create(
        [Comment(article=article, author=users[i % len(users)], body=f"Root comment {i}") for i in range(roots)]
    )
    replies = []
    for r_index, root in enumerate(root_objs):
        # Half the replies answer the root, the rest answer the previous reply, so threads are deep and wide.
        for j in range(replies_per_root):
            depth = 1 if j % 2 == 0 else 2
            path = f"{j // 2 + 1:0{PATH_STEP}d}" if depth == 1 else f"{j // 2 + 1:0{PATH_STEP}d}{1:0{PATH_STEP}d}"
            replies.append((root, depth, path, users[(r_index * 7 + j) % len(users)], f"Reply {j} to {root.body}"))
    by_path = {}
    first = [
        Comment(article=article, author=u, body=b, parent=root, root=root, depth=d, path=p)
        for root, d, p, u, b in replies
        if d == 1
    ]
    for c in Comment.objects.bulk_create(first):
        by_path[(c.root_id, c.path)] = c
    second = [
        Comment(
            article=article,
            author=u,
            body=b,
            parent=by_path[(root.pk, p[:PATH_STEP])],
            root=root,
            depth=d,
            path=p,
        )
        for root, d, p, u, b in replies
        if d == 2
    ]
    Comment.objects.bulk_create(second)
    total = len(root_objs) + len(first) + len(second)
    type(article).objects.filter(pk=article.pk).update(comment_count=total)
    article.comment_count = total
    return total
