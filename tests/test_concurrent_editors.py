"""Five editors saving the same article at the same moment: one save wins, the others are told, nothing is lost."""

import shutil
import sqlite3
import tempfile
import threading
from pathlib import Path

import pytest
from django.db import connection, connections
from django.db.utils import load_backend
from django.test import Client
from django.urls import reverse
from reversion.models import Revision, Version

from articles.models import Article
from articles.tests.admin_helpers import add_revisions, editor, ensure_groups, form_data
from articles.tests.factories import ArticleFactory, SectionFactory

EDITORS = 5

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("database_for_threads")]


@pytest.fixture
def database_for_threads():
    """On SQLite, serve this test (every thread) from a file copy of the in-memory test database.

    Threads sharing SQLite's in-memory test database fail with "database table is locked" instead of waiting;
    a file behaves as the site's own database does (WAL, IMMEDIATE transactions, busy timeout).
    """
    if connection.vendor != "sqlite":
        yield
        return
    original = connections["default"]
    folder = Path(tempfile.mkdtemp(prefix="twitchsite-editors-"))
    file_settings = {**original.settings_dict, "NAME": str(folder / "site.sqlite3")}
    original.ensure_connection()
    target = sqlite3.connect(file_settings["NAME"])
    original.connection.backup(target)
    target.close()
    shared_settings = connections.settings["default"]
    connections.settings["default"] = file_settings  # threads open their connections from here
    connections["default"] = load_backend(file_settings["ENGINE"]).DatabaseWrapper(file_settings, "default")
    try:
        yield
    finally:
        connections["default"].close()
        connections["default"] = original
        connections.settings["default"] = shared_settings
        shutil.rmtree(folder, ignore_errors=True)


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def open_form(browser, article):
    response = browser.get(change_url(article))
    assert response.status_code == 200
    return form_data(response)


def save_all_at_once(browsers, forms, article):
    barrier = threading.Barrier(len(browsers))
    results = {}

    def save(n):
        barrier.wait()
        response = browsers[n].post(change_url(article), forms[n])
        results[n] = (response.status_code, response.content.decode())
        connection.close()

    threads = [threading.Thread(target=save, args=(n,)) for n in range(len(browsers))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_five_simultaneous_saves_one_wins_the_rest_see_a_conflict_with_their_text_kept():
    ensure_groups()
    article = ArticleFactory(title="Why muscles twitch")
    SectionFactory(article=article, order=1, body="Caffeine.")
    add_revisions(article, 1)
    start_version = Article.objects.get(pk=article.pk).version
    browsers, forms = [], []
    for n in range(EDITORS):
        browser = Client()
        browser.force_login(editor(username=f"editor{n}"))
        data = open_form(browser, article)
        data["title"] = f"Title typed by editor {n}"
        browsers.append(browser)
        forms.append(data)

    results = save_all_at_once(browsers, forms, article)

    winners = [n for n, (status, _) in results.items() if status == 302]
    refused = [n for n, (status, _) in results.items() if status != 302]
    assert len(winners) == 1
    for n in refused:
        status, page = results[n]
        assert status == 200
        assert "Edit conflict" in page
        assert f"Title typed by editor {n}" in page  # what they typed is still in their form
    article.refresh_from_db()
    assert article.title == f"Title typed by editor {winners[0]}"
    assert article.version == start_version + 1


def test_editors_who_retry_after_a_conflict_all_get_their_change_in():
    ensure_groups()
    article = ArticleFactory(title="Why muscles twitch")
    SectionFactory(article=article, order=1, body="Caffeine.")
    add_revisions(article, 1)
    browsers = []
    for n in range(EDITORS):
        browser = Client()
        browser.force_login(editor(username=f"retry{n}"))
        browsers.append(browser)
    pending = list(range(EDITORS))
    rounds = 0
    while pending and rounds < EDITORS:
        rounds += 1
        forms = []
        for n in pending:
            data = open_form(browsers[n], article)
            data["title"] = f"{data['title']} +{n}"  # each editor adds their mark to the latest title
            forms.append(data)
        results = save_all_at_once([browsers[n] for n in pending], forms, article)
        pending = [pending[i] for i, (status, _) in results.items() if status != 302]
    assert pending == []
    article.refresh_from_db()
    for n in range(EDITORS):
        assert f"+{n}" in article.title  # no save was lost: every mark made it
    revisions = Revision.objects.filter(version__in=Version.objects.get_for_object(article)).distinct()
    assert revisions.count() == 1 + EDITORS
