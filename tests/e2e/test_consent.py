"""Consent in a real browser: nothing optional loads before consent, and the choices are enforced."""

from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe

from accounts.consent.models import ConsentRecord
from accounts.consent.policy import forget_current_policy
from accounts.consent.services import defaults_load
from articles.tests.factories import ArticleFactory, SectionFactory, TopicFactory

YOUTUBE_HOSTS = {"www.youtube-nocookie.com", "www.youtube.com", "i.ytimg.com", "s.ytimg.com"}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]

# The live server needs committed data; serialized_rollback puts the migrations' rows (topics, consent defaults)
# back afterwards, so later tests still see them.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def pages(site):
    """Create the consent defaults and a home, topic, article (with a YouTube video) and profile page."""
    defaults_load()
    forget_current_policy()
    topic = TopicFactory(name="Health")
    article = ArticleFactory(title="Why muscles twitch", topic=topic)
    SectionFactory(article=article, heading="Intro", body="Most twitches are harmless.")
    SectionFactory(
        article=article,
        kind="video",
        heading="Watch: why sleep matters",
        video_url="https://www.youtube.com/watch?v=5MuIMqhT8DM",
        body="A short talk about sleep.",
    )
    return {
        "home": site + "/",
        "topic": site + topic.get_absolute_url(),
        "article": site + article.get_absolute_url(),
        "profile": site + article.author.get_absolute_url(),
    }


@pytest.fixture
def offline(page, external_requests):
    """Abort every request that would leave 127.0.0.1 (it is still recorded by external_requests)."""

    def handle(route):
        host = urlparse(route.request.url).hostname
        if host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", handle)
    return external_requests


def active_optional_elements(page):
    """Return the optional services' live elements: activated scripts and embedded frames."""
    return page.evaluate(
        """() => [
            ...Array.from(document.querySelectorAll('script[data-consent][src]')).map(s => 'script:' + s.src),
            ...Array.from(document.querySelectorAll('script[data-consent-active]')).map(s => 'inert-activated:' + s.dataset.consent),
            ...Array.from(document.querySelectorAll('iframe')).map(f => 'iframe:' + f.src),
        ]"""
    )


def csp_third_parties(response):
    csp = response.headers["content-security-policy"]
    return {urlparse(p).hostname for p in csp.replace(";", " ").split() if p.startswith("https://")}


def dialog(page):
    return page.get_by_role("dialog", name="Your choice about cookies and outside services")


def test_a_fresh_visit_loads_nothing_from_outside_on_any_page(page, pages, offline):
    for url in pages.values():
        response = page.goto(url)
        page.wait_for_load_state("networkidle")
        assert csp_third_parties(response) == set(), url
        assert active_optional_elements(page) == [], url
        assert dialog(page).is_visible()
    assert offline == []
    assert page.locator(".video-placeholder").count() == 0  # last page is the profile
    page.goto(pages["article"])
    assert page.get_by_text("This video is hosted by YouTube").is_visible()


def test_after_reject_all_nothing_loads_from_outside(page, pages, offline):
    page.goto(pages["home"])
    dialog(page).get_by_role("button", name="Reject all").click()
    page.locator("#consent-dialog").wait_for(state="hidden")
    assert ConsentRecord.objects.get().action == "reject_all"
    for url in pages.values():
        response = page.goto(url)
        page.wait_for_load_state("networkidle")
        assert page.locator("#consent-dialog").count() == 0, url
        assert csp_third_parties(response) == set(), url
        assert active_optional_elements(page) == [], url
    assert offline == []


def test_after_accept_all_the_services_elements_are_activated(page, pages, offline):
    page.goto(pages["article"])
    with page.expect_navigation():
        dialog(page).get_by_role("button", name="Accept all").click()
    page.wait_for_load_state("domcontentloaded")
    active = active_optional_elements(page)
    assert "script:https://www.googletagmanager.com/gtag/js?id=G-DEMO000000" in active
    assert "iframe:https://www.youtube-nocookie.com/embed/5MuIMqhT8DM" in active
    assert page.evaluate("window.dataLayer.some(e => e[0] === 'config' && e[1] === 'G-DEMO000000')")
    consent_update = page.evaluate("window.dataLayer.filter(e => e[0] === 'consent').map(e => [e[1], e[2]])")
    assert consent_update[0][0] == "default" and consent_update[0][1]["analytics_storage"] == "denied"
    assert consent_update[1][0] == "update" and consent_update[1][1]["analytics_storage"] == "granted"
    hosts = {urlparse(u).hostname for u in offline}
    assert "www.googletagmanager.com" in hosts and "www.youtube-nocookie.com" in hosts
    assert ConsentRecord.objects.get().action == "accept_all"


def test_customize_with_only_youtube_activates_only_youtube(page, pages, offline):
    page.goto(pages["article"])
    box = dialog(page)
    box.get_by_role("button", name="Customize").click()
    features = box.get_by_role("group", name="Features and embedded content")
    features.locator("summary").click()
    features.get_by_role("switch", name="YouTube").check()
    with page.expect_navigation():
        box.get_by_role("button", name="Save choices").click()
    response = page.goto(pages["article"])
    assert csp_third_parties(response) == YOUTUBE_HOSTS
    active = active_optional_elements(page)
    assert active == ["iframe:https://www.youtube-nocookie.com/embed/5MuIMqhT8DM"]
    assert {urlparse(u).hostname for u in offline} <= YOUTUBE_HOSTS
    record = ConsentRecord.objects.get()
    assert record.action == "custom" and [s for s, ok in record.decisions.items() if ok] == ["youtube"]


def test_the_dialog_buttons_look_alike_and_tab_from_accept_to_reject(page, pages):
    page.goto(pages["home"])
    box = dialog(page)
    buttons = [box.get_by_role("button", name=n) for n in ("Accept all", "Reject all", "Customize")]
    classes = {b.get_attribute("class") for b in buttons}
    sizes = {(round(b.bounding_box()["width"]), round(b.bounding_box()["height"])) for b in buttons}
    styles = {
        b.evaluate(
            "e => { const s = getComputedStyle(e); return [s.backgroundColor, s.color, s.borderColor, s.fontSize, s.fontWeight].join() }"
        )
        for b in buttons
    }
    assert len(classes) == len(sizes) == len(styles) == 1
    assert page.evaluate("document.activeElement.id") == "consent-dialog"  # focus moved into the dialog
    buttons[0].focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Reject all"


def test_escape_closes_the_dialog_as_a_refusal_and_returns_focus(page, pages, offline):
    page.goto(pages["article"])
    assert page.evaluate("document.activeElement.id") == "consent-dialog"
    page.keyboard.press("Escape")
    page.locator("#consent-dialog").wait_for(state="hidden")
    assert page.evaluate("document.activeElement.id") == "main"
    assert ConsentRecord.objects.get().action == "reject_all"
    page.reload()
    assert page.locator("#consent-dialog").count() == 0
    assert active_optional_elements(page) == []
    assert offline == []


def test_the_dialog_has_no_axe_violations_open_and_with_details_expanded(page, pages):
    axe = Axe()
    page.goto(pages["article"])
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}}
    results = axe.run(page, options=options)
    assert results.violations_count == 0, results.generate_report()
    box = dialog(page)
    box.get_by_role("button", name="Customize").click()
    for summary in box.locator("summary").all():
        summary.click()
    results = axe.run(page, options=options)
    assert results.violations_count == 0, results.generate_report()
    page.goto(pages["home"].rstrip("/") + "/consent/preferences/")
    for summary in page.locator("summary").all():
        summary.click()
    results = axe.run(page, options=options)
    assert results.violations_count == 0, results.generate_report()


def test_the_preferences_page_changes_consent_without_javascript(browser, pages, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(pages["home"])
    page.get_by_role("link", name="Cookie settings").click()
    assert page.get_by_role("heading", name="Cookie settings").is_visible()
    features = page.get_by_role("group", name="Features and embedded content")
    features.locator("summary").click()
    features.get_by_role("switch", name="YouTube").check()
    page.get_by_role("button", name="Save choices").click()
    assert page.get_by_text("Your cookie settings are saved.").is_visible()
    assert page.locator('input[name="service-youtube"]').is_checked()
    record = ConsentRecord.objects.get()
    assert record.action == "custom" and record.decisions["youtube"] is True
    page.get_by_role("button", name="Withdraw all consent").click()
    assert not page.locator('input[name="service-youtube"]').is_checked()
    assert ConsentRecord.objects.order_by("-created_at", "-pk").first().action == "withdraw"
    response = page.goto(pages["article"])
    assert csp_third_parties(response) == set()
    context.close()


def test_the_admin_consent_screens_work_under_their_csp(page, pages, site, live_server):
    from django.conf import settings
    from django.test import Client

    from accounts.consent.models import Service
    from accounts.tests.factories import UserFactory

    admin = UserFactory(username="boss", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(admin)
    host = urlparse(site).hostname
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "domain": host,
                "path": "/",
            }
        ]
    )
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    youtube = Service.objects.get(slug="youtube")
    for path in [
        "/admin/",
        f"/admin/accounts/service/{youtube.pk}/change/",
        "/admin/accounts/consentrecord/",
        "/admin/accounts/consentdailystat/",
        "/admin/accounts/policyversion/",
    ]:
        response = page.goto(site + path)
        assert response.status == 200, path
    page.goto(site + f"/admin/accounts/service/{youtube.pk}/change/")
    before = page.locator("#storage_items-group tbody tr.form-row:not(.empty-form)").count()
    page.locator("#storage_items-group .add-row a").click()  # the inline's "Add another" is admin JavaScript
    assert page.locator("#storage_items-group tbody tr.form-row:not(.empty-form)").count() == before + 1
    assert violations == []
