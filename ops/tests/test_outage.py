"""When the database or the cache is briefly unreachable, pages answer 503 and recover by themselves."""

import socket

import psycopg
import pytest
from django.db import connection
from django.test import override_settings

from articles.tests.factories import ArticleFactory

from .outages import cache_unreachable, database_unreachable


@pytest.fixture
def client(client):
    # An outage met in a middleware (the consent middleware reads the policy first) reaches handler500, which
    # answers 503; the test client would re-raise the exception instead of returning the page a browser gets.
    client.raise_request_exception = False
    return client


def redis_available():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


def assert_friendly_503(response):
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert "Back in a moment" in response.content.decode()


@pytest.mark.django_db
def test_an_unreachable_database_gives_a_friendly_503_then_pages_come_back(client):
    article = ArticleFactory()
    with database_unreachable():
        assert_friendly_503(client.get("/"))
        assert_friendly_503(client.get(article.get_absolute_url()))
    assert client.get("/").status_code == 200
    assert client.get(article.get_absolute_url()).status_code == 200


@pytest.mark.django_db
def test_an_unreachable_cache_gives_a_friendly_503_then_pages_come_back(client):
    with cache_unreachable():
        assert_friendly_503(client.get("/"))
    assert client.get("/").status_code == 200


@pytest.mark.django_db
@pytest.mark.skipif(not redis_available(), reason="Redis is not running on 127.0.0.1:6379")
def test_a_real_redis_cache_going_away_and_coming_back(client):
    real = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:6379/15"}}
    with override_settings(CACHES=real):
        assert client.get("/").status_code == 200
    with cache_unreachable():
        assert_friendly_503(client.get("/"))
    with override_settings(CACHES=real):
        assert client.get("/").status_code == 200


@pytest.mark.django_db(transaction=True)
def test_a_killed_postgresql_connection_gives_503_and_the_next_request_reconnects(client):
    if connection.vendor != "postgresql":
        pytest.skip("terminating a server backend needs PostgreSQL")
    ArticleFactory()
    assert client.get("/").status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    assert_friendly_503(client.get("/"))
    assert client.get("/").status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        assert cursor.fetchone()[0] != pid


@pytest.mark.django_db
def test_the_outage_page_keeps_the_security_headers(client, settings):
    settings.SECURE_CONTENT_TYPE_NOSNIFF = True
    with database_unreachable():
        response = client.get("/")
    assert response.status_code == 503
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_other_errors_still_get_the_500_page(client, settings):
    settings.ROOT_URLCONF = "ops.tests.failing_urls"
    client.raise_request_exception = False
    response = client.get("/boom/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
