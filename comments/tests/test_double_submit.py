"""Posting the same comment form twice (double click, retried request) saves one comment."""

import threading
import time
import uuid

import pytest
from django.db import connection, connections

from articles.tests.factories import ArticleFactory
from comments import services, spam
from comments.models import Comment
from comments.tests.factories import VerifiedUserFactory


def form_data(body, key):
    return {"body": body, "token": spam.make_form_token(at=time.time() - 10), "submission_key": str(key)}


@pytest.mark.django_db
def test_the_same_form_posted_twice_saves_one_comment_and_both_land_on_it(client):
    article = ArticleFactory()
    client.force_login(VerifiedUserFactory())
    data = form_data("Magnesium helped me.", uuid.uuid4())
    first = client.post(f"/comments/post/{article.pk}/", data)
    second = client.post(f"/comments/post/{article.pk}/", data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Comment.objects.count() == 1
    article.refresh_from_db()
    assert article.comment_count == 1


@pytest.mark.django_db
def test_the_form_carries_a_fresh_key_each_time_it_is_shown(client):
    article = ArticleFactory()
    client.force_login(VerifiedUserFactory())
    keys = set()
    for _ in range(2):
        page = client.get(article.get_absolute_url()).content.decode()
        keys.add(page.split('name="submission_key" value="', 1)[1].split('"', 1)[0])
    assert len(keys) == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent transactions")
@pytest.mark.django_db(transaction=True)
def test_simultaneous_double_submits_save_one_comment(settings):
    settings.COMMENTS_RATE_LIMITS = ()
    article = ArticleFactory()
    user = VerifiedUserFactory()
    key = uuid.uuid4()
    start = threading.Barrier(8)
    results, errors = [], []

    def submit():
        try:
            start.wait()
            results.append(services.comment_post(article=article, author=user, body="Same click.", submission_key=key))
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert Comment.objects.count() == 1
    assert {c.pk for c in results} == {Comment.objects.get().pk}
    article.refresh_from_db()
    assert article.comment_count == 1
