"""Five editors saving the same article at the same moment: one save wins, the others are told, nothing is lost."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from reversion.models import Revision, Version

from articles.models import Article
from articles.tests.admin_helpers import add_revisions, editor, ensure_groups, form_data
from articles.tests.factories import ArticleFactory, SectionFactory

EDITORS = 5

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="threads need a server database (SQLite's test one is in memory)"
    ),
]


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
