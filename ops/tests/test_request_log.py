"""One JSON line per request, with nothing that identifies a person."""

import io
import json
import logging

import pytest

from accounts.tests.factories import UserFactory
from ops.logging import JsonFormatter

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_log():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("ops.requests")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)

    def lines():
        return [json.loads(line) for line in stream.getvalue().splitlines()]

    yield lines
    logger.removeHandler(handler)
    logger.setLevel(old_level)


def test_each_request_logs_method_path_status_duration_and_anon(client, request_log):
    client.get("/healthz?token=secret-value", HTTP_USER_AGENT="probe")
    client.get("/no-such-page/")
    first, second = request_log()
    assert first["method"] == "GET"
    assert first["path"] == "/healthz"
    assert first["status"] == 200
    assert first["user"] == "anon"
    assert isinstance(first["duration_ms"], float)
    assert second["status"] == 404
    assert "secret-value" not in json.dumps(first)


def test_a_signed_in_user_is_logged_as_a_stable_hash_never_by_id_name_email_or_ip(client, request_log, settings):
    settings.ALLOWED_HOSTS = ["*"]
    user = UserFactory(email="private.person@example.org", username="privateperson")
    client.force_login(user)
    client.get("/", REMOTE_ADDR="203.0.113.77")
    client.get("/?page=2", REMOTE_ADDR="203.0.113.77")
    first, second = request_log()
    assert first["user"] == second["user"] != "anon"
    assert len(first["user"]) == 16
    text = json.dumps(request_log())
    for private in ("private.person", "privateperson", "203.0.113.77", client.cookies["sessionid"].value):
        assert private not in text
    assert str(user.pk) not in (first["user"], second["user"])


def test_logging_a_request_costs_no_extra_query(client, request_log, django_assert_num_queries):
    client.force_login(UserFactory())
    # The health check's one query; the log line must not load the session or the user to name them.
    with django_assert_num_queries(1):
        client.get("/healthz")
    assert request_log()[-1]["user"] == "anon"
