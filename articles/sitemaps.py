"""sitemap.xml: every published article and every topic, with the date each last changed."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max, Q
from django.utils import timezone

from .models import Article, Topic


class _RequestHostSitemap(Sitemap):
    """A sitemap whose addresses use the host the request came to rather than the Sites row."""

    def __init__(self, site):
        self.site = site

    def get_urls(self, page=1, site=None, protocol=None):
        return super().get_urls(page=page, site=self.site, protocol=protocol)


class ArticleSitemap(_RequestHostSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return Article.objects.published().only("slug", "updated_on", "published_at", "created_at").order_by("pk")

    def lastmod(self, article):
        return article.shown_updated_on


class TopicSitemap(_RequestHostSitemap):
    changefreq = "daily"
    priority = 0.5

    def items(self):
        live = Q(articles__status=Article.Status.PUBLISHED, articles__published_at__lte=timezone.now())
        return (
            Topic.objects.annotate(
                last_published=Max("articles__published_at", filter=live),
                last_updated=Max("articles__updated_on", filter=live),
            )
            .filter(last_published__isnull=False)
            .order_by("order", "name")
        )

    def lastmod(self, topic):
        dates = [d for d in (topic.last_published, topic.last_updated) if d]
        return max(dates) if dates else None
