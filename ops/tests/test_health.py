"""/healthz tells a load balancer whether this instance can serve: database and cache."""

import pytest

from .outages import database_behind_a_switch, needs_redis, redis_cache_behind_a_proxy

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(client):
    client.raise_request_exception = False  # see test_outage.py: outages in middleware answer through handler500
    return client


def test_healthz_reports_ok_as_json_without_cookies_or_caching(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert not response.cookies
    assert "no-cache" in response["Cache-Control"]
    assert "max-age=0" in response["Cache-Control"]


def test_healthz_answers_head_and_refuses_post(client):
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db(transaction=True)
def test_healthz_is_503_while_the_database_is_away_and_200_when_it_is_back(client):
    with database_behind_a_switch() as database:
        database.stop()
        response = client.get("/healthz")
        assert response.status_code == 503
        assert response.json()["database"].startswith("error")
        assert response.json()["cache"] == "ok"
        database.start()
        assert client.get("/healthz").json() == {"status": "ok", "database": "ok", "cache": "ok"}


@needs_redis
def test_healthz_is_503_while_the_cache_is_away_and_200_when_it_is_back(client):
    with redis_cache_behind_a_proxy() as redis:
        assert client.get("/healthz").status_code == 200
        redis.stop()
        response = client.get("/healthz")
        assert response.status_code == 503
        assert response.json()["database"] == "ok"
        assert response.json()["cache"].startswith("error")
        redis.start()
        assert client.get("/healthz").json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_healthz_is_reachable_over_plain_http_in_production(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/").status_code == 301
    assert client.get("/healthz").status_code == 200
