"""The sitemap's sections: published articles with their pictures, topics, and authors, with the date each last changed.

Each section is cut into pages of at most SITEMAP_PAGE_SIZE addresses (the protocol's 50,000 unless set lower) in
primary-key order, by keyset rather than OFFSET: one narrow query per section finds the first pk of every page (a
row number over the section's pks), and page n reads its rows from its first pk up to the next page's first pk, a
range of the primary key index. So a deep page costs what the first one does, and the pages share out
the rows without gaps or overlaps: every published article is on exactly one page, new ones on the last.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Case, Exists, F, IntegerField, Max, OuterRef, Q, Subquery, Value, When, Window
from django.db.models.functions import Coalesce, Greatest, Mod, RowNumber
from django.utils.functional import cached_property

from .models import Article, Picture, Section, Topic
from .pictures.markdown import referenced_ids
from .seo import media_url, widest_image

# What widest_image reads; width and height also keep Django's ImageField from measuring the file on load.
_PICTURE_FIELDS = ("file", "width", "height", "renditions")

# Article.shown_updated_on in SQL, so a page's latest change is found without loading its articles.
SHOWN_UPDATED_ON = Coalesce("updated_on", "published_at", "created_at")
# When a list of articles (a topic, an author's profile) last changed: an article appeared in it or was updated.
LISTED_CHANGE = Greatest("published_at", Coalesce("updated_on", "published_at"))


def page_size():
    """Return how many addresses a sitemap page holds at most."""
    return getattr(settings, "SITEMAP_PAGE_SIZE", Sitemap.limit)


class KeysetPaginator(Paginator):
    """Pages of a queryset in pk order, page n running from starts[n - 1] up to the next page's start."""

    def __init__(self, object_list, per_page, starts):
        super().__init__(object_list, per_page)
        self.starts = starts

    @cached_property
    def num_pages(self):
        return max(1, len(self.starts))

    def page(self, number):
        number = self.validate_number(number)
        if not self.starts:
            return self._get_page(self.object_list.none(), number, self)
        rows = self.object_list.filter(pk__gte=self.starts[number - 1])
        if number < len(self.starts):
            rows = rows.filter(pk__lt=self.starts[number])
        return self._get_page(rows, number, self)


class _Section(Sitemap):
    """A section whose addresses use the host the request came to (not the Sites row), in keyset pages."""

    def __init__(self, site):
        self.site = site

    @property
    def limit(self):
        return page_size()

    def rows(self):
        """Return the rows the section lists, in any order."""
        raise NotImplementedError

    def changes(self):
        """Return the published articles that date the rows, annotated with row (whose pk) and changed (when)."""
        raise NotImplementedError

    def items(self):
        latest = self.changes().filter(row=OuterRef("pk")).order_by("-changed").values("changed")[:1]
        return self.rows().annotate(last_changed=Subquery(latest)).order_by("pk")

    def lastmod(self, item):
        return item.last_changed

    @cached_property
    def starts(self):
        """Return the first pk of every page, in one query."""
        return list(
            self.rows()
            .annotate(position=Window(RowNumber(), order_by=F("pk").asc()))
            .alias(place=Mod(F("position") - 1, self.limit, output_field=IntegerField()))
            .filter(place=0)
            .order_by("pk")
            .values_list("pk", flat=True)
        )

    def page_lastmods(self):
        """Return the latest change of each page (None for the one empty page of an empty section), in one query."""
        if not self.starts:
            return [None]
        # The page of a row: the last page starting at or before its pk. (A window's frame of the page's rows
        # would say the same, but databases compute a frame's maximum anew for every row: a page size per row.)
        numbered = reversed(list(enumerate(self.starts, start=1)))
        page = Case(*(When(row__gte=start, then=Value(n)) for n, start in numbered), output_field=IntegerField())
        latest = dict(
            self.changes()
            .annotate(page=page)
            .values("page")
            .annotate(latest=Max("changed"))
            .order_by("page")
            .values_list("page", "latest")
        )
        return [latest.get(n) for n in range(1, len(self.starts) + 1)]

    @property
    def paginator(self):
        return KeysetPaginator(self.items(), self.limit, self.starts)

    def get_latest_lastmod(self):
        return max(filter(None, self.page_lastmods()), default=None)

    def get_urls(self, page=1, site=None, protocol=None):
        return super().get_urls(page=page, site=self.site, protocol=protocol)


class ArticleSitemap(_Section):
    """Published articles, each with the pictures readers see on it (Google's image sitemap extension)."""

    changefreq = "weekly"
    priority = 0.8

    def rows(self):
        return Article.objects.published()

    def changes(self):
        return self.rows().annotate(row=F("pk"), changed=SHOWN_UPDATED_ON)

    def items(self):
        lead = (f"lead_picture__{f}" for f in _PICTURE_FIELDS)
        return (
            self.rows()
            .select_related("lead_picture")
            .only("slug", "updated_on", "published_at", "created_at", *lead)
            .order_by("pk")
        )

    def lastmod(self, article):
        return article.shown_updated_on

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        base = f"{self.get_protocol(protocol)}://{self.get_domain(self.site)}/"
        sections = _picture_sections([url["item"] for url in urls])
        in_text = _referenced_pictures(sections)
        for url in urls:
            pictures = _pictures_of(url["item"], sections.get(url["item"].pk, ()), in_text)
            url["images"] = _image_urls(pictures, base)
        return urls


def _picture_sections(articles):
    """Return the sections of articles that show a picture, by article, in one query.

    The query reads the pk range of the page rather than a list of its pks: a page has up to 50,000 articles, more
    parameters than SQLite takes in one query.
    """
    if not articles:
        return {}
    sections = (
        Section.objects.filter(article__gte=articles[0].pk, article__lte=articles[-1].pk)
        # A picture section, or a text that shows a picture by a picture:ID reference.
        .filter(Q(kind=Section.Kind.PICTURE) | Q(body__contains="picture:"))
        .select_related("picture")
        .only("article", "order", "kind", "body", *(f"picture__{f}" for f in _PICTURE_FIELDS))
        .order_by("article_id", "order", "pk")
    )
    by_article = {}
    for section in sections:
        by_article.setdefault(section.article_id, []).append(section)
    return by_article


def _referenced_pictures(sections):
    """Return the pictures the texts of sections (by article) refer to by id, in one query."""
    ids = {pk for found in sections.values() for section in found for pk in referenced_ids(section.body)}
    return Picture.objects.only(*_PICTURE_FIELDS).in_bulk(ids) if ids else {}


def _pictures_of(article, sections, in_text):
    """Yield the pictures of an article in reading order: the lead picture, then each section's."""
    if article.lead_picture:
        yield article.lead_picture
    for section in sections:
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


class TopicSitemap(_Section):
    """Topics with at least one published article, changed when their latest article appeared or was updated."""

    changefreq = "daily"
    priority = 0.5

    def rows(self):
        return Topic.objects.filter(Exists(Article.objects.published().filter(topic=OuterRef("pk"))))

    def changes(self):
        return Article.objects.published().annotate(row=F("topic"), changed=LISTED_CHANGE)

    def items(self):
        return super().items().only("slug")


class AuthorSitemap(_Section):
    """Public profiles of people with at least one published article, changed with their latest article."""

    changefreq = "weekly"
    priority = 0.3

    def rows(self):
        live = Article.objects.published().filter(author=OuterRef("pk"))
        return get_user_model().objects.filter(Exists(live), is_active=True).exclude(handle="")

    def changes(self):
        # The articles of the people rows() lists: those with a public profile.
        return (
            Article.objects.published()
            .filter(author__is_active=True)
            .exclude(author__handle="")
            .annotate(row=F("author"), changed=LISTED_CHANGE)
        )

    def items(self):
        return super().items().only("handle")
