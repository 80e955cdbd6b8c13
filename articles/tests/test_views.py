import json
import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

from accounts.tests.factories import AuthorFactory, UserFactory
from articles.context_processors import navigation
from articles.tests.factories import ArticleFactory, SectionFactory, TopicFactory

pytestmark = pytest.mark.django_db

MAX_PAGE_QUERIES = 6


def _json_ld(response):
    match = re.search(rb'<script type="application/ld\+json">(.*?)</script>', response.content, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


def _warm_caches(client):
    # Every page reads site-wide values that live in the cache (the topic navigation, the consent policy in
    # force); measure pages as they run in production, with those caches warm. Nothing page-specific is cached.
    assert client.get("/").status_code == 200


# --- article page -------------------------------------------------------------------------------------------


def test_article_page_shows_title_author_updated_on_and_sections(client):
    article = ArticleFactory(title="Why muscles twitch", updated_on=datetime(2026, 3, 7, 12, tzinfo=UTC))
    SectionFactory(
        article=article, order=1, heading="Common causes", body="Too much **coffee**.\n\n- stress\n- fatigue"
    )
    SectionFactory(article=article, order=2, heading="", body="A section without a heading.")
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Why muscles twitch</h1>" in html
    assert article.author.public_name in html
    assert "Updated on <time" in html and "March 7, 2026</time>" in html
    assert "<strong>coffee</strong>" in html and "<li>stress</li>" in html
    assert "A section without a heading." in html


def test_table_of_contents_links_point_at_section_headings(client):
    article = ArticleFactory()
    sections = [SectionFactory(article=article, order=i, heading=f"Part {i} of the story") for i in range(1, 4)]
    html = client.get(article.get_absolute_url()).content.decode()
    toc = html.split('<nav class="toc"', 1)[1].split("</nav>", 1)[0]
    for section in sections:
        assert f'href="#{section.anchor}"' in toc
        assert f'<h2 id="{section.anchor}">{section.heading}</h2>' in html


def test_video_section_is_handed_to_the_video_include_and_loads_nothing_without_consent(client):
    article = ArticleFactory()
    SectionFactory(
        article=article, kind="video", heading="Watch", body="A caption.", video_url="https://vimeo.com/76979871"
    )
    html = client.get(article.get_absolute_url()).content.decode()
    section = html.split('class="capsule capsule-video"', 1)[1].split("</section>", 1)[0]
    assert '<h2 id="s' in section and "Watch</h2>" in section
    assert "Vimeo" in section
    assert "A caption." in section
    assert "<iframe" not in html


def test_author_box_shows_avatar_bio_and_more_by_author(client):
    author = AuthorFactory(display_name="Maya Okafor", bio="Physiotherapist who writes about sore muscles.")
    article = ArticleFactory(author=author)
    other = ArticleFactory(author=author, title="Stretching after work")
    draft = ArticleFactory(author=author, title="Unfinished thoughts", status="draft", published_at=None)
    html = client.get(article.get_absolute_url()).content.decode()
    box = html.split('class="author-box"', 1)[1]
    assert "Physiotherapist who writes about sore muscles." in box
    assert author.avatar_url in box
    assert "More by Maya Okafor" in box
    assert other.get_absolute_url() in box
    assert draft.title not in box


def test_breadcrumbs_lead_back_to_the_topic(client):
    topic = TopicFactory(name="Pets")
    article = ArticleFactory(topic=topic)
    html = client.get(article.get_absolute_url()).content.decode()
    crumbs = html.split('aria-label="Breadcrumb"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/"' in crumbs and 'href="/topics/pets/"' in crumbs


@pytest.mark.parametrize("status,published_at", [("draft", None), ("published", timedelta(hours=2))])
def test_unpublished_articles_are_404_to_readers(client, status, published_at):
    when = timezone.now() + published_at if published_at else None
    article = ArticleFactory(status=status, published_at=when, updated_on=when)
    assert client.get(article.get_absolute_url()).status_code == 404
    reader = UserFactory()
    client.force_login(reader)
    assert client.get(article.get_absolute_url()).status_code == 404


def test_an_author_previews_their_own_draft_with_a_banner(client):
    draft = ArticleFactory(status="draft", published_at=None, updated_on=None)
    client.force_login(draft.author)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert b"Preview: not published" in response.content
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-store" in response["Cache-Control"]


def test_an_author_previews_their_scheduled_article_with_its_publish_time(client):
    when = timezone.now() + timedelta(days=3)
    scheduled = ArticleFactory(published_at=when, updated_on=when)
    client.force_login(scheduled.author)
    html = client.get(scheduled.get_absolute_url()).content.decode()
    assert "Preview: not published." in html
    assert f'Scheduled for <time datetime="{when.isoformat()}">' in html


def test_another_author_cannot_preview_a_draft(client):
    draft = ArticleFactory(status="draft", published_at=None, updated_on=None)
    client.force_login(AuthorFactory())
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_editors_preview_every_draft(client):
    draft = ArticleFactory(status="draft", published_at=None, updated_on=None)
    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    client.force_login(editor)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert b"Preview: not published" in response.content


def test_published_article_has_no_preview_banner(client):
    article = ArticleFactory()
    client.force_login(article.author)
    assert b"Preview: not published" not in client.get(article.get_absolute_url()).content


def test_scheduled_article_appears_by_itself_once_its_time_passes(client):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        article = ArticleFactory(title="Tomorrow's piece", published_at=start + timedelta(hours=3))
        assert client.get(article.get_absolute_url()).status_code == 404
        assert b"Tomorrow&#x27;s piece" not in client.get("/").content
        assert b"Tomorrow" not in client.get("/feed/").content
        assert article.get_absolute_url().encode() not in client.get("/sitemap-articles.xml").content
    with time_machine.travel(start + timedelta(hours=3, minutes=1), tick=False):
        assert client.get(article.get_absolute_url()).status_code == 200
        assert b"Tomorrow&#x27;s piece" in client.get("/").content
        assert b"Tomorrow" in client.get("/feed/").content
        assert article.get_absolute_url().encode() in client.get("/sitemap-articles.xml").content


@pytest.fixture
def without_panels(monkeypatch):
    """Leave out panels other apps register (comments): they hold budgets of their own, tested there."""
    from articles import extensions

    monkeypatch.setattr(extensions, "_panels", {})


@pytest.mark.parametrize("sections", [1, 30])
@pytest.mark.parametrize("viewer", ["anonymous", "reader", "author"])
def test_article_page_query_count_does_not_grow_with_sections(
    client, rf, django_assert_max_num_queries, sections, viewer, without_panels
):
    author = AuthorFactory()
    article = ArticleFactory(author=author)
    for i in range(sections):
        SectionFactory(article=article, order=i, heading=f"Heading {i}")
    # Video sections too, one in three: rendering a video must not cost a query per section either.
    for i in range(max(1, sections // 3)):
        SectionFactory(article=article, order=100 + i, kind="video", video_url=f"https://youtu.be/v{i}")
    ArticleFactory.create_batch(6, author=author)
    if viewer == "reader":
        client.force_login(UserFactory())
    elif viewer == "author":
        client.force_login(author)
    _warm_caches(client)
    with django_assert_max_num_queries(MAX_PAGE_QUERIES):
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert response.content.count(b'class="capsule') == sections + max(1, sections // 3)


def test_draft_preview_stays_within_the_query_budget(client, rf, django_assert_max_num_queries, without_panels):
    draft = ArticleFactory(status="draft", published_at=None, updated_on=None)
    SectionFactory.create_batch(30, article=draft)
    client.force_login(draft.author)
    _warm_caches(client)
    with django_assert_max_num_queries(MAX_PAGE_QUERIES):
        assert client.get(draft.get_absolute_url()).status_code == 200


# --- OpenGraph and JSON-LD ----------------------------------------------------------------------------------


def test_json_ld_date_modified_matches_the_visible_updated_on_date(client):
    updated = datetime(2026, 2, 14, 9, 30, tzinfo=UTC)
    article = ArticleFactory(published_at=updated - timedelta(days=30), updated_on=updated)
    response = client.get(article.get_absolute_url())
    data = _json_ld(response)
    assert data["@type"] == "Article"
    assert data["headline"] == article.title
    assert data["author"]["name"] == article.author.public_name
    assert data["publisher"]["name"] == "Twitchsite"
    assert data["datePublished"].startswith("2026-01-15")
    assert data["dateModified"].startswith("2026-02-14")
    visible = re.search(rb"Updated on <time datetime=\"([^\"]+)\">([^<]+)</time>", response.content)
    assert visible.group(2) == b"February 14, 2026"
    assert data["dateModified"][:10] == visible.group(1).decode()[:10]


def test_json_ld_cannot_break_out_of_its_script_element(client):
    article = ArticleFactory(title="Fish </script><script>alert(1)</script> & chips")
    response = client.get(article.get_absolute_url())
    block = response.content.split(b'<script type="application/ld+json">', 1)[1].split(b"</script>", 1)[0]
    assert b"<" not in block and b">" not in block and b"&" not in block
    assert _json_ld(response)["headline"] == article.title


def test_article_page_has_opengraph_and_twitter_tags(client):
    article = ArticleFactory(title="Sleep & recovery", summary="How rest rebuilds you.")
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Sleep &amp; recovery">' in html
    assert '<meta property="og:description" content="How rest rebuilds you.">' in html
    assert f'<meta property="og:url" content="http://testserver{article.get_absolute_url()}">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">' in html


# --- home and topic pages -----------------------------------------------------------------------------------


def test_home_lists_latest_articles_and_topic_highlights(client):
    food = TopicFactory(name="Food")
    old = ArticleFactory(title="Old soup", topic=food, published_at=timezone.now() - timedelta(days=40))
    new = ArticleFactory(title="New bread", topic=food)
    draft = ArticleFactory(title="Secret draft", status="draft", published_at=None)
    html = client.get("/").content.decode()
    assert html.index("New bread") < html.index("Old soup")
    assert "Secret draft" not in html
    highlights = html.split('class="topic-highlights"', 1)[1]
    assert new.get_absolute_url() in highlights and old.get_absolute_url() in highlights
    assert draft.get_absolute_url() not in html


def test_topic_highlights_show_at_most_three_per_topic(client):
    ArticleFactory.create_batch(5, topic=TopicFactory(name="Travel"))
    html = client.get("/").content.decode()
    travel = html.split('id="topic-travel"', 1)[1].split("</section>", 1)[0]
    assert travel.count("<li>") == 3


def test_topic_page_is_paginated_and_only_shows_its_topic(client, settings):
    settings.ARTICLES_PER_PAGE = 5
    pets = TopicFactory(name="Pets")
    ArticleFactory.create_batch(7, topic=pets)
    elsewhere = ArticleFactory(title="Not about pets", topic=TopicFactory(name="Autos"))
    first = client.get("/topics/pets/")
    second = client.get("/topics/pets/?page=2")
    assert first.content.count(b'class="card"') == 5
    assert second.content.count(b'class="card"') == 2
    assert b"Page 1 of 2" in first.content and b'rel="next"' in first.content
    assert elsewhere.title.encode() not in first.content + second.content
    assert client.get("/topics/no-such-topic/").status_code == 404


@pytest.mark.parametrize("signed_in", [False, True])
@pytest.mark.parametrize("url", ["/", "/topics/health/", "/search/?q=article"])
def test_listing_pages_keep_a_constant_query_count(client, django_assert_max_num_queries, url, signed_in, settings):
    settings.ARTICLES_PER_PAGE = 60
    health = TopicFactory(name="Health")
    authors = AuthorFactory.create_batch(5)
    for i in range(55):
        article = ArticleFactory(topic=health if i % 2 else TopicFactory(name=f"Topic {i % 5}"), author=authors[i % 5])
        SectionFactory(article=article)
    if signed_in:
        client.force_login(UserFactory())
    _warm_caches(client)
    with django_assert_max_num_queries(MAX_PAGE_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.count(b'class="card"') >= 27


def test_navigation_topics_are_cached(rf, django_assert_num_queries):
    cache.clear()
    with django_assert_num_queries(1):
        navigation(rf.get("/"))
        navigation(rf.get("/"))


# --- author profile section ---------------------------------------------------------------------------------


def test_profile_lists_the_authors_published_articles_with_count(client):
    author = AuthorFactory(display_name="Jonas Berg")
    ArticleFactory.create_batch(3, author=author)
    draft = ArticleFactory(author=author, title="Half written", status="draft", published_at=None)
    html = client.get(author.get_absolute_url()).content.decode()
    assert "Articles by Jonas Berg" in html
    assert "(3)" in html
    assert html.count('class="card"') == 3
    assert draft.title not in html


def test_profile_of_a_reader_without_articles_has_no_articles_section(client):
    reader = UserFactory(display_name="Quiet Reader")
    ArticleFactory(author=reader, status="draft", published_at=None)
    html = client.get(reader.get_absolute_url()).content.decode()
    assert "Quiet Reader" in html
    assert "Articles by" not in html


def test_profile_caps_a_long_article_list_and_links_to_all_of_them(client, rf, django_assert_max_num_queries):
    author = AuthorFactory()
    ArticleFactory.create_batch(25, author=author)
    _warm_caches(client)
    with django_assert_max_num_queries(MAX_PAGE_QUERIES):
        html = client.get(author.get_absolute_url()).content.decode()
    assert html.count('class="card"') == 20
    assert "(25)" in html
    assert f'href="/users/{author.handle}/articles/"' in html


def test_author_articles_page_is_paginated_and_hides_drafts(client, settings, rf, django_assert_max_num_queries):
    settings.ARTICLES_PER_PAGE = 10
    author = AuthorFactory(display_name="Ines Moreau")
    ArticleFactory.create_batch(13, author=author)
    ArticleFactory(author=author, title="Not yet", status="draft", published_at=None)
    ArticleFactory(title="Someone else's")
    _warm_caches(client)
    with django_assert_max_num_queries(MAX_PAGE_QUERIES):
        first = client.get(f"/users/{author.handle}/articles/")
    second = client.get(f"/users/{author.handle}/articles/?page=2")
    assert b"Articles by Ines Moreau" in first.content
    assert first.content.count(b'class="card"') == 10
    assert second.content.count(b'class="card"') == 3
    assert b"Not yet" not in first.content + second.content
    assert b"Someone else" not in first.content + second.content
    assert client.get("/users/nobody-here/articles/").status_code == 404


# --- robots, sitemap, error pages ---------------------------------------------------------------------------


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin(client):
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in text and "Disallow: /accounts/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_unknown_page_gets_the_styled_404(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert b"Page not found" in response.content
    assert b'aria-label="Topics"' in response.content


@pytest.mark.urls("articles.tests.urls_failing")
@override_settings(DEBUG=False)
def test_server_error_gets_the_styled_500(client):
    client.raise_request_exception = False
    response = client.get("/boom/")
    assert response.status_code == 500
    assert b"Something went wrong" in response.content
    assert b"/static/css/site.css" in response.content


def test_favicon_ico_leads_to_the_site_icon(client):
    from django.contrib.staticfiles import finders
    from django.templatetags.static import static

    response = client.get("/favicon.ico")

    assert response.status_code == 302
    assert response["Location"] == static("favicon.svg")
    assert finders.find("favicon.svg")
