"""What articles adds to account features: data export, erasure, the profile section and the admin count."""

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce

PROFILE_ARTICLES = 10


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

    Article.objects.filter(author=user).update(author=placeholder)


def profile_articles(person, viewer):
    """Return the context of the profile's "Articles" section: the latest published articles and their count."""
    from .models import Article

    published = Article.objects.published().filter(author=person)
    return {"articles": list(published.for_listing()[:PROFILE_ARTICLES]), "count": published.count()}


def articles_count():
    from .models import Article

    per_author = (
        Article.objects.filter(author=OuterRef("pk")).order_by().values("author").annotate(n=Count("pk")).values("n")
    )
    return Coalesce(Subquery(per_author), 0)


def register():
    from accounts.registry import register_eraser, register_exporter, register_profile_section, register_user_count

    register_exporter("articles", export_articles)
    register_eraser("articles", erase_articles)
    register_user_count("articles", label="articles", expression=articles_count)
    from accounts.registry import registry

    if not any(t == "articles/profile_articles.html" for _o, t, _c in registry.profile_sections):
        register_profile_section(order=10, template_name="articles/profile_articles.html", context=profile_articles)
