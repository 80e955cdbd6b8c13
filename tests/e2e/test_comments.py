"""The comment journey in a real browser: counter, post, replies in a thread, AUTHOR badge, limits and axe."""

import re

import pytest
from allauth.account.models import EmailAddress
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings as django_settings
from django.test import Client
from playwright.sync_api import expect

from articles.tests.factories import ArticleFactory, SectionFactory
from comments.models import Comment
from comments.tests.factories import VerifiedUserFactory
from tests.e2e.conftest import consent_cookie

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}}


@pytest.fixture
def relaxed(settings):
    # A browser types faster than a person: no minimum form age, rate limit or first-comment hold here.
    settings.COMMENTS_MIN_SECONDS = 0
    settings.COMMENTS_RATE_LIMITS = ()
    settings.COMMENTS_HOLD_FIRST = False


def sign_in(page, site, user):
    """Log the browser in as user with a session made by Django's test client."""
    client = Client()
    client.force_login(user)
    page.context.clear_cookies()
    page.context.add_cookies(
        [
            {"name": django_settings.SESSION_COOKIE_NAME, "value": client.cookies["sessionid"].value, "url": site},
            consent_cookie(site),  # this visitor answered the consent banner already
        ]
    )


def test_comment_thread_journey(page, site, relaxed, external_requests):
    article = ArticleFactory(title="Why my eyelid twitches")
    SectionFactory(article=article)
    article.author.display_name = "Maya Author"
    article.author.save()
    EmailAddress.objects.create(user=article.author, email=article.author.email, verified=True, primary=True)
    reader = VerifiedUserFactory(display_name="Rita Reader", location="Bristol")

    sign_in(page, site, reader)
    page.goto(site + article.get_absolute_url())
    box = page.get_by_role("textbox", name="Comment", exact=True)
    counter = page.locator("#id_body_counter")
    expect(counter).to_have_text("0 of 8192 characters used")
    box.press_sequentially("Does coffee make it worse? 😀")
    expect(counter).to_have_text("28 of 8192 characters used")
    page.get_by_role("button", name="Post Comment").click()
    expect(page.get_by_text("Your comment is posted.")).to_be_visible()
    question = Comment.objects.get(author=reader)
    expect(page.locator(f"#comment-{question.pk}")).to_contain_text("Does coffee make it worse?")
    expect(page.locator(f"#comment-{question.pk}")).to_contain_text("from Bristol")

    # The article's author answers inline (JavaScript opens the reply form under the comment).
    sign_in(page, site, article.author)
    page.goto(site + article.get_absolute_url())
    page.locator(f"#comment-{question.pk} .comment-reply-link").first.click()
    reply_form = page.locator(f"#reply-form-{question.pk}")
    reply_form.get_by_role("textbox", name="Reply", exact=True).fill("Often, yes: try cutting down for a week.")
    reply_form.get_by_role("button", name="Post Reply").click()
    expect(page.get_by_text("Your comment is posted.")).to_be_visible()
    answer = Comment.objects.get(author=article.author)
    answer_box = page.locator(f"#comment-{answer.pk}")
    expect(answer_box.locator(".comment-badge")).to_have_text("AUTHOR")
    expect(page.locator(f"#comment-{question.pk} > article .comment-badge")).to_have_count(0)

    # The reader answers the answer: three levels of nesting.
    sign_in(page, site, reader)
    page.goto(site + article.get_absolute_url())
    page.locator(f"#comment-{answer.pk} .comment-reply-link").first.click()
    page.locator(f"#reply-form-{answer.pk}").get_by_role("textbox", name="Reply", exact=True).fill(
        "Thanks, I will try that."
    )
    page.locator(f"#reply-form-{answer.pk}").get_by_role("button", name="Post Reply").click()
    expect(page.get_by_text("Your comment is posted.")).to_be_visible()
    thanks = Comment.objects.get(body="Thanks, I will try that.")
    nested = page.locator(
        f"#comment-{question.pk} > ol.comment-replies > #comment-{answer.pk} > ol.comment-replies > #comment-{thanks.pk}"
    )
    expect(nested).to_be_visible()
    assert thanks.depth == 2

    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
    assert external_requests == []


def test_8192_emoji_pass_and_8193_are_stopped_in_the_browser(page, site, relaxed):
    article = ArticleFactory()
    sign_in(page, site, VerifiedUserFactory())
    page.goto(site + article.get_absolute_url())
    box = page.get_by_role("textbox", name="Comment", exact=True)
    button = page.get_by_role("button", name="Post Comment")
    box.fill("😀" * 8193)
    expect(page.locator("#id_body_counter")).to_have_text("8193 of 8192 characters used")
    expect(button).to_be_disabled()
    expect(page.get_by_role("alert")).to_have_text("Your comment is 1 character too long.")
    results = Axe().run(page, options=AXE_OPTIONS)  # with the "too long" message showing
    assert results.violations_count == 0, results.generate_report()
    box.fill("😀" * 8192)
    expect(page.locator("#id_body_counter")).to_have_text("8192 of 8192 characters used")
    expect(button).to_be_enabled()
    button.click()
    expect(page).to_have_url(re.compile(r"#comment-\d+$"))
    comment = Comment.objects.get()
    assert len(comment.body) == 8192
    page.goto(site + f"/comments/{comment.pk}/reply/")  # the reply page used without JavaScript
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_comment_form_posts_without_javascript(browser, site, relaxed):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    article = ArticleFactory()
    sign_in(page, site, VerifiedUserFactory())
    page.goto(site + article.get_absolute_url())
    expect(page.locator("#id_body_counter")).to_have_text("0 of 8192 characters used")
    page.get_by_role("textbox", name="Comment", exact=True).fill("Posted with scripts off.")
    page.get_by_role("button", name="Post Comment").click()
    expect(page.get_by_text("Posted with scripts off.")).to_be_visible()
    comment = Comment.objects.get()
    page.locator(f"#comment-{comment.pk} .comment-reply-link").click()
    expect(page).to_have_url(re.compile(rf"/comments/{comment.pk}/reply/$"))
    page.get_by_role("textbox", name="Reply", exact=True).fill("A reply from the reply page.")
    page.get_by_role("button", name="Post reply").click()
    expect(page.get_by_text("A reply from the reply page.")).to_be_visible()
    assert Comment.objects.get(body="A reply from the reply page.").parent_id == comment.pk
    context.close()


def test_the_outcome_of_posting_editing_and_deleting_shows_where_the_reader_lands(page, site, relaxed):
    article = ArticleFactory(title="A long read about sleep")
    long_text = "\n\n".join(f"Paragraph {n} about rest, light and the hours before bed." for n in range(40))
    SectionFactory(article=article, body=long_text)
    SectionFactory(article=article, body=long_text)
    sign_in(page, site, VerifiedUserFactory())
    page.set_viewport_size({"width": 1024, "height": 700})
    page.goto(site + article.get_absolute_url())

    page.get_by_role("textbox", name="Comment", exact=True).fill("Dimming the lights helps me.")
    page.get_by_role("button", name="Post Comment").click()
    expect(page).to_have_url(re.compile(r"#comment-\d+$"))
    expect(page.get_by_role("status").filter(has_text="Your comment is posted.")).to_be_in_viewport()
    expect(page.locator(".messages")).to_have_count(0)  # not repeated in the bar at the top, out of sight

    comment = Comment.objects.get()
    page.locator(f"#comment-{comment.pk}").get_by_role("link", name="Edit your comment").click()
    page.get_by_role("textbox", name="Comment").fill("Dimming the lights early helps me.")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("status").filter(has_text="Your comment is updated.")).to_be_in_viewport()

    page.locator(f"#comment-{comment.pk}").get_by_role("link", name="Delete your comment").click()
    page.get_by_role("button", name=re.compile("Delete")).click()
    expect(page).to_have_url(re.compile(r"#comments$"))
    expect(page.get_by_role("status").filter(has_text="Your comment is deleted.")).to_be_in_viewport()


def test_a_comment_refused_as_too_long_shows_one_message(page, site, relaxed):
    article = ArticleFactory()
    sign_in(page, site, VerifiedUserFactory())
    page.goto(site + article.get_absolute_url())
    # As when scripts were slow or off: the text reaches the server without the browser stopping it.
    page.evaluate(
        "document.getElementById('id_body').value = 'a'.repeat(8200); document.getElementById('comment-form').submit()"
    )
    too_long = page.get_by_text(re.compile("too long"))
    expect(too_long).to_have_count(1)
    expect(too_long).to_have_text("Your comment is 8 characters too long.")
    expect(page.locator("#id_body_counter")).to_have_text("8200 of 8192 characters used")

    box = page.get_by_role("textbox", name="Comment", exact=True)
    box.press("End")
    box.press("Backspace")  # still too long: the live warning replaces the server's message
    expect(too_long).to_have_count(1)
    expect(too_long).to_have_text("Your comment is 7 characters too long.")
    for _ in range(7):
        box.press("Backspace")
    expect(too_long).to_have_count(0)
    expect(page.get_by_role("button", name="Post Comment")).to_be_enabled()


def test_a_comment_refused_for_an_expired_form_is_back_in_the_box(page, site, relaxed):
    article = ArticleFactory(title="Night cramps")
    SectionFactory(article=article)
    reader = VerifiedUserFactory(display_name="Rita Reader")
    sign_in(page, site, reader)
    page.goto(site + article.get_absolute_url())
    box = page.get_by_role("textbox", name="Comment", exact=True)
    box.fill("A long thought about stretching my calves before bed.")
    box.press("End")  # an input event, as typing makes

    # The form's security token no longer matches (a new browser session, an old tab): the site refuses the post.
    page.context.add_cookies([{"name": django_settings.CSRF_COOKIE_NAME, "value": "x" * 32, "url": site}])
    page.get_by_role("button", name="Post Comment").click()
    expect(page).to_have_url(re.compile(rf"/comments/post/{article.pk}/$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert not Comment.objects.exists()

    # Back on the article, the text is where they left it; posting it now works and the draft is gone after.
    page.goto(site + article.get_absolute_url())
    box = page.get_by_role("textbox", name="Comment", exact=True)
    expect(box).to_have_value("A long thought about stretching my calves before bed.")
    expect(page.get_by_text("Your unsent comment is back in the box.")).to_be_visible()
    expect(page.locator("#id_body_counter")).to_have_text("53 of 8192 characters used")
    page.get_by_role("button", name="Post Comment").click()
    expect(page.get_by_text("Your comment is posted.")).to_be_visible()
    assert Comment.objects.get().body == "A long thought about stretching my calves before bed."
    page.goto(site + article.get_absolute_url())
    expect(page.get_by_role("textbox", name="Comment", exact=True)).to_have_value("")
