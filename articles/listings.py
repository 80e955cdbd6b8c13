"""Lists of published articles that read through their indexes: topic highlights and a bounded number of pages.

The article indexes (articles/models.py) match each listing's filter and order: published, then the topic or the
author, newest first. What is here keeps the queries on them: the home page's highlights take each topic's newest few
straight from the index instead of ranking every article, and a listing lists a bounded number of pages.
"""

from django.contrib.postgres.expressions import ArraySubquery
from django.core.paginator import Paginator
from django.db import connections, models
from django.db.models import Func, OuterRef
from django.utils.functional import cached_property

from .models import Topic

# A bounded page count rather than keyset ("older articles") links: pages keep their numbers, so "Page 3 of 50" and
# every ?page= address stay as readers, the page cache and the benchmark know them, and the deepest page skips
# at most 49 pages of an index range: its cost stays flat however many articles a topic gathers. Older articles
# are still found through search, the topic's feed and the sitemap, which lists every article.
MAX_PAGES = 50


class ListingPaginator(Paginator):
    """List at most MAX_PAGES pages; a page number past the last listed page shows that page (get_page)."""

    @cached_property
    def num_pages(self):
        return min(super().num_pages, MAX_PAGES)

    def page(self, number):
        """Return page number, skipping the rows before it in the index alone (ids only), then reading its own."""
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        # One query: an OFFSET over whole rows would read (and join) every article it skips from the table; over
        # the ids it stays inside the listing's index, and only the page's own rows are read.
        ids = self.object_list.values("pk")[bottom:top]
        return self._get_page(self.object_list.filter(pk__in=ids), number, self)

    @cached_property
    def listed(self):
        """Return how many articles the listed pages show, at most MAX_PAGES pages' worth."""
        return min(self.count, self.num_pages * self.per_page)

    @cached_property
    def truncated(self):
        """Return whether there are older articles than the last listed page shows."""
        return self.count > self.listed


def topic_highlights(articles, per_topic):
    """Return the newest per_topic of articles in every topic, in one query."""
    if connections[articles.db].vendor != "postgresql":
        return articles.latest_per_topic(per_topic)  # a window function: ranks every article, fine at SQLite's size
    # For each topic, its newest few ids from the (status, topic, publish time) index, unnested into one list: a
    # short index range per topic, where a window function would rank, and sort, every published article.
    newest = articles.filter(topic=OuterRef("pk")).order_by("-published_at", "-pk").values("pk")[:per_topic]
    ids = Topic.objects.order_by().values(
        article_id=Func(ArraySubquery(newest), function="unnest", output_field=models.BigIntegerField())
    )
    return articles.filter(pk__in=ids).for_listing()
