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
    if nextitem is None or not _SNAPSHOT.get("data"):
        return
    if "transactional_db" in item.fixturenames and "transactional_db" not in nextitem.fixturenames:
        from django.db import connection

        with _SNAPSHOT["blocker"].unblock():
            connection.creation.deserialize_db_from_string(_SNAPSHOT["data"])
