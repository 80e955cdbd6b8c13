"""A reader's journey: home, a topic, an article, its table of contents, search; accessible and self-contained."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from accounts.tests.factories import AuthorFactory
from articles.tests.factories import ArticleFactory, SectionFactory, TopicFactory

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]
LONG_BODY = "\n\n".join(
    f"Paragraph {n}: muscles twitch for many ordinary reasons, from coffee to a short night. "
    "Most twitches stop by themselves within a few days, and gentle stretching often helps." * 2
    for n in range(6)
)


@pytest.fixture
def reading_data(site):
    health = TopicFactory(name="Health")
    author = AuthorFactory(display_name="Maya Okafor", bio="Physiotherapist and writer.")
    article = ArticleFactory(
        title="Why do my muscles twitch?",
        slug="why-do-my-muscles-twitch",
        topic=health,
        author=author,
        summary="Common causes of muscle twitching and when to see a doctor.",
    )
    headings = ["What a twitch is", "Common causes", "Things that help", "When to see a doctor"]
    for order, heading in enumerate(headings, start=1):
        SectionFactory(article=article, order=order, heading=heading, body=LONG_BODY + "\n\n- rest\n- water\n")
    SectionFactory(
        article=article,
        order=9,
        kind="video",
        heading="A short video",
        body="",
        video_url="https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    )
    ArticleFactory(title="Stretching at your desk", topic=health, author=author)
    return article


def _assert_no_axe_violations(page):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()


def _in_viewport(page, selector):
    return page.eval_on_selector(
        selector,
        "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }",
    )


def test_reader_goes_from_home_to_a_topic_to_an_article_and_uses_the_contents(
    page, site, reading_data, external_requests
):
    # A Content-Security-Policy violation (say, an inline script) shows up as a console error.
    console_errors = []
    page.on("console", lambda message: message.type == "error" and console_errors.append(message.text))
    page.on("response", lambda r: r.status >= 400 and console_errors.append(f"{r.status} {r.url}"))
    page.set_viewport_size({"width": 1200, "height": 700})
    page.goto(site + "/")
    page.get_by_role("navigation", name="Topics").get_by_role("link", name="Health").click()
    page.wait_for_url("**/topics/health/")
    assert page.get_by_role("heading", level=1).inner_text() == "Health"

    page.get_by_role("link", name="Why do my muscles twitch?").click()
    page.wait_for_url("**/articles/why-do-my-muscles-twitch/")
    assert page.get_by_role("heading", level=1).inner_text() == "Why do my muscles twitch?"
    assert page.get_by_text("Updated on").is_visible()

    target = reading_data.sections.get(heading="When to see a doctor")
    assert not _in_viewport(page, f"#{target.anchor}")
    page.get_by_role("navigation", name="Contents").get_by_role("link", name="When to see a doctor").click()
    page.wait_for_url(f"**#{target.anchor}")
    assert page.url.endswith(f"#{target.anchor}")
    assert _in_viewport(page, f"#{target.anchor}")

    assert "YouTube" in page.locator(".capsule-video").inner_text()
    assert page.locator('script[type="application/ld+json"]').count() == 1
    assert page.locator("iframe").count() == 0
    assert external_requests == []
    assert console_errors == []


def test_reading_works_without_javascript(browser, site, reading_data):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1000, "height": 700})
    page = context.new_page()
    try:
        page.goto(site + "/")
        page.get_by_role("navigation", name="Topics").get_by_role("link", name="Health").click()
        page.get_by_role("link", name="Why do my muscles twitch?").click()
        page.get_by_role("navigation", name="Contents").get_by_role("link", name="Things that help").click()
        target = reading_data.sections.get(heading="Things that help")
        assert page.url.endswith(f"#{target.anchor}")
        assert _in_viewport(page, f"#{target.anchor}")
        page.get_by_role("searchbox", name="Search articles").fill("twitch")
        page.get_by_role("button", name="Search").click()
        expect(page.get_by_role("link", name="Why do my muscles twitch?")).to_be_visible()
    finally:
        context.close()


@pytest.mark.parametrize(
    "path",
    ["/", "/topics/health/", "/articles/why-do-my-muscles-twitch/", "/search/?q=twitch", "/search/", "/nowhere/"],
)
def test_reading_pages_have_no_accessibility_violations(page, site, reading_data, external_requests, path):
    page.goto(site + path)
    _assert_no_axe_violations(page)
    assert external_requests == []


def test_author_profile_lists_articles_without_accessibility_violations(page, site, reading_data):
    page.goto(site + reading_data.author.get_absolute_url())
    assert page.get_by_role("heading", name="Articles by Maya Okafor (2)").is_visible()
    _assert_no_axe_violations(page)
    page.goto(site + f"/users/{reading_data.author.handle}/articles/")
    assert page.get_by_role("heading", name="Articles by Maya Okafor", level=1).is_visible()
    _assert_no_axe_violations(page)
