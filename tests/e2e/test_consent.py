"""Consent in a real browser: nothing optional loads before consent, and the choices are enforced."""

from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

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


def abort_outside(page):
    """Abort every request of the page that would leave 127.0.0.1."""

    def handle(route):
        if urlparse(route.request.url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", handle)


@pytest.fixture
def offline(page, external_requests):
    """Abort every request that would leave 127.0.0.1 (it is still recorded by external_requests)."""
    abort_outside(page)
    return external_requests


@pytest.fixture
def stubbed(page, external_requests):
    """Answer every request that would leave 127.0.0.1 with an empty script or page, and record what was loaded.

    Outside requests fail in this sandbox; answering them locally lets a test see an activated element load.
    """
    loaded = []

    def handle(route):
        request = route.request
        if urlparse(request.url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        elif request.resource_type == "script":
            route.fulfill(status=200, content_type="text/javascript", body="")
        else:
            route.fulfill(status=200, content_type="text/html", body="<!doctype html><title>Stub</title>")

    page.route("**/*", handle)
    page.on(
        "requestfinished",
        lambda r: loaded.append(r.url) if urlparse(r.url).hostname not in ("127.0.0.1", "localhost") else None,
    )
    return {"attempted": external_requests, "loaded": loaded}


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


def consent_mode_calls(page):
    """Return the Google Consent Mode calls the page made, in order: [["default", {...}], ["update", {...}], ...]."""
    return page.evaluate("window.dataLayer.filter(e => e[0] === 'consent').map(e => [e[1], e[2]])")


def dialog(page):
    return page.get_by_role("dialog", name="Your choice about cookies and outside services")


def test_a_fresh_visit_loads_nothing_from_outside_on_any_page(page, pages, offline):
    for url in pages.values():
        response = page.goto(url)
        page.wait_for_load_state("networkidle")
        assert csp_third_parties(response) == set(), url
        assert active_optional_elements(page) == [], url
        # The analytics tag is on the page, but only as an inert element.
        assert page.locator('script[type="text/plain"][data-consent="google-analytics"]').count() == 1, url
        assert dialog(page).is_visible()
    assert offline == []
    assert page.locator(".video-placeholder").count() == 0  # last page is the profile
    page.goto(pages["article"])
    assert page.get_by_text("This video is hosted by YouTube").is_visible()


def test_after_reject_all_nothing_loads_from_outside(page, pages, offline):
    page.goto(pages["home"])
    calls_before = len(consent_mode_calls(page))
    page.evaluate("window.stillTheSamePage = true")
    dialog(page).get_by_role("button", name="Reject all").click()
    page.locator("#consent-dialog").wait_for(state="hidden")
    assert page.evaluate("document.activeElement.id") == "main"  # focus is back on the page, not lost
    # Nothing ran, so nothing needs a reload; Google's Consent Mode hears the answer in the page.
    assert page.evaluate("window.stillTheSamePage") is True
    calls = consent_mode_calls(page)
    assert len(calls) == calls_before + 1 and calls[-1][0] == "update"
    assert set(calls[-1][1].values()) == {"denied"}
    record = ConsentRecord.objects.get()
    assert record.action == "reject_all" and record.decisions and not any(record.decisions.values())
    for url in pages.values():
        response = page.goto(url)
        page.wait_for_load_state("networkidle")
        assert page.locator("#consent-dialog").count() == 0, url
        assert csp_third_parties(response) == set(), url
        assert active_optional_elements(page) == [], url
    assert offline == []


def test_after_accept_all_the_services_elements_are_activated(page, pages, stubbed):
    page.goto(pages["article"])
    with page.expect_navigation():
        dialog(page).get_by_role("button", name="Accept all").click()
    page.wait_for_load_state("networkidle")
    assert ConsentRecord.objects.get().action == "accept_all"
    gtag = "https://www.googletagmanager.com/gtag/js?id=G-DEMO000000"
    video = "https://www.youtube-nocookie.com/embed/5MuIMqhT8DM"
    active = active_optional_elements(page)
    assert f"script:{gtag}" in active and "inert-activated:google-analytics" in active
    assert f"iframe:{video}" in active
    assert page.locator(".video-placeholder").count() == 0
    # The activated elements really loaded: the CSP let them through and the (stubbed) hosts answered.
    assert gtag in stubbed["loaded"] and video in stubbed["loaded"]
    assert page.evaluate("window.dataLayer.some(e => e[0] === 'config' && e[1] === 'G-DEMO000000')")
    consent_update = page.evaluate("window.dataLayer.filter(e => e[0] === 'consent').map(e => [e[1], e[2]])")
    assert consent_update[0][0] == "default" and consent_update[0][1]["analytics_storage"] == "denied"
    assert consent_update[1][0] == "update" and consent_update[1][1]["analytics_storage"] == "granted"
    for name in ("home", "topic", "profile"):
        page.goto(pages[name])
        page.wait_for_load_state("networkidle")
        assert page.locator("#consent-dialog").count() == 0, name
        assert f"script:{gtag}" in active_optional_elements(page), name
    assert ConsentRecord.objects.count() == 1


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
    record = ConsentRecord.objects.get()
    assert record.action == "reject_all" and record.decisions and not any(record.decisions.values())
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
    expect(page.get_by_role("heading", name="Cookie settings")).to_be_visible()
    features = page.get_by_role("group", name="Features and embedded content")
    features.locator("summary").click()
    features.get_by_role("switch", name="YouTube").check()
    page.get_by_role("button", name="Save choices").click()
    expect(page.get_by_text("Your cookie settings are saved.")).to_be_visible()
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


def test_a_changed_policy_asks_again_keeps_unchanged_choices_and_a_refusal_removes_running_services(
    page, pages, site, offline
):
    from accounts.consent.models import Service
    from accounts.consent.policy import current_policy
    from accounts.consent.services import policy_publish_if_changed
    from tests.e2e.conftest import consent_cookie

    page.context.add_cookies([consent_cookie(site, allow=current_policy().optional_slugs)])
    page.goto(pages["article"])
    assert page.locator("#consent-dialog").count() == 0
    vimeo = Service.objects.get(slug="vimeo")
    vimeo.description = "Plays Vimeo videos inside articles; the player now remembers your volume."
    vimeo.save()
    policy_publish_if_changed()

    page.goto(pages["article"])
    box = dialog(page)
    assert box.is_visible()
    assert "Please look again at: Vimeo." in box.inner_text()
    # Choices about unchanged services carry over: the video plays and analytics stays granted meanwhile.
    assert "iframe:https://www.youtube-nocookie.com/embed/5MuIMqhT8DM" in active_optional_elements(page)
    assert consent_mode_calls(page)[0] == ["default", {**consent_mode_calls(page)[0][1], "analytics_storage": "denied"}]
    assert consent_mode_calls(page)[-1][1]["analytics_storage"] == "granted"
    box.get_by_role("button", name="Customize").click()
    features = box.get_by_role("group", name="Features and embedded content")
    features.locator("summary").click()
    assert features.get_by_role("switch", name="YouTube").is_checked()
    assert not features.get_by_role("switch", name="Vimeo").is_checked()
    assert features.locator(".consent-service", has_text="Vimeo").locator(".badge").inner_text() == "Changed"

    # Services running in the page (the video, the analytics script) were refused: the page loads again without them.
    with page.expect_navigation():
        box.get_by_role("button", name="Reject all").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("#consent-dialog").count() == 0
    assert active_optional_elements(page) == []
    assert page.locator(".video-placeholder").count() == 1
    action, values = consent_mode_calls(page)[-1]
    assert action == "update"
    assert values == {
        "ad_storage": "denied",
        "ad_user_data": "denied",
        "ad_personalization": "denied",
        "analytics_storage": "denied",
    }
    assert ConsentRecord.objects.get().action == "reject_all"


def test_consent_mode_defaults_come_before_any_google_tag(page, pages, site, offline):
    from accounts.consent.policy import current_policy
    from tests.e2e.conftest import consent_cookie

    page.context.add_cookies([consent_cookie(site, allow=current_policy().optional_slugs)])
    page.goto(pages["article"])
    page.wait_for_load_state("networkidle")
    order = page.evaluate(
        """() => Array.from(document.scripts).map(s => s.dataset.src || s.src || s.id)
            .filter(u => u.includes('consent-mode.js') || u.includes('googletagmanager.com'))"""
    )
    assert order[0].endswith("/static/js/consent-mode.js") and len(order) >= 2
    first = page.evaluate("[window.dataLayer[0][0], window.dataLayer[0][1]]")
    assert first == ["consent", "default"]


def test_withdrawing_deletes_the_withdrawn_services_first_party_cookies(page, pages, site, offline):
    from accounts.consent.policy import current_policy
    from tests.e2e.conftest import consent_cookie

    page.context.add_cookies(
        [
            consent_cookie(site, allow=current_policy().optional_slugs),
            {"name": "_ga", "value": "GA1.1.42.1700000000", "url": site},
            {"name": "_ga_DEMO000000", "value": "GS1.1.1700000000", "url": site},
            {"name": "reading_size", "value": "large", "url": site},
        ]
    )
    page.goto(pages["home"])
    page.get_by_role("link", name="Cookie settings").click()
    page.get_by_role("button", name="Withdraw all consent").click()
    expect(page.get_by_text("Your cookie settings are saved.")).to_be_visible()
    names = {c["name"] for c in page.context.cookies()}
    assert "_ga" not in names and "_ga_DEMO000000" not in names
    assert "reading_size" in names  # not set by any withdrawn service
    record = ConsentRecord.objects.get()
    assert record.action == "withdraw" and not any(record.decisions.values())


def test_load_video_plays_it_once_and_always_allow_records_a_contextual_consent(page, pages, site, stubbed):
    from tests.e2e.conftest import consent_cookie

    video = "https://www.youtube-nocookie.com/embed/5MuIMqhT8DM"
    page.context.add_cookies([consent_cookie(site)])
    page.goto(pages["article"])
    assert active_optional_elements(page) == []
    with page.expect_navigation():
        page.get_by_role("link", name="Load video").click()
    page.wait_for_load_state("networkidle")
    assert active_optional_elements(page) == [f"iframe:{video}"]
    assert video in stubbed["loaded"]
    assert not ConsentRecord.objects.exists()  # a one-off load is not a consent

    page.goto(pages["article"])
    assert active_optional_elements(page) == []
    with page.expect_navigation():
        page.get_by_role("button", name="Always allow YouTube").click()
    page.wait_for_load_state("networkidle")
    assert active_optional_elements(page) == [f"iframe:{video}"]
    record = ConsentRecord.objects.get()
    assert record.action == "contextual"
    assert [slug for slug, ok in record.decisions.items() if ok] == ["youtube"]
    response = page.goto(pages["article"])
    assert active_optional_elements(page) == [f"iframe:{video}"]
    assert csp_third_parties(response) == YOUTUBE_HOSTS
    assert {urlparse(u).hostname for u in stubbed["attempted"]} <= YOUTUBE_HOSTS


def test_a_browser_sending_gpc_starts_with_marketing_off_and_a_gpc_record(browser, pages, site):
    context = browser.new_context(extra_http_headers={"Sec-GPC": "1"})
    page = context.new_page()
    response = page.goto(pages["home"])
    record = ConsentRecord.objects.get()
    assert record.action == "gpc"
    assert record.decisions["google-adsense"] is False and "youtube" not in record.decisions
    assert csp_third_parties(response) == set()
    box = dialog(page)  # still asked about the services that are not marketing
    box.get_by_role("button", name="Customize").click()
    marketing = box.get_by_role("group", name="Marketing and advertising")
    marketing.locator("summary").click()
    assert marketing.get_by_role("switch", name="Google AdSense", exact=True).is_checked() is False
    page.goto(pages["article"])
    assert ConsentRecord.objects.count() == 1  # logged once per visitor
    context.close()


def test_a_signed_in_readers_choice_follows_them_to_another_browser(browser, pages, site):
    from django.conf import settings
    from django.test import Client

    from accounts.tests.factories import UserFactory

    reader = UserFactory(username="reader")

    def signed_in_page():
        client = Client()
        client.force_login(reader)
        context = browser.new_context()
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": site}])
        return context, context.new_page()

    laptop, page = signed_in_page()
    abort_outside(page)
    page.goto(pages["article"])
    box = dialog(page)
    box.get_by_role("button", name="Customize").click()
    features = box.get_by_role("group", name="Features and embedded content")
    features.locator("summary").click()
    features.get_by_role("switch", name="YouTube").check()
    with page.expect_navigation():
        box.get_by_role("button", name="Save choices").click()
    assert ConsentRecord.objects.get().user == reader
    laptop.close()

    phone, page = signed_in_page()
    abort_outside(page)
    response = page.goto(pages["article"])
    assert page.locator("#consent-dialog").count() == 0
    assert csp_third_parties(response) == YOUTUBE_HOSTS
    assert active_optional_elements(page) == ["iframe:https://www.youtube-nocookie.com/embed/5MuIMqhT8DM"]
    phone.close()
