"""sitemap.xml: an index of the pages of the articles, topics and authors sections, cached until the site changes."""

import gzip
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.tests.factories import AuthorFactory
from articles import page_cache
from articles.models import Article
from articles.tests.factories import ArticleFactory, SectionFactory, TopicFactory, make_picture

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "image": "http://www.google.com/schemas/sitemap-image/1.1"}
BASE = "http://testserver"
# The index: two per section, where its pages start and the latest change of each. A page: where the pages start,
# its rows, and for articles their picture sections and the pictures their texts refer to.
MAX_QUERIES = 6


@pytest.fixture
def small_pages(settings):
    settings.SITEMAP_PAGE_SIZE = 3


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a change and its on-commit callbacks (the version bumps), as a real commit would."""

    def run(change, *args):
        with django_capture_on_commit_callbacks(execute=True):
            change(*args)

    return run


def index(client):
    """Return the index as (address, lastmod) pairs."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['s']}}}sitemapindex"
    return [(s.findtext("s:loc", namespaces=NS), s.findtext("s:lastmod", namespaces=NS)) for s in root]


def urlset(client, url):
    """Return a sitemap page as {address: (lastmod, [image addresses])}, in the page's order."""
    response = client.get(url)
    assert response.status_code == 200, url
    root = ET.fromstring(response.content)
    return {
        u.findtext("s:loc", namespaces=NS): (
            u.findtext("s:lastmod", namespaces=NS),
            [i.findtext("image:loc", namespaces=NS) for i in u.findall("image:image", NS)],
        )
        for u in root.findall("s:url", NS)
    }


def absolute(obj):
    return BASE + obj.get_absolute_url()


def day(when):
    return timezone.localtime(when).date().isoformat()


def published(count, **fields):
    return [ArticleFactory(**fields) for _ in range(count)]


# --- the index ----------------------------------------------------------------------------------------------


def test_sitemap_xml_is_an_index_of_every_page_of_each_section(client, small_pages):
    health, sleep = TopicFactory(name="Health"), TopicFactory(name="Sleep")
    author = AuthorFactory()
    published(5, topic=health, author=author)
    published(5, topic=sleep)  # five more authors: six in all

    addresses = [loc for loc, _lastmod in index(client)]

    assert addresses == [
        f"{BASE}/sitemap-articles.xml",
        f"{BASE}/sitemap-articles.xml?p=2",
        f"{BASE}/sitemap-articles.xml?p=3",
        f"{BASE}/sitemap-articles.xml?p=4",
        f"{BASE}/sitemap-topics.xml",
        f"{BASE}/sitemap-authors.xml",
        f"{BASE}/sitemap-authors.xml?p=2",
    ]


def test_an_empty_site_has_an_index_of_empty_sections(client):
    assert [loc for loc, _lastmod in index(client)] == [
        f"{BASE}/sitemap-articles.xml",
        f"{BASE}/sitemap-topics.xml",
        f"{BASE}/sitemap-authors.xml",
    ]
    assert urlset(client, "/sitemap-articles.xml") == {}


# --- articles -----------------------------------------------------------------------------------------------


def test_article_pages_list_every_published_article_exactly_once_in_pk_order(client, small_pages):
    live = published(10)
    draft = ArticleFactory(status="draft", published_at=None, updated_on=None)
    scheduled = ArticleFactory(published_at=timezone.now() + timedelta(days=1))
    deleted = ArticleFactory()
    deleted_url = absolute(deleted)
    deleted.delete()

    pages = [list(urlset(client, f"/sitemap-articles.xml?p={n}")) for n in (1, 2, 3, 4)]

    assert [len(page) for page in pages] == [3, 3, 3, 1]
    listed = [url for page in pages for url in page]
    assert listed == [absolute(a) for a in sorted(live, key=lambda a: a.pk)]
    assert not {absolute(draft), absolute(scheduled), deleted_url} & set(listed)
    assert urlset(client, "/sitemap-articles.xml") == urlset(client, "/sitemap-articles.xml?p=1")


@pytest.mark.parametrize("page", ["5", "0", "-1", "two", "2.5"])
def test_a_page_past_the_end_or_not_a_number_is_404_without_reading_rows(client, small_pages, page):
    published(10)
    client.get("/sitemap-topics.xml")  # the Sites row, and the site-wide caches the 404 page reads
    client.get("/no-such-page/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"/sitemap-articles.xml?p={page}").status_code == 404
    assert len(queries) <= 1, [q["sql"] for q in queries]  # where the pages start


def test_unknown_section_is_404(client):
    assert client.get("/sitemap-comments.xml").status_code == 404


def test_pages_are_ranges_of_the_primary_key_not_offsets(client, small_pages):
    published(10)
    with CaptureQueriesContext(connection) as queries:
        urlset(client, "/sitemap-articles.xml?p=4")
    assert not [q["sql"] for q in queries if "OFFSET" in q["sql"].upper()]


def test_an_article_published_or_unpublished_moves_no_other_article_out_of_the_sitemap(client, small_pages):
    articles = published(7)

    def listed():
        pages = [urlset(client, f"/sitemap-articles.xml?p={n}") for n in range(1, 4)]
        return [url for page in pages for url in page]

    articles[1].status = "draft"
    articles[1].save()
    newcomer = ArticleFactory()

    expected = [absolute(a) for a in [*articles[:1], *articles[2:], newcomer]]
    assert listed() == expected
    assert client.get("/sitemap-articles.xml?p=4").status_code == 404


# --- lastmod ------------------------------------------------------------------------------------------------


def test_each_article_carries_the_updated_on_date_readers_see(client):
    edited = ArticleFactory(
        published_at=datetime(2026, 3, 1, 9, tzinfo=UTC), updated_on=datetime(2026, 5, 1, 12, tzinfo=UTC)
    )
    never_edited = ArticleFactory(published_at=datetime(2026, 4, 2, 9, tzinfo=UTC), updated_on=None)

    urls = urlset(client, "/sitemap-articles.xml")

    assert urls[absolute(edited)][0] == day(edited.shown_updated_on) == "2026-05-01"
    assert urls[absolute(never_edited)][0] == day(never_edited.shown_updated_on) == "2026-04-02"


def test_each_page_in_the_index_carries_the_latest_change_of_its_own_articles(client, small_pages):
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    articles = [ArticleFactory(published_at=start, updated_on=start + timedelta(days=i)) for i in range(5)]
    articles[1].updated_on = start + timedelta(days=30)  # page 1: the second article changed last
    articles[1].save()

    lastmods = dict(index(client))

    page_1 = datetime.fromisoformat(lastmods[f"{BASE}/sitemap-articles.xml"])
    page_2 = datetime.fromisoformat(lastmods[f"{BASE}/sitemap-articles.xml?p=2"])
    assert page_1 == max(a.shown_updated_on for a in articles[:3]) == start + timedelta(days=30)
    assert page_2 == max(a.shown_updated_on for a in articles[3:]) == start + timedelta(days=4)


def test_topics_and_authors_change_with_their_latest_article(client):
    health, sleep = TopicFactory(name="Health"), TopicFactory(name="Sleep")
    ana, ben = AuthorFactory(), AuthorFactory()
    ArticleFactory(topic=health, author=ana, published_at=datetime(2026, 2, 1, 9, tzinfo=UTC), updated_on=None)
    # Updated after the other was published: the topic's list and the author's profile changed then.
    ArticleFactory(
        topic=health,
        author=ben,
        published_at=datetime(2026, 1, 1, 9, tzinfo=UTC),
        updated_on=datetime(2026, 3, 5, 9, tzinfo=UTC),
    )
    # Published after its last update: it appeared on the lists when it was published.
    ArticleFactory(
        topic=sleep,
        author=ana,
        published_at=datetime(2026, 4, 9, 9, tzinfo=UTC),
        updated_on=datetime(2026, 4, 1, 9, tzinfo=UTC),
    )
    ArticleFactory(topic=sleep, author=ben, status="draft", published_at=None, updated_on=None)
    ArticleFactory(topic=health, author=ben, published_at=timezone.now() + timedelta(days=3))

    topics = urlset(client, "/sitemap-topics.xml")
    authors = urlset(client, "/sitemap-authors.xml")

    assert topics == {absolute(health): ("2026-03-05", []), absolute(sleep): ("2026-04-09", [])}
    assert authors == {absolute(ana): ("2026-04-09", []), absolute(ben): ("2026-03-05", [])}


# --- topics and authors -------------------------------------------------------------------------------------


def test_topics_section_lists_only_topics_with_a_published_article(client):
    live = ArticleFactory(topic=TopicFactory(name="Health")).topic
    ArticleFactory(topic=TopicFactory(name="Drafts only"), status="draft", published_at=None, updated_on=None)
    ArticleFactory(topic=TopicFactory(name="Scheduled"), published_at=timezone.now() + timedelta(hours=2))

    assert list(urlset(client, "/sitemap-topics.xml")) == [absolute(live)]


def test_authors_section_lists_the_public_profiles_of_people_with_a_published_article(client):
    author = ArticleFactory().author
    ArticleFactory(status="draft", published_at=None, updated_on=None)  # its author has published nothing
    gone = ArticleFactory().author
    gone.is_active = False  # no public profile: /users/<handle>/ is 404
    gone.save()
    AuthorFactory()  # an author without articles

    assert list(urlset(client, "/sitemap-authors.xml")) == [f"{BASE}/users/{author.handle}/"]
    assert client.get(f"/users/{author.handle}/").status_code == 200


def test_every_author_is_on_exactly_one_page(client, small_pages):
    authors = sorted((ArticleFactory().author for _ in range(7)), key=lambda a: a.pk)
    listed = [url for n in (1, 2, 3) for url in urlset(client, f"/sitemap-authors.xml?p={n}")]
    assert listed == [absolute(a) for a in authors]


# --- pictures -----------------------------------------------------------------------------------------------


def test_pictures_are_listed_with_their_article_on_every_page(client, small_pages):
    lead, in_section, in_text = (make_picture(title=t, size=(500, 400)) for t in ("Lead", "Section", "Text"))
    published(3)
    article = ArticleFactory(lead_picture=lead)  # the first article of page 2
    SectionFactory(article=article, order=1, body=f"![here](picture:{in_text.pk})")
    SectionFactory(article=article, order=2, kind="picture", picture=in_section)
    ArticleFactory(lead_picture=in_section)

    page = urlset(client, "/sitemap-articles.xml?p=2")

    expected = [f"{BASE}/media/{p.renditions['full']['jpeg'][-1][2]}" for p in (lead, in_text, in_section)]
    assert list(page.values())[0][1] == expected
    assert list(page.values())[1][1] == expected[2:]


# --- query budgets ------------------------------------------------------------------------------------------


def _pictured_articles(count):
    picture = make_picture(size=(500, 400))
    for _ in range(count):
        article = ArticleFactory(lead_picture=picture, author=AuthorFactory(), topic=TopicFactory(name="Health"))
        SectionFactory(article=article, kind="picture", picture=picture)
        SectionFactory(article=article, body=f"![x](picture:{picture.pk})")


def _counts(client, urls):
    counts = {}
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        counts[url] = len(queries)
    return counts


def test_no_sitemap_page_costs_a_query_per_address_or_picture(client, settings):
    settings.SITEMAP_PAGE_SIZE = 20
    urls = ["/sitemap.xml", "/sitemap-articles.xml", "/sitemap-topics.xml", "/sitemap-authors.xml"]
    _pictured_articles(2)
    client.get("/sitemap-topics.xml")  # Django's sitemap view reads the Sites row once per process
    few = _counts(client, urls)

    _pictured_articles(30)
    many = _counts(client, [*urls, "/sitemap-articles.xml?p=2", "/sitemap-authors.xml?p=2"])

    assert many == {
        **few,
        "/sitemap-articles.xml?p=2": few["/sitemap-articles.xml"],
        "/sitemap-authors.xml?p=2": few["/sitemap-authors.xml"],
    }
    assert max(many.values()) <= MAX_QUERIES


# --- cache --------------------------------------------------------------------------------------------------


def test_sitemaps_are_served_from_the_cache_without_queries(cached, client):
    ArticleFactory()
    for url in ("/sitemap.xml", "/sitemap-articles.xml", "/sitemap-articles.xml?p=1", "/sitemap-topics.xml"):
        first = client.get(url)
        assert first["X-Page-Cache"] == "miss", url
        with CaptureQueriesContext(connection) as queries:
            second = client.get(url)
        assert second["X-Page-Cache"] == "hit", url
        assert len(queries) == 0, url
        assert second.content == first.content
        assert second["Content-Type"] == "application/xml"
        assert second["X-Robots-Tag"] == "noindex, noodp, noarchive"


def test_a_signed_in_visitor_gets_the_same_cached_sitemap(cached, client):
    ArticleFactory()
    client.get("/sitemap.xml")
    client.force_login(AuthorFactory())
    assert client.get("/sitemap.xml")["X-Page-Cache"] == "hit"


def test_unknown_parameters_and_missing_pages_are_not_cached(cached, client):
    ArticleFactory()
    client.get("/sitemap.xml?utm_source=x")
    assert "X-Page-Cache" not in client.get("/sitemap.xml?utm_source=x")
    assert client.get("/sitemap-articles.xml?p=9").status_code == 404
    assert client.get("/sitemap-articles.xml?p=9").status_code == 404


def test_an_article_edit_shows_in_the_sitemap_on_the_next_request(cached, committed, client):
    article = ArticleFactory(updated_on=datetime(2026, 1, 10, 12, tzinfo=UTC))
    assert urlset(client, "/sitemap-articles.xml")[absolute(article)][0] == "2026-01-10"
    before = dict(index(client))

    article.updated_on = datetime(2026, 2, 20, 12, tzinfo=UTC)
    article.save()
    assert urlset(client, "/sitemap-articles.xml")[absolute(article)][0] == "2026-01-10"  # nothing told the cache
    committed(page_cache.touch_site)  # as every admin save does

    assert client.get("/sitemap-articles.xml")["X-Page-Cache"] == "miss"
    assert urlset(client, "/sitemap-articles.xml")[absolute(article)][0] == "2026-02-20"
    assert dict(index(client)) != before
    assert dict(index(client))[f"{BASE}/sitemap-articles.xml"].startswith("2026-02-20")


def test_a_published_article_joins_the_sitemap_on_the_next_request(cached, committed, client):
    ArticleFactory()
    urlset(client, "/sitemap-articles.xml")
    draft = ArticleFactory(status="draft", published_at=None, updated_on=None)

    def publish():
        draft.status, draft.published_at = Article.Status.PUBLISHED, timezone.now()
        draft.save()
        page_cache.touch_site()

    committed(publish)
    assert absolute(draft) in urlset(client, "/sitemap-articles.xml")


def test_a_scheduled_article_joins_the_cached_sitemap_when_its_time_comes(cached, client):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        scheduled = ArticleFactory(published_at=start + timedelta(hours=3))
        ArticleFactory()
        assert absolute(scheduled) not in urlset(client, "/sitemap-articles.xml")
        assert client.get("/sitemap-articles.xml")["X-Page-Cache"] == "hit"
    with time_machine.travel(start + timedelta(hours=3, minutes=1), tick=False):
        assert absolute(scheduled) in urlset(client, "/sitemap-articles.xml")


def test_a_cached_sitemap_is_sent_gzipped_to_clients_that_accept_it(cached, client):
    ArticleFactory()
    plain = client.get("/sitemap-articles.xml")
    zipped = client.get("/sitemap-articles.xml", headers={"accept-encoding": "gzip, deflate"})
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
    assert "Accept-Encoding" in zipped["Vary"]
