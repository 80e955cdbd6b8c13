"""Muted comment e-mails in a real browser: the comment form says so, and the settings page turns them back on."""

from axe_playwright_python.sync_playwright import Axe
from django.conf import settings as django_settings
from django.test import Client
from playwright.sync_api import expect

from articles.tests.factories import ArticleFactory
from comments.models import CommentMute
from comments.tests.factories import VerifiedUserFactory
from tests.e2e.conftest import consent_cookie

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}}


def assert_axe_clean(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_a_muted_reader_is_told_on_the_form_and_turns_e_mails_back_on_in_settings(browser, site):
    reader = VerifiedUserFactory()
    CommentMute.objects.create(user=reader)
    article = ArticleFactory()
    client = Client()
    client.force_login(reader)
    context = browser.new_context()
    context.add_cookies(
        [
            {"name": django_settings.SESSION_COOKIE_NAME, "value": client.cookies["sessionid"].value, "url": site},
            consent_cookie(site),
        ]
    )
    page = context.new_page()

    page.goto(site + article.get_absolute_url())
    form = page.locator("#comment-form")
    expect(form).to_contain_text("so replies to you will not be e-mailed")
    expect(form.get_by_role("checkbox")).to_have_count(0)
    assert_axe_clean(page)

    form.get_by_role("link", name="Turn them back on in your settings").click()
    section = page.locator("#comment-emails")
    expect(section).to_contain_text("Comment e-mails: muted since")
    assert_axe_clean(page)
    section.get_by_role("button", name="Turn back on").click()
    expect(page.locator("#comment-emails")).to_contain_text("Comment e-mails: on.")
    assert not CommentMute.objects.filter(user=reader).exists()

    page.goto(site + article.get_absolute_url())
    expect(page.get_by_role("checkbox", name="E-mail me when someone replies")).to_be_checked()
    context.close()
