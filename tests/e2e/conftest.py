"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server over real HTTP."""

import os
import shutil
from urllib.parse import urlparse

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls our fixtures make are still
# ordinary synchronous calls, so Django's async-safety guard must be told so.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)
            if not os.path.exists(CHROMIUM):
                item.add_marker(pytest.mark.skip(reason="Debian's chromium is not installed (make browser)"))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture
def external_requests(page, live_server):
    """Record every request the page makes that leaves the live server's host."""
    host = urlparse(live_server.url).hostname
    seen = []

    def record(request):
        target = urlparse(request.url)
        if target.scheme in ("http", "https", "ws", "wss") and target.hostname not in (host, "127.0.0.1", "localhost"):
            seen.append(request.url)

    page.on("request", record)
    return seen


def _ensure_consent_defaults():
    # Transactional tests flush the rows data migrations created; put the default purposes and services back.
    from accounts.consent import seed
    from accounts.consent.services import policy_publish_if_changed
    from accounts.models import ConsentText, Purpose, Service, StorageItem

    if not Purpose.objects.exists():
        seed.load(purpose_model=Purpose, service_model=Service, storage_model=StorageItem, text_model=ConsentText)
    policy_publish_if_changed()


@pytest.fixture
def _restore_migration_data(_migration_data):
    # accounts: each browser test ends with a flush, which removes the rows data migrations made (topics,
    # groups). Serialized rollback puts them back before the next one; the snapshot is handed to the
    # connection object in use here, which is not always the one the database was set up with.
    from django.db import connection

    if _migration_data is not None and not hasattr(connection, "_test_serialized_contents"):
        connection._test_serialized_contents = _migration_data


@pytest.fixture
def site(_restore_migration_data, live_server, transactional_db, django_db_serialized_rollback):
    """Return the live server's base URL, with a database the server thread can see."""
    _ensure_consent_defaults()
    return live_server.url


def logged_in_context(browser, site, user):
    """Return a browser context with its own session for user, signed in without the login form."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    context = browser.new_context()
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": site}])
    return context


def consent_cookie(site, *, allow=()):
    """Return a Playwright cookie holding a decision (every optional service off except allow)."""
    import uuid

    from accounts.consent import conf, cookie
    from accounts.consent.policy import current_policy

    policy = current_policy()
    decisions = {slug: slug in allow for slug in policy.optional_slugs}
    value = cookie.encode(consent_id=uuid.uuid4(), version=policy.number, decisions=decisions)
    return {"name": conf.cookie_name(), "value": value, "url": site, "httpOnly": True, "sameSite": "Lax"}


@pytest.fixture(autouse=True)
def _visitor_has_decided(request):
    """Journeys that are not about consent start as a visitor who already answered the banner (with "Reject all").

    Tests marked `consent_prompt` (and the consent tests) see the banner as a first-time visitor does.
    """
    if "page" not in request.fixturenames or request.node.get_closest_marker("consent_prompt"):
        return
    if request.node.module.__name__.endswith("test_consent"):
        return
    site = request.getfixturevalue("site")
    page = request.getfixturevalue("page")
    page.context.add_cookies([consent_cookie(site)])
