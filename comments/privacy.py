"""What comments give to the accounts registry: data export, erasure and the profile's "Recent comments"."""

from .models import Comment
from .services import comments_erase_author


def export_comments(user):
    """Return the user's comments for "Download my data"."""
    return [
        {
            "id": c.pk,
            "article": c.article.title,
            "article_url": c.article.get_absolute_url(),
            "in_reply_to": c.parent_id,
            "text": c.body,
            "status": c.status,
            "deleted": c.is_deleted,
            "posted": c.created_at.isoformat(),
            "edited": c.edited_at.isoformat() if c.edited_at else None,
        }
        for c in Comment.objects.filter(author=user).select_related("article").order_by("created_at")
    ]


def erase_comments(user, placeholder=None):
    """Keep the user's comments for the conversation, but no longer tie them to the account."""
    comments_erase_author(user, placeholder)


def profile_comments_context(person, viewer):
    """Return the person's latest published comments on published articles."""
    from articles.models import Article

    comments = list(
        Comment.objects.published()
        .filter(author=person, article__in=Article.objects.published())
        .select_related("article")
        .only("body", "created_at", "article__title", "article__slug")
        .order_by("-created_at")[:5]
    )
    return {"person": person, "comments": comments}
