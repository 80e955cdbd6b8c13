"""Under an article: related articles, the next one in its topic, and the reading time."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.related import reading_minutes, related_articles, title_words
from articles.tests.factories import ArticleFactory, SectionFactory, TopicFactory

pytestmark = pytest.mark.django_db


def _days_ago(days):
    return timezone.now() - timedelta(days=days)


def test_related_articles_put_the_same_topic_first_then_shared_title_words():
    health, food = TopicFactory(name="Health"), TopicFactory(name="Food")
    article = ArticleFactory(title="Sleep and muscle twitching", topic=health, published_at=_days_ago(1))
    same_topic = ArticleFactory(title="Drinking enough water", topic=health, published_at=_days_ago(9))
    shared_word = ArticleFactory(title="Muscle-friendly dinners", topic=food, published_at=_days_ago(2))
    ArticleFactory(title="Pasta for a crowd", topic=food, published_at=_days_ago(3))  # nothing in common
    ArticleFactory(title="Sleep draft", topic=health, status="draft", published_at=None)  # never shown

    assert related_articles(article) == [same_topic, shared_word]


def test_title_words_skip_short_and_common_words():
    assert title_words("Why Do My Muscles Twitch? A Calm Guide") == ["muscles", "twitch", "guide", "calm"]


def test_reading_time_counts_the_words_of_every_section():
    article = ArticleFactory(title="Short", summary="")
    sections = [SectionFactory(article=article, heading="", body="word " * 460)]

    assert reading_minutes(article, sections) == 3  # 462 words at 230 a minute, rounded up
    assert reading_minutes(article, []) == 1


def test_the_article_page_shows_reading_time_next_link_and_related_cards(client):
    health = TopicFactory(name="Health")
    older = ArticleFactory(title="Stretching at your desk", topic=health, published_at=_days_ago(5))
    article = ArticleFactory(title="Why muscles twitch", topic=health, published_at=_days_ago(1))
    SectionFactory(article=article, body="word " * 500)

    html = client.get(article.get_absolute_url()).content.decode()

    assert "3 min read" in html
    assert f'<a href="{older.get_absolute_url()}" rel="next">' in html
    assert "Next in Health:</span> Stretching at your desk" in html
    assert 'id="related-title">Related articles</h2>' in html
    assert html.count('class="card"') == 1


def test_the_oldest_article_of_a_topic_leads_on_to_the_newest():
    health = TopicFactory(name="Health")
    oldest = ArticleFactory(topic=health, published_at=_days_ago(30))
    ArticleFactory(topic=health, published_at=_days_ago(20))
    newest = ArticleFactory(topic=health, published_at=_days_ago(1))

    from articles.models import Article
    from articles.related import with_next_in_topic

    assert with_next_in_topic(Article.objects.filter(pk=oldest.pk)).get().next_slug == newest.slug
    assert with_next_in_topic(Article.objects.filter(pk=newest.pk)).get().next_title is not None


def test_listing_cards_show_and_label_the_date_the_list_is_sorted_by(client):
    article = ArticleFactory(published_at=_days_ago(10), updated_on=_days_ago(1))

    html = client.get("/").content.decode()

    assert f'Published <time datetime="{timezone.localtime(article.published_at).isoformat()}' in html
