"""Full-text search over articles: PostgreSQL's text search on a stored, indexed vector when available, a plain
substring match otherwise; pages of results that never count every match."""

import math
import re

from django.db import connection
from django.db.models import BooleanField, Exists, F, Func, OuterRef, Q, Subquery, TextField, Value
from django.db.models.functions import Coalesce, Concat
from django.utils.html import escape, format_html, format_html_join

from .models import Article, Section

SEARCH_CONFIG = "english"
MAX_QUERY_LENGTH = 200
# The most matches one search considers. On PostgreSQL ranking reads each candidate's whole vector, so ranking
# every match of a common word would cost as much as the site is big; instead only the newest 1,000 matches
# are ranked, which keeps a common word about as cheap as a rare one (tens of milliseconds at 20,000 articles).
# The price: an old title match of a very common word may be left out. Readers do not page through 1,000
# results, they add a word, which narrows the matches below the cap. On SQLite pages end there too.
MAX_MATCHES = 1000
# Brackets ts_headline puts around matched words: characters of Unicode's private use area, which no article
# contains, so the text can be escaped first and only these then turned into <mark>.
START_MATCH, STOP_MATCH = "\ue000", "\ue001"
_MARKED = re.compile(f"{START_MATCH}([^{START_MATCH}{STOP_MATCH}]*){STOP_MATCH}")
# Markdown that would show as noise in a snippet: [text](url) and ![alt](url) keep their text; emphasis,
# code and heading marks go.
_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_MARKS = re.compile(r"\*\*?|`|(?:^|(?<=\s))#{1,6}\s")


def clean_query(raw):
    """Return the reader's query trimmed to a sane length, or "" when there is nothing to search for."""
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


def article_search(queryset, query):
    """Return queryset narrowed to the articles matching query, best match first (at most MAX_MATCHES)."""
    query = clean_query(query)
    if not query:
        return queryset.none()
    if connection.vendor == "postgresql":
        return _postgres_search(queryset, query)
    return _substring_search(queryset, query)


def search_page(queryset, query, *, page, per_page):
    """Return one SearchPage of the articles matching query; on PostgreSQL each carries a highlighted snippet."""
    last_page = math.ceil(MAX_MATCHES / per_page)
    try:
        number = min(max(int(page), 1), last_page)
    except (TypeError, ValueError):
        number = 1
    start = (number - 1) * per_page
    stop = min(start + per_page, MAX_MATCHES)
    # One row more than the page shows tells whether another page follows: no COUNT over every match,
    # which would cost as much as ranking them all.
    rows = list(article_search(queryset, query)[start : stop + 1])
    articles = rows[: stop - start]
    if articles and connection.vendor == "postgresql":
        _add_snippets(articles, query)
    return SearchPage(articles, number=number, start=start, has_next=len(rows) > len(articles) and stop < MAX_MATCHES)


class SearchPage:
    """One page of search results that knows whether another page follows, and the total only on the last page."""

    def __init__(self, object_list, *, number, start, has_next):
        self.object_list = object_list
        self.number = number
        self.start = start
        self._has_next = has_next

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    def has_next(self):
        return self._has_next

    def has_previous(self):
        return self.number > 1

    def has_other_pages(self):
        return self.has_next() or self.has_previous()

    def next_page_number(self):
        return self.number + 1

    def previous_page_number(self):
        return self.number - 1

    def start_index(self):
        return self.start + 1 if self.object_list else 0

    def end_index(self):
        return self.start + len(self.object_list)

    @property
    def count(self):
        """Return the number of matches when this page is the last one, else None (nobody counted them)."""
        return None if self._has_next else self.end_index()

    @property
    def reached_cap(self):
        """Return whether the results stop at MAX_MATCHES, so more articles may match than are shown."""
        return not self._has_next and self.end_index() >= MAX_MATCHES


def _search_query(query):
    from django.contrib.postgres.search import SearchQuery

    return SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)


def _postgres_search(queryset, query):
    from django.contrib.postgres.expressions import ArraySubquery
    from django.contrib.postgres.search import SearchRank

    search_query = _search_query(query)
    # The matches come from the GIN index on the stored vector; the newest MAX_MATCHES of them are the candidates,
    # and only they are ranked. ts_rank's default weights (A 1.0, B 0.4, C 0.2) put a title match above any
    # number of matches in the text, so no length normalisation.
    candidates = queryset.filter(search_vector=search_query).order_by("-published_at", "-pk").values("pk")
    # "id = ANY(ARRAY(candidates))", not "id IN (candidates)": the array is computed once, before the outer
    # query, which then reads the candidates by primary key; with IN the planner may instead scan every
    # article and join.
    is_candidate = _EqualsAny(F("pk"), ArraySubquery(candidates[:MAX_MATCHES]))
    return (
        queryset.filter(is_candidate)
        .annotate(rank=SearchRank(F("search_vector"), search_query))
        .order_by("-rank", "-published_at", "-pk")
    )


class _EqualsAny(Func):
    """Return whether a value is an element of an array: "value = ANY(array)"."""

    template = "%(expressions)s)"
    arg_joiner = " = ANY("
    output_field = BooleanField()


def _add_snippets(articles, query):
    """Give each article a snippet: its summary and text around the matched words, escaped, matches in <mark>."""
    from django.contrib.postgres.aggregates import StringAgg
    from django.contrib.postgres.search import SearchHeadline

    sections_text = (
        Section.objects.filter(article=OuterRef("pk"))
        .order_by()
        .values("article")
        .annotate(
            text=StringAgg(
                Concat("heading", Value(" "), "body", output_field=TextField()),
                delimiter=" ",
                order_by=("order", "pk"),
            )
        )
        .values("text")
    )
    sections = Coalesce(Subquery(sections_text), Value(""), output_field=TextField())
    text = Concat("summary", Value(" "), sections, output_field=TextField())
    headline = SearchHeadline(
        text,
        _search_query(query),
        config=SEARCH_CONFIG,
        start_sel=START_MATCH,
        stop_sel=STOP_MATCH,
        min_words=15,
        max_words=35,
        max_fragments=2,
        fragment_delimiter=" … ",
    )
    # A second query for the shown rows only: ts_headline parses the whole text, too costly for every candidate.
    headlines = dict(
        Article.objects.filter(pk__in=[a.pk for a in articles]).order_by().annotate(h=headline).values_list("pk", "h")
    )
    for article in articles:
        article.snippet = highlighted(headlines.get(article.pk) or "")


def highlighted(headline):
    """Return a headline marked with START_MATCH/STOP_MATCH as safe HTML: text escaped, matches in <mark>."""
    headline = _MARKDOWN_MARKS.sub("", _MARKDOWN_LINK.sub(r"\1", headline))
    # re.split with one group alternates text and matched words: text at even positions, matches at odd ones.
    parts = _MARKED.split(headline)
    pieces = (
        format_html("<mark>{}</mark>", part) if i % 2 else escape(part.replace(START_MATCH, "").replace(STOP_MATCH, ""))
        for i, part in enumerate(parts)
    )
    return format_html_join("", "{}", ((piece,) for piece in pieces))


def _substring_search(queryset, query):
    # SQLite has no stemming here: every word must appear somewhere in the title, summary or a section.
    condition = Q()
    for word in query.split()[:10]:
        in_sections = Exists(
            Section.objects.filter(article=OuterRef("pk")).filter(Q(heading__icontains=word) | Q(body__icontains=word))
        )
        condition &= Q(title__icontains=word) | Q(summary__icontains=word) | Q(in_sections)
    return queryset.filter(condition).order_by("-published_at", "-pk")
