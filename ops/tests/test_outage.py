"""When the database or the cache is briefly unreachable, pages answer 503 and recover by themselves."""

import psycopg
import pytest
from django.db import connection

from articles.tests.factories import ArticleFactory

from .outages import database_behind_a_switch, needs_redis, redis_cache_behind_a_proxy


@pytest.fixture
def client(client):
    # An outage met in a middleware (the consent middleware reads the policy first) reaches handler500, which
    # answers 503; the test client would re-raise the exception instead of returning the page a browser gets.
    client.raise_request_exception = False
    return client


def assert_friendly_503(response):
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert "Back in a moment" in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_the_database_going_away_gives_a_friendly_503_then_pages_come_back_by_themselves(client):
    article = ArticleFactory()
    with database_behind_a_switch() as database:
        assert client.get("/").status_code == 200
        assert client.get(article.get_absolute_url()).status_code == 200
        database.stop()
        assert_friendly_503(client.get("/"))
        assert_friendly_503(client.get(article.get_absolute_url()))
        assert_friendly_503(client.get("/"))  # still down: still the friendly page, not a 500
        database.start()
        assert client.get("/").status_code == 200
        assert client.get(article.get_absolute_url()).status_code == 200


@needs_redis
@pytest.mark.django_db
def test_the_redis_cache_going_away_gives_a_friendly_503_then_pages_come_back_by_themselves(client):
    with redis_cache_behind_a_proxy() as redis:
        assert client.get("/").status_code == 200
        redis.stop()
        assert_friendly_503(client.get("/"))
        assert_friendly_503(client.get("/"))
        redis.start()
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


@pytest.mark.django_db(transaction=True)
def test_the_outage_page_keeps_the_security_headers(client, settings):
    settings.SECURE_CONTENT_TYPE_NOSNIFF = True
    with database_behind_a_switch() as database:
        database.stop()
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
