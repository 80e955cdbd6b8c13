"""Two people edit the same article in two browsers; the second save is refused and loses nothing."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect
from reversion.models import Version

from articles.models import Article
from articles.tests.admin_helpers import add_revisions, editor, ensure_groups
from articles.tests.factories import ArticleFactory, SectionFactory
from tests.e2e.conftest import logged_in_context


@pytest.fixture
def article(site):
    ensure_groups()
    article = ArticleFactory(title="Why muscles twitch")
    SectionFactory(article=article, order=1, heading="Causes", body="Caffeine and stress cause twitches.")
    SectionFactory(article=article, order=2, heading="Help", body="Sleep more and move daily.")
    add_revisions(article, 1)
    return Article.objects.get(pk=article.pk)


def test_two_browsers_save_the_same_article_and_nothing_is_lost(browser, site, article):
    url = site + reverse("admin:articles_article_change", args=[article.pk])
    first = logged_in_context(browser, site, article.author).new_page()
    second = logged_in_context(browser, site, editor()).new_page()
    first.goto(url)
    second.goto(url)

    first.get_by_label("Title:").fill("Twitching muscles explained")
    first.get_by_label("Change note:").fill("Clearer title")
    first.get_by_role("button", name="Save", exact=True).click()
    expect(first.get_by_text("was changed successfully")).to_be_visible()

    second.locator("#id_sections-1-body").fill("Drink less coffee after noon.")
    second.get_by_label("Change note:").fill("Coffee advice")
    second.get_by_role("button", name="Save", exact=True).click()

    expect(second.get_by_text("Someone else saved this article")).to_be_visible()
    conflict = second.locator(".edit-conflict")
    expect(conflict.locator("ins", has_text="explained")).to_have_count(1)
    assert second.locator("#id_sections-1-body").input_value() == "Drink less coffee after noon."
    assert second.get_by_label("Change note:").input_value() == "Coffee advice"
    article.refresh_from_db()
    assert article.title == "Twitching muscles explained"
    assert article.sections.get(order=2).body == "Sleep more and move daily."

    # The second person takes the new title over from the diff and saves again: both changes are kept.
    second.get_by_label("Title:").fill("Twitching muscles explained")
    second.get_by_role("button", name="Save", exact=True).click()
    expect(second.get_by_text("was changed successfully")).to_be_visible()
    article.refresh_from_db()
    assert article.title == "Twitching muscles explained"
    assert article.sections.get(order=2).body == "Drink less coffee after noon."


def test_history_compare_and_revert_in_a_browser(browser, site, article):
    page = logged_in_context(browser, site, article.author).new_page()
    add_revisions(article, 2)

    page.goto(site + reverse("admin:articles_article_change", args=[article.pk]))
    page.get_by_role("link", name="History").click()
    expect(page.locator("#revision-list tbody tr")).to_have_count(3)
    page.get_by_role("button", name="Compare selected revisions").click()
    expect(page.locator("table.revision-diff ins").first).to_be_visible()

    page.go_back()
    page.get_by_role("link", name="Revert to this").last.click()
    page.get_by_role("button", name="Yes, revert").click()
    expect(page.get_by_text("was reverted")).to_be_visible()
    expect(page.locator("#revision-list tbody tr")).to_have_count(4)
    assert Article.objects.get(pk=article.pk).title == "Why muscles twitch v0"


def test_history_pages_have_no_accessibility_violations(browser, site, article):
    from axe_playwright_python.sync_playwright import Axe

    add_revisions(article, 2)
    page = logged_in_context(browser, site, article.author).new_page()
    first, last = (
        v.revision_id
        for v in (Version.objects.get_for_object(article).last(), Version.objects.get_for_object(article).first())
    )
    urls = [
        reverse("admin:articles_article_history", args=[article.pk]),
        reverse("admin:articles_article_compare", args=[article.pk]) + f"?old={first}&new={last}",
        reverse("admin:articles_article_revert", args=[article.pk, first]),
    ]
    axe = Axe()
    for url in urls:
        page.goto(site + url)
        results = axe.run(
            page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}}
        )
        assert results.violations_count == 0, (url, results.generate_report())


def test_sections_added_with_add_another_keep_the_order_they_were_written_in(browser, site, article):
    page = logged_in_context(browser, site, article.author).new_page()
    page.goto(site + reverse("admin:articles_article_change", args=[article.pk]))

    page.locator("#id_sections-2-heading").fill("Diet")
    page.locator("#id_sections-2-body").fill("Magnesium and water.")
    for index, heading in ((3, "Exercise"), (4, "When to see a doctor")):
        page.get_by_role("button", name=re.compile("Add another section", re.I)).click()
        expect(page.locator(f"#id_sections-{index}-order")).to_have_value("")  # no number to type
        page.locator(f"#id_sections-{index}-heading").fill(heading)
        page.locator(f"#id_sections-{index}-body").fill("Some advice.")
    page.get_by_label("Change note:").fill("Three more sections")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("was changed successfully")).to_be_visible()

    assert [s.heading for s in article.sections.all()] == ["Causes", "Help", "Diet", "Exercise", "When to see a doctor"]
    assert [s.order for s in article.sections.all()] == [1, 2, 3, 4, 5]
