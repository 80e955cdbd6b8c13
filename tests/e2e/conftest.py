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
def site(live_server, transactional_db, django_db_serialized_rollback):
    """Return the live server's base URL, with a database the server thread can see."""
    _ensure_consent_defaults()
    # accounts: serialized rollback puts back the rows data migrations made (topics, groups), which the
    # flush after each transactional test would otherwise remove for the next browser test.
    return live_server.url
