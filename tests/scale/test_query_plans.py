"""The queries of the pages that grow with the data can be served by indexes (EXPLAIN, on PostgreSQL only).

The test tables are tiny, and on a tiny table a sequential scan is the right plan, so a plain EXPLAIN proves nothing.
With sequential scans switched off for the transaction, the planner takes an index whenever one can serve the query:
a "Seq Scan" that remains is a query no index can serve, which reads the whole table at a million rows. Listings also
switch sorts off: a "Sort" that remains means no index gives the page its order, so every matching row is sorted.
"""

import html
import json
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.sites.requests import RequestSite
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from accounts.tests.factories import AuthorFactory
from articles.listings import topic_highlights
from articles.models import Article
from articles.sitemaps import ArticleSitemap
from articles.tests.factories import ArticleFactory, SectionFactory, TopicFactory
from articles.views import HIGHLIGHTS_PER_TOPIC
from comments.models import Comment
from comments.tests.factories import CommentFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="query plans are PostgreSQL's"),
]

LARGE_TABLES = ("articles_article", "articles_section", "comments_comment")
# Listings: no sequential scan, and no sort either, so that a page whose order no index gives shows a "Sort".
# No sort of any kind, incremental included: a listing must come out of its index already in page order.
ORDERED = ("seqscan", "sort", "incremental_sort")
COMMENTS_ADMIN = "/admin/comments/comment/"


# -- reading plans ----------------------------------------------------------------------------------------------------


def explain(queryset, *, off=("seqscan",)):
    """Return the plan of queryset as PostgreSQL makes it with some ways of scanning switched off (enable_<name>)."""
    # Compiled by hand: QuerySet.explain() nests a second EXPLAIN in queries filtered on a window function.
    return explain_sql(*queryset.query.sql_with_params(), off=off)


def explain_sql(sql, params=None, *, off=("seqscan",)):
    """Return the plan of one SQL statement, as explain() does."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            for name in off:
                cursor.execute(f"SET LOCAL enable_{name} = off")
            cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
            result = cursor.fetchone()[0]
        # Rolling the savepoint back also undoes the SET LOCALs.
        transaction.set_rollback(True)
    return (json.loads(result) if isinstance(result, str) else result)[0]["Plan"]


def nodes(plan):
    """Yield every node of a plan, subplans included."""
    yield plan
    for child in plan.get("Plans", []):
        yield from nodes(child)


def describe(plan, depth=0):
    """Return a plan as indented lines (node, table, index, conditions), for failure messages."""
    parts = [plan["Node Type"], plan.get("Relation Name", ""), plan.get("Index Name", "")]
    conditions = [f"{key}: {plan[key]}" for key in ("Index Cond", "Recheck Cond", "Filter", "Sort Key") if key in plan]
    line = "  " * depth + " ".join(p for p in parts if p) + "".join(f"\n{'  ' * depth}  {c}" for c in conditions)
    return "\n".join([line, *(describe(child, depth + 1) for child in plan.get("Plans", []))])


def full_scans(plan):
    """Return the large tables the plan reads sequentially."""
    return [
        n["Relation Name"] for n in nodes(plan) if n["Node Type"] == "Seq Scan" and n["Relation Name"] in LARGE_TABLES
    ]


def full_sorts(plan):
    """Return the large tables whose rows the plan sorts (an incremental sort of an index's order is fine)."""
    return [
        inner["Relation Name"]
        for node in nodes(plan)
        if node["Node Type"] == "Sort"
        for inner in nodes(node)
        if inner.get("Relation Name") in LARGE_TABLES
    ]


def conditions(plan):
    """Return every condition and filter of the plan."""
    keys = ("Index Cond", "Recheck Cond", "Filter", "Join Filter", "Hash Cond", "Merge Cond")
    return [node[key] for node in nodes(plan) for key in keys if key in node]


def index_conditions(plan, table):
    """Return the conditions an index answers for table: index scan conditions and bitmap scans' rechecks."""
    return [
        node.get("Index Cond") or node.get("Recheck Cond")
        for node in nodes(plan)
        if node.get("Relation Name") == table and (node.get("Index Cond") or node.get("Recheck Cond"))
    ]


def full_scans_of(captured):
    """Return {sql: tables} for the captured reads that read a large table in full."""
    found = {}
    for query in captured:
        sql = query["sql"]
        if re.match(r"\s*(SELECT|WITH)\b", sql, flags=re.I) and any(f'"{table}"' in sql for table in LARGE_TABLES):
            if tables := full_scans(explain_sql(sql)):
                found[sql] = tables
    return found


def page_full_scans(client, path):
    """Return {sql: tables} for the queries of a page that read a large table in full."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return full_scans_of(captured)


# -- data -------------------------------------------------------------------------------------------------------------


@pytest.fixture
def site(db):
    """Articles in two topics by two authors, with sections and comments (one held): rows for every query."""
    topics = [TopicFactory(name="Health"), TopicFactory(name="Sport")]
    authors = [AuthorFactory(handle="ann"), AuthorFactory(handle="bob")]
    articles = [
        ArticleFactory(title=f"Sleep and tired muscles, part {i}", topic=topics[i % 2], author=authors[i % 2])
        for i in range(8)
    ]
    for article in articles:
        SectionFactory(article=article, heading="Why calves twitch", body="Magnesium, water and sleep help.")
    root = CommentFactory(article=articles[0])
    CommentFactory(parent=root, article=articles[0])
    CommentFactory(article=articles[1], status=Comment.Status.PENDING)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {"topics": topics, "authors": authors, "articles": articles}


def comment_changelist(rf, user, params):
    """Return the admin's changelist of comments for a request with params, as the admin builds it."""
    request = rf.get(COMMENTS_ADMIN, params)
    request.user = user
    return admin.site._registry[Comment].get_changelist_instance(request)


# -- search -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["sleep", "quokka"])
def test_search_reads_stored_documents_without_a_full_scan(site, word):
    plan = explain(Article.objects.published().for_listing().search(word))
    assert full_scans(plan) == [], describe(plan)
    # A document computed per request reads every article's sections and runs to_tsvector on them.
    assert "articles_section" not in {node.get("Relation Name") for node in nodes(plan)}, describe(plan)
    assert not any("to_tsvector" in condition for condition in conditions(plan)), describe(plan)


def test_search_matches_can_come_from_the_full_text_index(site):
    # On tiny tables any index is as cheap as another: with plain index scans off too and no other condition,
    # only an index that answers the match itself is left (a bitmap scan needs a condition to look up).
    plan = explain(Article.objects.search("quokka"), off=("seqscan", "indexscan"))
    assert any("@@" in condition for condition in index_conditions(plan, "articles_article")), describe(plan)


def test_search_page_reads_no_large_table_in_full(client, site):
    assert page_full_scans(client, "/search/?q=sleep") == {}


# -- listings ---------------------------------------------------------------------------------------------------------


def test_home_latest_articles_are_an_index_range_in_page_order(site):
    plan = explain(Article.objects.published().for_listing()[: settings.ARTICLES_PER_PAGE], off=ORDERED)
    assert full_scans(plan) == [], describe(plan)
    assert full_sorts(plan) == [], describe(plan)


def test_home_topic_highlights_need_no_sort_of_every_article(site):
    plan = explain(topic_highlights(Article.objects.published(), HIGHLIGHTS_PER_TOPIC), off=ORDERED)
    assert full_scans(plan) == [], describe(plan)
    assert full_sorts(plan) == [], describe(plan)


def test_topic_listing_is_an_index_range_in_page_order(site):
    topic = site["topics"][0]
    listing = Article.objects.published().filter(topic=topic).for_listing()[: settings.ARTICLES_PER_PAGE]
    plan = explain(listing, off=ORDERED)
    assert full_scans(plan) == [], describe(plan)
    assert full_sorts(plan) == [], describe(plan)
    assert any("topic_id" in condition for condition in index_conditions(plan, "articles_article")), describe(plan)


def test_author_listing_is_an_index_range_in_page_order(site):
    author = site["authors"][0]
    listing = Article.objects.published().filter(author=author).for_listing()[: settings.ARTICLES_PER_PAGE]
    plan = explain(listing, off=ORDERED)
    assert full_scans(plan) == [], describe(plan)
    assert full_sorts(plan) == [], describe(plan)
    assert any("author_id" in condition for condition in index_conditions(plan, "articles_article")), describe(plan)


@pytest.mark.parametrize("path", ["/", "/topics/health/", "/topics/health/?page=2", "/users/ann/articles/"])
def test_listing_pages_read_no_large_table_in_full(client, site, path):
    assert page_full_scans(client, path) == {}


# -- the admin's comment list -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("shown", ["all", "held", "one article"])
def test_admin_comment_list_page_is_an_index_range_in_its_order(rf, admin_user, site, shown):
    params, filtered_on = {
        "all": ({}, None),
        "held": ({"status__exact": Comment.Status.PENDING}, "status"),
        "one article": ({"article__id__exact": str(site["articles"][0].pk)}, "article_id"),
    }[shown]
    changelist = comment_changelist(rf, admin_user, params)
    plan = explain(changelist.result_list, off=ORDERED)
    assert full_scans(plan) == [], describe(plan)
    assert full_sorts(plan) == [], describe(plan)
    # Without an index on the filter and the order together, the page is a walk through every comment in date order.
    if filtered_on:
        assert any(filtered_on in condition for condition in index_conditions(plan, "comments_comment")), describe(plan)


@pytest.mark.parametrize("query", ["", "?status__exact=pending"])
def test_admin_comment_list_page_reads_no_large_table_in_full(admin_client, site, query):
    assert page_full_scans(admin_client, f"{COMMENTS_ADMIN}{query}") == {}


# -- the sitemap ------------------------------------------------------------------------------------------------------


def test_sitemap_article_items_read_no_large_table_in_full(rf, site):
    sitemap = ArticleSitemap(RequestSite(rf.get("/sitemap.xml")))
    with CaptureQueriesContext(connection) as captured:
        urls = sitemap.get_urls(page=1)
    assert len(urls) == len(site["articles"])
    assert full_scans_of(captured) == {}


def test_sitemap_and_its_sections_read_no_large_table_in_full(client, site):
    index = client.get("/sitemap.xml").content.decode()
    sections = [urlsplit(html.unescape(loc)) for loc in re.findall(r"<sitemap>\s*<loc>([^<]+)</loc>", index)]
    for path in ["/sitemap.xml", *(f"{s.path}?{s.query}" if s.query else s.path for s in sections)]:
        assert page_full_scans(client, path) == {}, path
