import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.tests.factories import ArticleFactory, TopicFactory

pytestmark = pytest.mark.django_db


def _items(response):
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content).find("channel").findall("item")


def test_site_feed_lists_published_articles_newest_first(client):
    old = ArticleFactory(title="Older piece", published_at=timezone.now() - timedelta(days=9))
    new = ArticleFactory(title="Newer piece", summary="What is new.")
    ArticleFactory(title="Draft piece", status="draft", published_at=None)
    ArticleFactory(title="Future piece", published_at=timezone.now() + timedelta(days=1))
    items = _items(client.get("/feed/"))
    assert [i.findtext("title") for i in items] == ["Newer piece", "Older piece"]
    first = items[0]
    assert first.findtext("link") == f"http://testserver{new.get_absolute_url()}"
    assert first.findtext("description") == "What is new."
    assert first.findtext("category") == new.topic.name
    assert old.author.public_name in ET.tostring(items[1], encoding="unicode")


def test_topic_feed_only_lists_its_topic(client):
    pets = TopicFactory(name="Pets")
    ArticleFactory(title="Cats at night", topic=pets)
    ArticleFactory(title="Car tyres", topic=TopicFactory(name="Autos"))
    response = client.get("/topics/pets/feed/")
    channel = ET.fromstring(response.content).find("channel")
    assert "Pets" in channel.findtext("title")
    assert channel.findtext("link") == "http://testserver/topics/pets/"
    assert [i.findtext("title") for i in _items(response)] == ["Cats at night"]


def test_topic_feed_of_unknown_topic_is_404(client):
    assert client.get("/topics/nothing-here/feed/").status_code == 404


def test_feed_escapes_markup_in_titles(client):
    ArticleFactory(title="Salt <b>&</b> pepper")
    items = _items(client.get("/feed/"))
    assert items[0].findtext("title") == "Salt <b>&</b> pepper"


def test_feeds_are_linked_from_pages(client):
    TopicFactory(name="Health")
    assert b'type="application/rss+xml"' in client.get("/").content
    assert b'href="/topics/health/feed/"' in client.get("/topics/health/").content


def test_feed_query_count_is_constant(client, django_assert_max_num_queries):
    ArticleFactory.create_batch(25)
    client.get("/feed/")  # warms the site-wide caches (consent policy, Sites)
    with django_assert_max_num_queries(2):
        assert len(_items(client.get("/feed/"))) == 20
