"""Template context shared by every page."""

from django.conf import settings
from django.core.cache import cache

from .models import Topic

NAV_CACHE_KEY = "articles:nav-topics"


def navigation(request):
    """Return the topics of the top navigation, cached because every page shows them."""
    topics = cache.get(NAV_CACHE_KEY)
    if topics is None:
        topics = list(Topic.objects.filter(in_navigation=True).values("name", "slug"))
        cache.set(NAV_CACHE_KEY, topics, 300)
    return {"nav_topics": topics, "site_name": settings.SITE_NAME}
