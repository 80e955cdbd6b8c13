import pytest
from django.db import connection

from articles.tests.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db


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


def test_search_query_count_is_constant(client, django_assert_max_num_queries):
    for i in range(30):
        SectionFactory.create_batch(2, article=ArticleFactory(title=f"Hydration tip {i}"), body="Drink water.")
    with django_assert_max_num_queries(6):
        response = client.get("/search/", {"q": "hydration"})
    assert response.context["page_obj"].paginator.count == 30


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search runs on PostgreSQL")
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
