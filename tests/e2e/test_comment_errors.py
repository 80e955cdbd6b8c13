"""Refused comments and replies come back where the person was typing, with and without JavaScript.

A reply too soon after a comment (the rate limit) or posted faster than a person types (the form's minimum age)
shows the reason and the wait inside the reply box under the comment, on the article page, with the text kept; posting
again after the wait goes through.
"""

import re
import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings as django_settings
from django.test import Client
from playwright.sync_api import expect

from articles.tests.factories import ArticleFactory, SectionFactory
from comments import spam
from comments.models import Comment
from comments.tests.factories import CommentFactory, VerifiedUserFactory
from tests.e2e.conftest import consent_cookie

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}}
WINDOW = 12  # seconds: one comment per window, long enough for a slow machine to post the reply within it
WAIT = re.compile(r"Please wait (\d+) seconds? before posting again\.")
TOO_QUICK = re.compile(r"That was quick! Please wait (\d+) seconds? and post again\.")


@pytest.fixture
def rate_limited(settings):
    settings.COMMENTS_MIN_SECONDS = 0
    settings.COMMENTS_RATE_LIMITS = ((1, WINDOW),)
    settings.COMMENTS_HOLD_FIRST = False


@pytest.fixture
def quick_guard(settings):
    # A browser types at once: 4 seconds leave room for a slow page load and still catch an instant post.
    settings.COMMENTS_MIN_SECONDS = 4
    settings.COMMENTS_RATE_LIMITS = ()
    settings.COMMENTS_HOLD_FIRST = False


@pytest.fixture(params=["with JavaScript", "without JavaScript"])
def scripts(request):
    return request.param == "with JavaScript"


@pytest.fixture
def thread(site):
    """An article with a question by someone else, and a reader who may answer it."""
    article = ArticleFactory(title="Eyelid twitches after coffee")
    SectionFactory(article=article)
    question = CommentFactory(article=article, body="Does coffee make it worse?")
    return article, question, VerifiedUserFactory(display_name="Rita Reader")


@pytest.fixture
def reader_page(browser, site, thread, scripts):
    """Return a page signed in as the thread's reader, with or without JavaScript."""
    client = Client()
    client.force_login(thread[2])
    context = browser.new_context(java_script_enabled=scripts)
    context.add_cookies(
        [
            {"name": django_settings.SESSION_COOKIE_NAME, "value": client.cookies["sessionid"].value, "url": site},
            consent_cookie(site),
        ]
    )
    yield context.new_page()
    context.close()


def open_reply_box(page, site, question, scripts):
    """Open the reply box under question as the reader would: inline with JavaScript, the reply page without."""
    page.locator(f"#comment-{question.pk} .comment-reply-link").click()
    if scripts:
        return page.locator(f"#reply-form-{question.pk}")
    expect(page).to_have_url(re.compile(rf"/comments/{question.pk}/reply/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Reply to a comment")
    return page.locator("#comment-form")


def refused_reply_box(page, site, article, question):
    """Return the reply box under question on the article page, where a refusal must show."""
    # With JavaScript the page was never left; without, the browser is back on it.
    expect(page).to_have_url(site + article.get_absolute_url())
    box = page.locator(f"#comment-{question.pk} #reply-form-{question.pk}")
    textbox = box.get_by_role("textbox", name="Reply", exact=True)
    expect(textbox).to_be_focused()
    expect(textbox).to_be_in_viewport()
    return box


def check_axe(page, scripts):
    if scripts:  # axe is a script: see test_the_refused_reply_as_served_passes_axe for the page without them
        results = Axe().run(page, options=AXE_OPTIONS)
        assert results.violations_count == 0, results.generate_report()


def test_a_reply_5_seconds_after_a_comment_shows_the_wait_in_the_reply_box(
    reader_page, site, thread, scripts, rate_limited
):
    page = reader_page
    article, question, reader = thread
    page.goto(site + article.get_absolute_url())
    page.get_by_role("textbox", name="Comment", exact=True).fill("Tea does it to me too.")
    page.get_by_role("button", name="Post Comment").click()
    expect(page.get_by_text("Your comment is posted.")).to_be_visible()
    posted = time.monotonic()
    page.goto(site + article.get_absolute_url())

    box = open_reply_box(page, site, question, scripts)
    box.get_by_role("textbox", name="Reply", exact=True).fill("Often, yes: try a week without it.")
    expect(box.get_by_role("button", name="Post reply", exact=True)).to_be_visible()
    time.sleep(max(0, posted + 5 - time.monotonic()))
    box.get_by_role("button", name="Post reply", exact=True).click()

    box = refused_reply_box(page, site, article, question)
    expect(box).to_contain_text(WAIT)
    wait = int(WAIT.search(box.inner_text()).group(1))
    assert 1 <= wait <= WINDOW - 5
    textbox = box.get_by_role("textbox", name="Reply", exact=True)
    expect(textbox).to_have_value("Often, yes: try a week without it.")
    expect(textbox).to_have_accessible_description(re.compile("Please wait"))
    check_axe(page, scripts)
    assert Comment.objects.filter(author=reader).count() == 1

    time.sleep(wait + 0.5)
    box.get_by_role("button", name="Post reply", exact=True).click()
    expect(page.get_by_text("Your comment is posted.")).to_be_visible()
    reply = Comment.objects.get(author=reader, parent=question)
    assert reply.body == "Often, yes: try a week without it."
    expect(page.locator(f"#comment-{question.pk} #comment-{reply.pk}")).to_contain_text("try a week without it")


def test_a_reply_posted_too_quickly_shows_why_in_the_reply_box(reader_page, site, thread, scripts, quick_guard):
    page = reader_page
    article, question, reader = thread
    page.goto(site + article.get_absolute_url())
    box = open_reply_box(page, site, question, scripts)
    box.get_by_role("textbox", name="Reply", exact=True).fill("Quick answer: yes.")
    box.get_by_role("button", name="Post reply", exact=True).click()

    box = refused_reply_box(page, site, article, question)
    expect(box.get_by_role("alert")).to_have_text(TOO_QUICK)
    expect(box.get_by_role("textbox", name="Reply", exact=True)).to_have_value("Quick answer: yes.")
    check_axe(page, scripts)
    assert not Comment.objects.filter(author=reader).exists()

    time.sleep(int(TOO_QUICK.search(box.get_by_role("alert").inner_text()).group(1)) + 0.5)
    box.get_by_role("button", name="Post reply", exact=True).click()
    expect(page.get_by_text("Your comment is posted.")).to_be_visible()
    assert Comment.objects.get(author=reader).parent_id == question.pk


def test_a_comment_too_long_for_the_server_shows_in_the_comment_box(reader_page, site, thread, scripts, rate_limited):
    page = reader_page
    article, _, reader = thread
    page.goto(site + article.get_absolute_url())
    box = page.locator("#comment-form")
    # Over the limit, as when the counter's script was slow or off: the server says so, the text stays.
    box.get_by_role("textbox", name="Comment", exact=True).fill("a" * 8200)
    if scripts:
        page.evaluate("document.querySelector('#comment-form button[type=submit]').disabled = false")
    box.get_by_role("button", name="Post Comment").click()
    expect(page).to_have_url(site + article.get_absolute_url())
    expect(page.locator("#comment-form #id_body_error")).to_have_text("Your comment is 8 characters too long.")
    expect(page.locator("#id_body")).to_have_value("a" * 8200)
    expect(page.locator("#id_body")).to_be_focused()
    assert not Comment.objects.filter(author=reader).exists()


def test_the_refused_reply_as_served_passes_axe(browser, site, thread, rate_limited):
    """The article page the server sends back after a refused reply (what a browser without scripts shows)."""
    article, question, reader = thread
    client = Client()
    client.force_login(reader)
    url = f"/comments/post/{article.pk}/"
    client.post(url, {"body": "Tea does it to me too.", "token": spam.make_form_token(), "notify_replies": "on"})
    refused = {"body": "Often, yes.", "parent": question.pk, "token": spam.make_form_token(), "notify_replies": "on"}
    assert client.post(url, refused)["Location"] == article.get_absolute_url()
    context = browser.new_context()
    context.add_cookies(
        [
            {"name": django_settings.SESSION_COOKIE_NAME, "value": client.cookies["sessionid"].value, "url": site},
            consent_cookie(site),
        ]
    )
    page = context.new_page()
    page.goto(site + article.get_absolute_url())
    box = page.locator(f"#comment-{question.pk} #reply-form-{question.pk}")
    expect(box).to_contain_text(WAIT)
    expect(box.get_by_role("textbox", name="Reply", exact=True)).to_have_value("Often, yes.")
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
    context.close()
