"""RSS feeds: the latest articles of the whole site and of one topic."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed

from .models import Article, Topic
from .pictures.html import social_image
from .seo import media_url

FEED_ITEMS = 20


@dataclass
class _FeedSource:
    request: object
    topic: Topic | None = None


class PictureRssFeed(Rss201rev2Feed):
    """RSS 2.0 whose items may carry their picture as Media RSS <media:content>, with its size and description.

    Readers differ in where they look for an item's picture: Media RSS <media:content> or an image <enclosure> (the
    RSS 2.0 element). Items carry both; only media:content can say the picture's width and height.
    """

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": "http://search.yahoo.com/mrss/"}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        image = item.get("image")
        if not image:
            return
        attrs = {"url": image["url"], "type": "image/jpeg", "medium": "image"}
        handler.startElement("media:content", {**attrs, "width": str(image["width"]), "height": str(image["height"])})
        if image["alt"]:
            handler.addQuickElement("media:description", image["alt"], {"type": "plain"})
        handler.endElement("media:content")


def _feed_image(picture, base):
    found = social_image(picture) if picture else None
    if not found:
        return None
    name, width, height = found
    return {"url": media_url(name, base), "width": width, "height": height, "alt": picture.alt}


class LatestArticlesFeed(Feed):
    """The site's latest published articles.

    Links are built from the host the reader used rather than from the Sites row, so the feed is right
    on every host in ALLOWED_HOSTS without configuring a domain.
    """

    feed_type = PictureRssFeed

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
        base = source.request.build_absolute_uri("/")
        for article in items:
            article.absolute_url = source.request.build_absolute_uri(article.get_absolute_url())
            # The 1200x630 JPEG made for link previews: one size that every reader can show.
            article.feed_image = _feed_image(article.lead_picture, base)
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

    def item_extra_kwargs(self, article):
        return {"image": article.feed_image}

    def item_enclosure_url(self, article):
        return article.feed_image["url"] if article.feed_image else None

    def item_enclosure_length(self, article):
        # RSS requires a length, and the size of the file is not recorded: asking the storage would cost a request
        # per item on S3. The RSS Best Practices Profile says to use 0 when the size cannot be determined.
        return 0

    def item_enclosure_mime_type(self, article):
        return "image/jpeg"


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
