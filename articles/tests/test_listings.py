from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.tests.factories import AuthorFactory
from articles import listings
from articles.models import Article, Topic
from articles.tests.factories import ArticleFactory, TopicFactory

pytestmark = pytest.mark.django_db


def _articles_in_every_topic(per_topic, *, topics, prefix="", age=timedelta(0)):
    now = timezone.now() - age
    author = AuthorFactory()
    for t, topic in enumerate(topics):
        for n in range(per_topic):
            ArticleFactory(
                title=f"{prefix}{topic.name} {n}", topic=topic, author=author, published_at=now - timedelta(hours=n + t)
            )


def _highlight_queries(client):
    client.get("/")  # warms the site-wide caches (the topic navigation)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response.status_code == 200
    return response.content.decode(), [q["sql"] for q in queries]


def test_home_shows_the_newest_three_of_every_topic_in_one_query(client):
    topics = list(Topic.objects.all())
    assert len(topics) >= 21  # the topics every site starts with
    _articles_in_every_topic(1, topics=topics[:2], prefix="Older ", age=timedelta(days=30))
    _, few = _highlight_queries(client)
    _articles_in_every_topic(5, topics=topics)

    html, many = _highlight_queries(client)

    assert len(many) == len(few)
    highlights = html.split('class="topic-highlights"', 1)[1]
    for topic in topics:
        section = highlights.split(f'id="topic-{topic.slug}"', 1)[1].split("</section>", 1)[0]
        assert [line.split(">")[-1] for line in section.split("</a></li>")[:-1]] == [
            f"{topic.name} 0",
            f"{topic.name} 1",
            f"{topic.name} 2",
        ]


def test_topic_highlights_leave_out_drafts_and_scheduled_articles():
    pets = TopicFactory(name="Pets")
    shown = ArticleFactory(topic=pets, title="Shown")
    ArticleFactory(topic=pets, status="draft", published_at=None)
    ArticleFactory(topic=pets, published_at=timezone.now() + timedelta(days=1))

    highlights = list(listings.topic_highlights(Article.objects.published(), 3))

    assert highlights == [shown]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the index-friendly query is PostgreSQL's")
def test_topic_highlights_take_a_few_rows_per_topic_instead_of_ranking_every_article():
    ArticleFactory.create_batch(4, topic=TopicFactory(name="Pets"))
    sql = str(listings.topic_highlights(Article.objects.published(), 3).query).upper()
    assert "ROW_NUMBER" not in sql and "OVER" not in sql
    assert "UNNEST(ARRAY(" in sql and "LIMIT 3" in sql
    assert len(listings.topic_highlights(Article.objects.published(), 3)) == 3


def test_topic_pages_stop_at_the_last_listed_page_and_say_where_older_articles_are(
    client, settings, monkeypatch, django_assert_max_num_queries
):
    settings.ARTICLES_PER_PAGE = 2
    monkeypatch.setattr(listings, "MAX_PAGES", 3)
    pets = TopicFactory(name="Pets")
    now = timezone.now()
    for n in range(9):
        ArticleFactory(topic=pets, title=f"Pet story {n}", published_at=now - timedelta(hours=n))
    client.get("/")  # warms the site-wide caches

    first = client.get("/topics/pets/")
    with django_assert_max_num_queries(6):
        last = client.get("/topics/pets/?page=3")
    deeper = client.get("/topics/pets/?page=4")

    assert b"9 articles" in first.content and b"Page 1 of 3" in first.content
    assert b"The newest" not in first.content
    assert b"Page 3 of 3" in last.content and b'rel="next"' not in last.content
    assert b"Pet story 5" in last.content and b"Pet story 6" not in last.content
    assert b"The newest 6 articles are listed here." in last.content
    assert b"Page 3 of 3" in deeper.content and b"Pet story 6" not in deeper.content


def test_author_pages_are_bounded_like_topic_pages(client, settings, monkeypatch):
    settings.ARTICLES_PER_PAGE = 2
    monkeypatch.setattr(listings, "MAX_PAGES", 2)
    author = AuthorFactory()
    ArticleFactory.create_batch(5, author=author)

    last = client.get(f"/users/{author.handle}/articles/?page=9")

    assert last.status_code == 200
    assert b"5 articles" in last.content and b"Page 2 of 2" in last.content
    assert b"The newest 4 articles are listed here." in last.content


@pytest.mark.django_db
def test_a_former_handle_redirects_to_the_author_article_list(client):
    from accounts.services import former_handle_record
    from accounts.tests.factories import AuthorFactory

    author = AuthorFactory(handle="now")
    former_handle_record(user=author, handle="then")

    response = client.get("/users/then/articles/?page=2")

    assert response.status_code == 301
    assert response.url == "/users/now/articles/?page=2"
    assert client.get("/users/nobody/articles/").status_code == 404
