"""The "Articles by <author>" part of a public profile, registered with accounts from ArticlesConfig.ready()."""

from .models import Article

PROFILE_ARTICLES = 20


def profile_articles_context(person, viewer):
    """Return the author's published articles, newest first and capped, with their total count."""
    published = Article.objects.published().filter(author=person)
    return {
        "author": person,
        "count": published.count(),
        "articles": list(published.for_listing()[:PROFILE_ARTICLES]),
    }
