"""Fixtures shared by every app's tests."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _clear_cache():
    # Each test starts with an empty cache so cached pages and counters never leak between tests.
    cache.clear()
    yield
    cache.clear()


# Database contents right after migrations (topics, groups, sites, consent defaults), kept for the restore below.
_SNAPSHOT = {}


@pytest.fixture(scope="session", autouse=True)
def _migration_data(django_db_setup, django_db_blocker):
    """Return the database contents right after migrations, serialised by Django when it set up the test database."""
    # Autouse, so it runs before Playwright starts: the connection seen here is the one the database was set up with.
    from django.db import connection

    _SNAPSHOT["data"] = getattr(connection, "_test_serialized_contents", None)
    _SNAPSHOT["blocker"] = django_db_blocker
    return _SNAPSHOT["data"]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    # A transactional test ends with a flush, which also removes the rows migrations made. The next transactional
    # test puts them back itself (serialized rollback); a plain test that happens to run next would find an empty
    # site table, no topics and no groups, so put them back for it here.
    yield
    if nextitem is None or not _transactional(item):
        return
    # The flush may have re-created content types under new ids (post_migrate), and the next restore puts the old
    # ones back: never let a cached id outlive the rows it came from.
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    if _SNAPSHOT.get("data") and not _transactional(nextitem):
        from django.core.management import call_command
        from django.db import connection

        with _SNAPSHOT["blocker"].unblock():
            # Start from empty tables: a flush without serialized rollback re-created some rows under new ids.
            call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
            connection.creation.deserialize_db_from_string(_SNAPSHOT["data"])
            _reset_sequences(connection)
            ContentType.objects.clear_cache()


def _reset_sequences(connection):
    # The restored rows keep their ids while flush reset PostgreSQL's sequences to 1: move every sequence past
    # them, as loaddata does, or the next insert (a topic, a policy version) collides with a restored row.
    from django.apps import apps
    from django.core.management.color import no_style

    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def _transactional(item):
    marker = item.get_closest_marker("django_db")
    flagged = marker is not None and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))
    return bool(flagged) or "transactional_db" in item.fixturenames or "live_server" in item.fixturenames
