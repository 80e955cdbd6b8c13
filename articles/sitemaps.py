"""sitemap.xml: every published article with its pictures, and every topic, with the date each last changed."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max, Prefetch, Q
from django.utils import timezone

from .models import Article, Picture, Section, Topic
from .pictures.markdown import referenced_ids
from .seo import media_url, widest_image

# What widest_image reads; width and height also keep Django's ImageField from measuring the file on load.
_PICTURE_FIELDS = ("file", "width", "height", "renditions")


class _RequestHostSitemap(Sitemap):
    """A sitemap whose addresses use the host the request came to rather than the Sites row."""

    def __init__(self, site):
        self.site = site

    def get_urls(self, page=1, site=None, protocol=None):
        return super().get_urls(page=page, site=self.site, protocol=protocol)


class ArticleSitemap(_RequestHostSitemap):
    """Published articles, each with the pictures readers see on it (Google's image sitemap extension)."""

    changefreq = "weekly"
    priority = 0.8

    def items(self):
        # Sections that show a picture, as a picture section or by a picture:ID reference in their text.
        with_pictures = (
            Section.objects.filter(Q(kind=Section.Kind.PICTURE) | Q(body__contains="picture:"))
            .select_related("picture")
            .only("article", "order", "kind", "body", *(f"picture__{f}" for f in _PICTURE_FIELDS))
        )
        return (
            Article.objects.published()
            .select_related("lead_picture")
            .prefetch_related(Prefetch("sections", queryset=with_pictures, to_attr="picture_sections"))
            .only("slug", "updated_on", "published_at", "created_at", *(f"lead_picture__{f}" for f in _PICTURE_FIELDS))
            .order_by("pk")
        )

    def lastmod(self, article):
        return article.shown_updated_on

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        base = f"{self.get_protocol(protocol)}://{self.get_domain(self.site)}/"
        in_text = _referenced_pictures(url["item"] for url in urls)
        for url in urls:
            url["images"] = _image_urls(_pictures_of(url["item"], in_text), base)
        return urls


def _referenced_pictures(articles):
    """Return the pictures the texts of articles refer to by id, in one query."""
    ids = {pk for article in articles for section in article.picture_sections for pk in referenced_ids(section.body)}
    return Picture.objects.only(*_PICTURE_FIELDS).in_bulk(ids) if ids else {}


def _pictures_of(article, in_text):
    """Yield the pictures of an article in reading order: the lead picture, then each section's."""
    if article.lead_picture:
        yield article.lead_picture
    for section in article.picture_sections:
        if section.kind == Section.Kind.PICTURE and section.picture:
            yield section.picture
        yield from filter(None, (in_text.get(pk) for pk in referenced_ids(section.body)))


def _image_urls(pictures, base):
    urls = []
    for picture in pictures:
        found = widest_image(picture)
        url = media_url(found[0], base) if found else None
        if url and url not in urls:
            urls.append(url)
    return urls


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
