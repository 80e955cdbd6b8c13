"""Full-text search over articles: PostgreSQL's text search when available, a plain substring match otherwise."""

from django.db import connection
from django.db.models import Exists, F, OuterRef, Q, Subquery, TextField, Value
from django.db.models.functions import Coalesce, Concat

from .models import Section

SEARCH_CONFIG = "english"
MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """Return the reader's query trimmed to a sane length, or "" when there is nothing to search for."""
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


def article_search(queryset, query):
    """Return queryset narrowed to the articles matching query, best match first."""
    query = clean_query(query)
    if not query:
        return queryset.none()
    if connection.vendor == "postgresql":
        return _postgres_search(queryset, query)
    return _substring_search(queryset, query)


def _postgres_search(queryset, query):
    from django.contrib.postgres.aggregates import StringAgg
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

    # All section headings and bodies of an article as one text, computed inside the same statement:
    # a join on sections would repeat each article once per section.
    sections_text = (
        Section.objects.filter(article=OuterRef("pk"))
        .order_by()
        .values("article")
        .annotate(text=StringAgg(Concat("heading", Value(" "), "body", output_field=TextField()), delimiter=" "))
        .values("text")
    )
    document = (
        SearchVector("title", weight="A", config=SEARCH_CONFIG)
        + SearchVector("summary", weight="B", config=SEARCH_CONFIG)
        + SearchVector(
            Coalesce(Subquery(sections_text), Value(""), output_field=TextField()), weight="C", config=SEARCH_CONFIG
        )
    )
    search_query = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
    return (
        queryset.annotate(document=document)
        .filter(document=search_query)
        .annotate(rank=SearchRank(F("document"), search_query))
        .order_by("-rank", "-published_at", "-pk")
    )


def _substring_search(queryset, query):
    # SQLite has no stemming here: every word must appear somewhere in the title, summary or a section.
    condition = Q()
    for word in query.split()[:10]:
        in_sections = Exists(
            Section.objects.filter(article=OuterRef("pk")).filter(Q(heading__icontains=word) | Q(body__icontains=word))
        )
        condition &= Q(title__icontains=word) | Q(summary__icontains=word) | Q(in_sections)
    return queryset.filter(condition).order_by("-published_at", "-pk")
