"""The anonymous page cache: what is cached, for whom, and that a change shows on the next request."""

import pytest
from django.http import HttpResponse
from django.template import engines
from django.test import RequestFactory, override_settings

from accounts.tests.factories import UserFactory
from articles import page_cache
from articles.tests.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db


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


@pytest.fixture
def article():
    article = ArticleFactory(title="Sleep and twitches", slug="sleep-and-twitches")
    SectionFactory(article=article, heading="Rest", body="Original advice about rest.")
    return article


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200
    return response


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(
    cached, client, article, django_assert_num_queries
):
    assert get(client, article.get_absolute_url())["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        response = get(client, article.get_absolute_url())
    assert response["X-Page-Cache"] == "hit"
    assert b"Original advice about rest." in response.content


def test_home_and_topic_pages_are_cached_for_anonymous_visitors(cached, client, article):
    for url in ("/", article.topic.get_absolute_url(), article.topic.get_absolute_url() + "?page=1"):
        get(client, url)
        assert get(client, url)["X-Page-Cache"] == "hit", url


def test_signed_in_visitors_always_get_a_fresh_page(cached, client, article):
    client.force_login(UserFactory())
    get(client, article.get_absolute_url())
    assert "X-Page-Cache" not in get(client, article.get_absolute_url())


def test_unknown_query_parameters_are_not_cached(cached, client, article):
    # Otherwise anyone could fill the cache with copies of a page (?x=1, ?x=2, ...).
    url = article.get_absolute_url() + "?utm_source=feed"
    get(client, url)
    assert "X-Page-Cache" not in get(client, url)


def test_comment_page_and_sort_are_cached_apart(cached, client, article):
    url = article.get_absolute_url()
    get(client, url)
    for query in ("?sort=newest", "?comments=2", "?sort=newest&comments=2"):
        assert get(client, url + query)["X-Page-Cache"] == "miss", query
        assert get(client, url + query)["X-Page-Cache"] == "hit", query


def test_touch_article_shows_a_change_on_the_next_request(cached, committed, client, article):
    url = article.get_absolute_url()
    get(client, url)
    section = article.sections.get()
    section.body = "Revised advice about rest."
    section.save()
    assert b"Original advice" in get(client, url).content  # nothing told the cache yet
    committed(page_cache.touch_article, article.slug)
    response = get(client, url)
    assert response["X-Page-Cache"] == "miss"
    assert b"Revised advice about rest." in response.content


def test_touch_site_refreshes_every_page(cached, committed, client, article):
    get(client, "/")
    get(client, article.get_absolute_url())
    article.title = "Sleep, rest and twitches"
    article.save()
    committed(page_cache.touch_site)
    assert b"Sleep, rest and twitches" in get(client, "/").content
    assert b"Sleep, rest and twitches" in get(client, article.get_absolute_url()).content


def test_touch_listings_refreshes_home_and_topics_but_not_articles(cached, committed, client, article):
    get(client, "/")
    get(client, article.get_absolute_url())
    committed(page_cache.touch_listings)
    assert get(client, "/")["X-Page-Cache"] == "miss"
    assert get(client, article.get_absolute_url())["X-Page-Cache"] == "hit"


def test_a_lost_version_key_never_brings_back_an_older_page(cached, client, article):
    from django.core.cache import cache

    url = article.get_absolute_url()
    get(client, url)
    cache.delete(page_cache.article_key(article.slug))  # evicted, or Redis restarted without its data
    assert get(client, url)["X-Page-Cache"] == "miss"


def test_another_worker_serves_the_page_from_the_shared_cache(cached, client, article, monkeypatch):
    url = article.get_absolute_url()
    get(client, url)
    # A process that has not rendered the page keeps no copy of its body: it reads it from the shared cache.
    monkeypatch.setattr(page_cache, "_bodies", page_cache._LocalBodies(max_bytes=1024 * 1024))
    response = get(client, url)
    assert response["X-Page-Cache"] == "hit"
    assert b"Original advice about rest." in response.content


def test_a_page_whose_body_was_evicted_is_rendered_again(cached, client, article, monkeypatch):
    from django.core.cache import cache

    url = article.get_absolute_url()
    get(client, url)
    monkeypatch.setattr(page_cache, "_bodies", page_cache._LocalBodies(max_bytes=1024 * 1024))
    cache.delete_many([k for k in _keys(cache) if k.startswith("pagecache:body:")])
    response = get(client, url)
    assert response["X-Page-Cache"] == "miss"
    assert b"Original advice about rest." in response.content


def _keys(cache):
    if hasattr(cache, "keys"):  # django-redis
        return cache.keys("pagecache:body:*")
    return [k.split(":", 2)[2] for k in cache._cache]  # local memory: "prefix:version:key"


def test_the_local_copy_of_page_bodies_stays_within_its_size():
    bodies = page_cache._LocalBodies(max_bytes=100)
    for i in range(5):
        bodies.put(f"d{i}", {"raw": [b"x" * 20], "gz": [b"z" * 10]})
    assert bodies.size <= 100
    assert bodies.get("d0") is None and bodies.get("d4") == {"raw": [b"x" * 20], "gz": [b"z" * 10]}
    bodies.put("huge", {"raw": [b"x" * 101], "gz": []})
    assert bodies.get("huge") is None


def test_a_visitor_with_a_message_waiting_sees_it_and_the_page_is_not_cached(cached, client, article):
    url = article.get_absolute_url()
    get(client, url)
    client.force_login(UserFactory())
    client.post("/accounts/logout/")  # allauth says "You have signed out." on the next page
    response = get(client, url)
    assert "X-Page-Cache" not in response
    assert b"signed out" in response.content
    assert get(client, url)["X-Page-Cache"] == "hit"  # once shown, the cached page is fine again


def test_the_bypass_header_skips_the_cache_only_when_configured(cached, client, article, settings):
    url = article.get_absolute_url()
    get(client, url)
    assert get(client, url, HTTP_X_BENCH_NOCACHE="1")["X-Page-Cache"] == "hit"  # not configured: ignored
    settings.PAGE_CACHE_BYPASS_HEADER = "HTTP_X_BENCH_NOCACHE"
    assert "X-Page-Cache" not in get(client, url, HTTP_X_BENCH_NOCACHE="1")


def test_the_cache_is_off_when_disabled(client, article, settings):
    settings.PAGE_CACHE_ENABLED = False
    get(client, article.get_absolute_url())
    assert "X-Page-Cache" not in get(client, article.get_absolute_url())


# The per-visitor holes: CSP nonce and CSRF token are this request's, never the first visitor's.

PAGE = (
    '<script nonce="{{ request.csp_nonce }}" src="/static/js/x.js"></script>'
    '<form method="post">{% csrf_token %}</form><p data-n="{{ request.csp_nonce }}">hi</p>'
)


def _page_view(request, slug):
    return HttpResponse(engines["django"].from_string(PAGE).render({}, request))


def _request(nonce):
    request = RequestFactory().get("/articles/x/")
    request.csp_nonce = nonce
    request.COOKIES = {}
    request.user = __import__("django.contrib.auth.models", fromlist=["AnonymousUser"]).AnonymousUser()
    return request


@override_settings(PAGE_CACHE_ENABLED=True)
def test_nonce_and_csrf_token_are_filled_in_per_request():
    from django.middleware.csrf import CsrfViewMiddleware, _unmask_cipher_token

    view = page_cache.anonymous_page(_page_view, scope="article")
    first = _request("nonce-of-the-first-visitor")
    CsrfViewMiddleware(lambda r: None).process_request(first)
    assert view(first, slug="x")["X-Page-Cache"] == "miss"

    second = _request("nonce-of-the-second-visitor")
    CsrfViewMiddleware(lambda r: None).process_request(second)
    response = view(second, slug="x")
    html = response.content.decode()
    assert response["X-Page-Cache"] == "hit"
    assert "first-visitor" not in html
    assert html.count("nonce-of-the-second-visitor") == 2
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    # The token belongs to the second visitor's CSRF secret (the cookie the middleware will set).
    assert _unmask_cipher_token(token) == second.META["CSRF_COOKIE"]
    assert second.META.get("CSRF_COOKIE_NEEDS_UPDATE")
