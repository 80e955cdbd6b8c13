"""What articles adds to account features: data export, erasure, and the admin count (the profile section is in profile.py)."""

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce


def export_articles(user):
    """Return the articles user wrote, for "Download my data"."""
    from .models import Article

    return [
        {
            "title": a.title,
            "url": a.get_absolute_url(),
            "status": a.status,
            "topic": a.topic.name,
            "summary": a.summary,
            "published_at": a.published_at.isoformat() if a.published_at else None,
            "created_at": a.created_at.isoformat(),
        }
        for a in Article.objects.filter(author=user).select_related("topic").order_by("created_at")
    ]


def erase_articles(user, placeholder):
    """Keep the articles but attribute them to the placeholder author."""
    from .models import Article
    from .page_cache import touch_site

    Article.objects.filter(author=user).update(author=placeholder)
    touch_site()  # bench: an erased person's name leaves every cached page on the next request


def profile_changed(user):
    """Let cached pages show a person's new name, handle, picture or location on the next request."""
    from .page_cache import touch_site

    touch_site()  # names appear on article, topic and home pages; profile edits are rare enough to start afresh


def articles_count():
    from .models import Article

    per_author = (
        Article.objects.filter(author=OuterRef("pk")).order_by().values("author").annotate(n=Count("pk")).values("n")
    )
    return Coalesce(Subquery(per_author), 0)


def register():
    from accounts.registry import register_eraser, register_exporter, register_profile_listener, register_user_count

    register_exporter("articles", export_articles)
    register_eraser("articles", erase_articles)
    register_user_count("articles", label="articles", expression=articles_count)
    register_profile_listener(profile_changed)
