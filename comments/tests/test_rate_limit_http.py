"""Posting faster than the limit is refused where the person typed: the text kept, and how long to wait."""

import re
import time
from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from articles.tests.factories import ArticleFactory
from comments import spam
from comments.models import Comment
from comments.tests.factories import CommentFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

WAIT = re.compile(r"You are posting too fast\. Please wait (\d+) seconds? before posting again\.")


def form_data(body, **extra):
    return {"body": body, "token": spam.make_form_token(at=time.time() - 10), "notify_replies": "on", **extra}


def post(client, article, body, **extra):
    return client.post(reverse("comments:comment-post", kwargs={"article_pk": article.pk}), form_data(body, **extra))


def post_from_script(client, article, body, **extra):
    """Post as comments.js does, asking for the outcome as JSON."""
    url = reverse("comments:comment-post", kwargs={"article_pk": article.pk})
    return client.post(url, form_data(body, **extra), headers={"accept": "application/json"})


@pytest.fixture
def member(client):
    user = VerifiedUserFactory()
    client.force_login(user)
    return user


def reply_box(html, parent):
    """Return the HTML of the reply form open under parent."""
    item = html.split(f'id="comment-{parent.pk}"')[1]
    return item.split(f'id="reply-form-{parent.pk}"')[1].split("</form>")[0]


def test_a_reply_too_soon_comes_back_open_under_its_comment_with_the_text_and_the_wait(client, member):
    article = ArticleFactory()
    question = CommentFactory(article=article, body="Does coffee make it worse?")
    with time_machine.travel(timezone.now(), tick=False) as clock:
        assert post(client, article, "My first thought on this.").status_code == 302
        clock.shift(timedelta(seconds=5))
        response = post(client, article, "And a reply, far too soon.", parent=question.pk)

    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    assert "no-store" in response["Cache-Control"]
    html = client.get(response["Location"]).content.decode()
    box = reply_box(html, question)
    assert int(WAIT.search(box).group(1)) == 10
    assert ">\nAnd a reply, far too soon.</textarea>" in box
    assert f'name="parent" value="{question.pk}"' in box
    assert "Post reply</button>" in box and 'for="id_body-r' in box
    assert " autofocus " in box  # where the person lands, the box has the focus (and a screen reader its reason)
    assert Comment.objects.count() == 2
    # Shown once: the next visit has the thread as usual.
    assert f'id="reply-form-{question.pk}"' not in client.get(article.get_absolute_url()).content.decode()


def test_a_reply_refused_on_a_later_page_of_comments_comes_back_on_that_page(client, member, settings):
    settings.COMMENTS_PER_PAGE = 2
    article = ArticleFactory()
    *_, late = [CommentFactory(article=article, body=f"Thread {i}") for i in range(5)]
    post(client, article, "First.")
    response = post(client, article, "A reply to the last thread.", parent=late.pk)
    assert response["Location"] == f"{article.get_absolute_url()}?comments=3"
    assert "A reply to the last thread." in reply_box(client.get(response["Location"]).content.decode(), late)


def test_posting_again_after_the_wait_succeeds(client, member):
    article = ArticleFactory()
    with time_machine.travel(timezone.now(), tick=False) as clock:
        post(client, article, "My first thought on this.")
        clock.shift(timedelta(seconds=5))
        html = client.get(post(client, article, "A second thought, too soon.")["Location"]).content.decode()
        wait = int(WAIT.search(html).group(1))
        clock.shift(timedelta(seconds=wait))
        response = post(client, article, "A second thought, too soon.")
    assert response.status_code == 302 and "#comment-" in response["Location"]
    assert Comment.objects.count() == 2


def test_the_script_gets_429_with_retry_after_and_the_form_to_show_in_place(client, member):
    article = ArticleFactory()
    question = CommentFactory(article=article)
    assert post_from_script(client, article, "My first thought on this.").status_code == 200
    response = post_from_script(client, article, "A reply, too soon.", parent=question.pk)

    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 15
    assert "no-store" in response["Cache-Control"]
    form = response.json()["form"]
    assert form.startswith("<form ") and f'id="reply-form-{question.pk}"' in form
    assert WAIT.search(form) and "A reply, too soon." in form
    assert Comment.objects.count() == 2


def test_the_script_is_told_where_the_posted_comment_is(client, member):
    article = ArticleFactory()
    response = post_from_script(client, article, "Posted from the script.")
    comment = Comment.objects.get(body="Posted from the script.")
    assert response.json() == {"location": f"/comments/{comment.pk}/"}
    assert client.get(f"/comments/{comment.pk}/")["Location"] == f"{article.get_absolute_url()}#comment-{comment.pk}"


def test_other_refusals_are_not_rate_limits(client, member):
    article = ArticleFactory()
    assert post_from_script(client, article, "Exactly the same words.").status_code == 200
    client.force_login(VerifiedUserFactory())
    response = post_from_script(client, article, "Exactly the same words.")
    assert response.status_code == 400 and "Retry-After" not in response
    assert "already posted this comment" in response.json()["form"]


def test_a_refused_post_waits_for_its_own_article_only(client, member):
    article, other = ArticleFactory(), ArticleFactory()
    post(client, article, "First.")
    post(client, article, "Second, too soon.")
    assert "Second, too soon." not in client.get(other.get_absolute_url()).content.decode()
    assert "Second, too soon." in client.get(article.get_absolute_url()).content.decode()


def test_a_refusal_is_never_served_from_the_page_cache(client, member, settings):
    from django.test import Client

    settings.PAGE_CACHE_ENABLED = True
    article = ArticleFactory()
    post(client, article, "First.")
    location = post(client, article, "Second, too soon, and private.")["Location"]
    page = client.get(location)
    assert "Second, too soon, and private." in page.content.decode()
    assert "X-Page-Cache" not in page  # a signed-in page: rendered for this person only, never stored

    reader = Client()
    first, second = reader.get(article.get_absolute_url()), reader.get(article.get_absolute_url())
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    for response in (first, second):
        assert "Second, too soon, and private." not in response.content.decode()
