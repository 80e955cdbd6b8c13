"""RSS feeds: the latest articles of the whole site and of one topic."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse

from .models import Article, Topic

FEED_ITEMS = 20


@dataclass
class _FeedSource:
    request: object
    topic: Topic | None = None


class LatestArticlesFeed(Feed):
    """The site's latest published articles.

    Links are built from the host the reader used rather than from the Sites row, so the feed is right
    on every host in ALLOWED_HOSTS without configuring a domain.
    """

    def get_object(self, request, *args, **kwargs):
        return _FeedSource(request=request)

    def title(self, source):
        return f"{settings.SITE_NAME}: latest articles"

    def description(self, source):
        return f"The latest articles published on {settings.SITE_NAME}."

    def link(self, source):
        return source.request.build_absolute_uri(reverse("articles:home"))

    def feed_url(self, source):
        return source.request.build_absolute_uri(source.request.path)

    def articles(self, source):
        return Article.objects.published().for_listing()

    def items(self, source):
        items = list(self.articles(source)[:FEED_ITEMS])
        for article in items:
            article.absolute_url = source.request.build_absolute_uri(article.get_absolute_url())
        return items

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.summary

    def item_link(self, article):
        return article.absolute_url

    def item_guid(self, article):
        return article.absolute_url

    def item_pubdate(self, article):
        return article.published_at

    def item_updateddate(self, article):
        return article.shown_updated_on

    def item_author_name(self, article):
        return article.author.public_name

    def item_categories(self, article):
        return [article.topic.name]


class TopicFeed(LatestArticlesFeed):
    """The latest published articles of one topic."""

    def get_object(self, request, slug):
        return _FeedSource(request=request, topic=get_object_or_404(Topic, slug=slug))

    def title(self, source):
        return f"{settings.SITE_NAME}: {source.topic.name}"

    def description(self, source):
        return source.topic.description or f"The latest {source.topic.name} articles on {settings.SITE_NAME}."

    def link(self, source):
        return source.request.build_absolute_uri(source.topic.get_absolute_url())

    def articles(self, source):
        return Article.objects.published().filter(topic=source.topic).for_listing()
