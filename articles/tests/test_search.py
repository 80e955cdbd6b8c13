import json
import re
from datetime import timedelta

import pytest
import reversion
from django.contrib.postgres.search import SearchQuery
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from reversion.models import Version

from accounts.tests.factories import AuthorFactory
from articles.history.services import revision_record
from articles.history.snapshots import latest_snapshot, snapshot_of
from articles.models import Article, Section
from articles.search import SEARCH_CONFIG, START_MATCH, STOP_MATCH, highlighted
from articles.tests.factories import ArticleFactory, SectionFactory, TopicFactory

pytestmark = pytest.mark.django_db
only_postgres = pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search runs on PostgreSQL")


def _titles(response):
    return [a.title for a in response.context["page_obj"]] if response.context["page_obj"] else []


def test_search_finds_words_in_title_summary_and_sections(client):
    by_title = ArticleFactory(title="Magnesium and muscle cramps", summary="")
    by_summary = ArticleFactory(title="Evening routine", summary="Less magnesium than you think.")
    by_section = ArticleFactory(title="Leg pain", summary="")
    SectionFactory(article=by_section, heading="Minerals", body="Foods rich in magnesium help.")
    ArticleFactory(title="Unrelated gardening", summary="Tomatoes.")
    titles = _titles(client.get("/search/", {"q": "magnesium"}))
    assert sorted(titles) == sorted([by_title.title, by_summary.title, by_section.title])


def test_search_never_shows_drafts_or_scheduled_articles(client):
    from datetime import timedelta

    from django.utils import timezone

    ArticleFactory(title="Hidden zinc draft", status="draft", published_at=None)
    ArticleFactory(title="Future zinc story", published_at=timezone.now() + timedelta(days=2))
    visible = ArticleFactory(title="Zinc explained")
    assert _titles(client.get("/search/", {"q": "zinc"})) == [visible.title]


def test_every_word_must_match(client):
    both = ArticleFactory(title="Coffee and sleep")
    ArticleFactory(title="Coffee and cake")
    assert _titles(client.get("/search/", {"q": "coffee sleep"})) == [both.title]


def test_an_article_with_many_matching_sections_appears_once(client):
    article = ArticleFactory(title="Twitching guide")
    SectionFactory.create_batch(5, article=article, body="Twitching eyelids are common.")
    assert _titles(client.get("/search/", {"q": "twitching"})) == [article.title]


def test_empty_query_shows_a_prompt_not_every_article(client):
    ArticleFactory()
    for params in ({}, {"q": ""}, {"q": "   "}):
        response = client.get("/search/", params)
        assert response.status_code == 200
        assert response.context["page_obj"] is None
        assert b"Type one or more words" in response.content


def test_no_results_says_so(client):
    ArticleFactory(title="Bread")
    response = client.get("/search/", {"q": "submarine"})
    assert b"No articles match your search" in response.content


def test_query_is_echoed_escaped(client):
    response = client.get("/search/", {"q": '<script>alert("x")</script>'})
    assert response.status_code == 200
    assert b"<script>alert" not in response.content
    assert b"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in response.content


def test_results_are_paginated_and_keep_the_query(client, settings):
    settings.ARTICLES_PER_PAGE = 4
    ArticleFactory.create_batch(6, summary="Walking every day.")
    first = client.get("/search/", {"q": "walking"})
    assert len(_titles(first)) == 4
    assert b'href="?q=walking&amp;page=2"' in first.content
    assert len(_titles(client.get("/search/", {"q": "walking", "page": 2}))) == 2


def test_search_query_count_is_constant(client, django_assert_max_num_queries, settings):
    settings.ARTICLES_PER_PAGE = 12
    for i in range(30):
        SectionFactory.create_batch(2, article=ArticleFactory(title=f"Hydration tip {i}"), body="Drink water.")
    with django_assert_max_num_queries(6):
        response = client.get("/search/", {"q": "hydration"})
    assert len(_titles(response)) == 12
    assert response.context["page_obj"].has_next()
    with django_assert_max_num_queries(6):
        last = client.get("/search/", {"q": "hydration", "page": 3})
    assert len(_titles(last)) == 6
    assert b"30 articles found." in last.content


@only_postgres
def test_postgres_search_stems_words_and_ranks_titles_first(client):
    in_body = ArticleFactory(title="A long day", summary="")
    SectionFactory(article=in_body, body="He kept running for an hour.")
    in_title = ArticleFactory(title="Running in winter", summary="")
    titles = _titles(client.get("/search/", {"q": "runs"}))
    assert titles == [in_title.title, in_body.title]


@pytest.mark.parametrize(
    "query", ['"unclosed', "a & | ! ( :*", "the", "x" * 500, "100%", "under_score", "'; DROP TABLE"]
)
def test_odd_queries_never_fail(client, query):
    ArticleFactory(title="Plain article")
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "Plain article" not in [a.title for a in response.context["page_obj"] or []]


# --- ranking (PostgreSQL) -------------------------------------------------------------------------------------------


@only_postgres
def test_a_title_match_ranks_above_a_summary_match_above_a_text_only_match(client):
    # Older, and the word many times in the text: still below the title and summary matches.
    in_text = ArticleFactory(title="Our week", summary="", published_at=timezone.now() - timedelta(days=9))
    SectionFactory(article=in_text, heading="Tea", body="Chamomile. " * 40)
    in_summary = ArticleFactory(title="Evening drinks", summary="Chamomile before bed.")
    in_title = ArticleFactory(title="Chamomile tea", summary="", published_at=timezone.now() - timedelta(days=30))
    assert _titles(client.get("/search/", {"q": "chamomile"})) == [in_title.title, in_summary.title, in_text.title]


# --- the stored vector follows every edit (PostgreSQL triggers) -------------------------------------------------------


def _matches(article, word):
    return Article.objects.filter(pk=article.pk, search_vector=SearchQuery(word, config=SEARCH_CONFIG)).exists()


@only_postgres
def test_the_vector_follows_title_and_summary_edits():
    article = ArticleFactory(title="Barley soup", summary="Warming.")
    assert _matches(article, "barley") and _matches(article, "warming")
    article.title, article.summary = "Lentil soup", "Filling."
    article.save()
    assert _matches(article, "lentil") and _matches(article, "filling")
    assert not _matches(article, "barley") and not _matches(article, "warming")


@only_postgres
def test_the_vector_follows_section_inserts_edits_and_deletes():
    article = ArticleFactory(title="Soup")
    section = SectionFactory(article=article, heading="Stock", body="Simmer the parsnips.")
    assert _matches(article, "parsnip") and _matches(article, "stock")
    section.body = "Simmer the celeriac."
    section.save()
    assert _matches(article, "celeriac") and not _matches(article, "parsnip")
    section.delete()
    assert not _matches(article, "celeriac") and not _matches(article, "stock")


@only_postgres
def test_moving_a_section_updates_both_articles():
    old_home, new_home = ArticleFactory(title="First"), ArticleFactory(title="Second")
    section = SectionFactory(article=old_home, body="Quinces keep for weeks.")
    section.article = new_home
    section.save()
    assert _matches(new_home, "quince") and not _matches(old_home, "quince")


@only_postgres
def test_bulk_inserted_and_bulk_deleted_sections_update_the_vector():
    articles = ArticleFactory.create_batch(3)
    Section.objects.bulk_create(Section(article=a, order=i, body=f"Sorrel {i}") for a in articles for i in range(3))
    assert all(_matches(a, "sorrel") for a in articles)
    Section.objects.filter(article__in=articles).delete()
    assert not any(_matches(a, "sorrel") for a in articles)


@only_postgres
def test_saving_an_article_loaded_before_a_section_was_added_keeps_the_section_text():
    article = ArticleFactory(title="Soup")
    stale = Article.objects.get(pk=article.pk)  # holds the vector as it was, without the section below
    SectionFactory(article=article, body="Add fennel seeds.")
    stale.save()
    assert _matches(article, "fennel")


@only_postgres
def test_a_section_edit_is_found_by_the_search_page(client):
    article = ArticleFactory(title="Winter vegetables")
    section = SectionFactory(article=article, body="Roast them.")
    assert _titles(client.get("/search/", {"q": "kohlrabi"})) == []
    section.body = "Roast the kohlrabi."
    section.save()
    assert _titles(client.get("/search/", {"q": "kohlrabi"})) == [article.title]


# --- snippets ---------------------------------------------------------------------------------------------------------


@only_postgres
def test_snippets_mark_the_matched_words_and_escape_the_article_text(client):
    article = ArticleFactory(title="Cramps", summary="Night <b>cramps</b>: 2 < 3 & 5 > 4.")
    SectionFactory(article=article, body='<img src=x onerror="alert(1)"> Stretching your calves helps with cramps.')
    html = client.get("/search/", {"q": "stretching"}).content.decode()
    [snippet] = re.findall(r'<p class="card-summary">(.*?)</p>', html, flags=re.S)
    assert "<mark>Stretching</mark> your calves" in snippet
    assert "2 &lt; 3 &amp; 5 &gt; 4" in snippet
    assert "<" not in snippet.replace("<mark>", "").replace("</mark>", ""), snippet


@pytest.mark.skipif(connection.vendor == "postgresql", reason="PostgreSQL shows a snippet instead")
def test_sqlite_shows_the_plain_summary(client):
    ArticleFactory(title="Cramps", summary="Night <b>cramps</b> & what helps.")
    html = client.get("/search/", {"q": "cramps"}).content.decode()
    assert '<p class="card-summary">Night &lt;b&gt;cramps&lt;/b&gt; &amp; what helps.</p>' in html
    assert "<mark>" not in html


def test_highlighted_escapes_the_text_and_marks_only_matches():
    headline = f"<script>x</script> {START_MATCH}run{STOP_MATCH} & [walk](https://e.test) {START_MATCH}a <b>"
    assert highlighted(headline) == "&lt;script&gt;x&lt;/script&gt; <mark>run</mark> &amp; walk a &lt;b&gt;"
    assert highlighted(f"**{START_MATCH}Bold{STOP_MATCH}** ## Heading") == "<mark>Bold</mark> Heading"


# --- pages without counting every match -------------------------------------------------------------------------------


def test_pages_are_read_without_counting_the_matches(client, settings):
    settings.ARTICLES_PER_PAGE = 4
    ArticleFactory.create_batch(10, summary="Walking every day.")
    seen = []
    for number in (1, 2, 3):
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/search/", {"q": "walking", "page": number})
        sql = " ".join(q["sql"] for q in captured)
        assert "COUNT(" not in sql.upper()
        # The page's rows and one more, which says whether a next page exists.
        assert re.search(r"\bLIMIT 5\b", sql), sql
        seen += _titles(response)
    assert len(seen) == len(set(seen)) == 10
    assert b'rel="prev" href="?q=walking&amp;page=2"' in response.content
    assert b'rel="next"' not in response.content
    assert b"10 articles found." in response.content


def test_first_page_links_to_the_next_without_a_total(client, settings):
    settings.ARTICLES_PER_PAGE = 4
    ArticleFactory.create_batch(5, summary="Walking every day.")
    response = client.get("/search/", {"q": "walking"})
    assert b'rel="next" href="?q=walking&amp;page=2"' in response.content
    assert b"Articles 1\xe2\x80\x934; more on the next page." in response.content
    assert b'rel="prev"' not in response.content


def test_a_page_past_the_end_says_so_and_links_back(client, settings):
    settings.ARTICLES_PER_PAGE = 4
    ArticleFactory.create_batch(2, summary="Walking every day.")
    response = client.get("/search/", {"q": "walking", "page": 7})
    assert response.status_code == 200
    assert b"No more articles match your search." in response.content
    assert b'rel="prev" href="?q=walking&amp;page=6"' in response.content


@pytest.mark.parametrize("page", ["0", "-3", "two", "9" * 40, ""])
def test_odd_page_numbers_show_a_page(client, page):
    ArticleFactory(title="Walking")
    response = client.get("/search/", {"q": "walking", "page": page})
    assert response.status_code == 200


def test_results_stop_at_the_cap_and_say_so(client, settings, monkeypatch):
    monkeypatch.setattr("articles.search.MAX_MATCHES", 5)
    settings.ARTICLES_PER_PAGE = 2
    ArticleFactory.create_batch(8, summary="Walking every day.")
    last = client.get("/search/", {"q": "walking", "page": 3})
    assert len(_titles(last)) == 1
    assert b'rel="next"' not in last.content
    assert b"At least 5 articles match; add a word to narrow your search." in last.content
    # Pages beyond the cap show its last page.
    assert _titles(client.get("/search/", {"q": "walking", "page": 40})) == _titles(last)


# --- the plan (PostgreSQL) --------------------------------------------------------------------------------------------


def _plans(captured):
    """Return {sql: text plan} of the captured queries that read articles, with sequential scans switched off."""
    plans = {}
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        for query in captured:
            if '"articles_article"' in query["sql"]:
                cursor.execute("EXPLAIN " + query["sql"])
                plans[query["sql"]] = "\n".join(row[0] for row in cursor.fetchall())
        transaction.set_rollback(True)
    return plans


@pytest.fixture
def many_articles():
    """Three hundred published articles with a section each: "cramps" in most, "quokka" in three."""
    topic, author, now = TopicFactory(), AuthorFactory(), timezone.now()
    articles = Article.objects.bulk_create(
        Article(title=f"Note {i}", slug=f"note-{i}", topic=topic, author=author, status="published", published_at=now)
        for i in range(300)
    )
    Section.objects.bulk_create(
        Section(article=a, body="A quokka at night." if i % 100 == 0 else "Cramps at night.")
        for i, a in enumerate(articles)
    )
    with connection.cursor() as cursor:
        # New rows wait in the GIN index's pending list until autovacuum merges them; a planner that must read
        # the whole list for every search rightly avoids the index. Merge now, as autovacuum would.
        cursor.execute("SELECT gin_clean_pending_list('article_search_idx'::regclass)")
        cursor.execute("ANALYZE articles_article")
        cursor.execute("ANALYZE articles_section")


@only_postgres
@pytest.mark.parametrize("word", ["quokka", "cramps", "nothingmatchesthis"])
def test_search_page_queries_scan_no_article_or_section_table_in_full(client, settings, many_articles, word):
    settings.ARTICLES_PER_PAGE = 4
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/search/", {"q": word}).status_code == 200
    plans = _plans(captured)
    [search] = [plan for sql, plan in plans.items() if "@@" in sql]
    for plan in plans.values():
        assert "Seq Scan on articles_article" not in plan, plan
        assert "Seq Scan on articles_section" not in plan, plan
    if word != "cramps":
        # A rare word's matches come from the GIN index; for a word in most articles, walking the newest
        # articles until enough match is as good, and the planner may do that instead.
        assert "Bitmap Index Scan on article_search_idx" in search, search


def test_the_search_vector_stays_out_of_the_article_history():
    article = ArticleFactory(title="Oat porridge")
    SectionFactory(article=article, body="Soak the oats overnight.")
    with reversion.create_revision(manage_manually=True):
        revision_record(article=article, user=None, comment="First")
    version = Version.objects.get_for_object(article).get()
    assert "search_vector" not in json.loads(version.serialized_data)[0]["fields"]
    # As the admin reads it: with the vector the database computed, and still equal to its latest revision.
    assert latest_snapshot(article).content() == snapshot_of(Article.objects.get(pk=article.pk)).content()
