"""The unanswered consent banner never hides what has the keyboard focus, never covers the header, and shows no ring.

The banner is non-modal (docs/consent.md): it floats at the bottom of the window while the page keeps every focused
element above it, or it stays in the page flow when the window is too short for both.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from accounts.consent.models import ConsentRecord
from accounts.tests.factories import AuthorFactory
from articles.tests.factories import ArticleFactory, SectionFactory, TopicFactory

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}}
DESKTOP = {"width": 1280, "height": 720}
PHONE = {"width": 390, "height": 844}
LANDSCAPE_PHONE = {"width": 844, "height": 390}
MAX_TABS = 200
PARAGRAPH = (
    "Muscles twitch for many ordinary reasons, from coffee to a short night. Most twitches stop by themselves "
    "within a few days, and gentle stretching often helps. "
) * 4

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.consent_prompt]

# Where the focused element is, and whether the banner (when it floats) hides any of it. Sub-pixel edges are allowed
# a pixel: a box ending at 390.33 in a 390 px window is not hidden.
FOCUS_REPORT = """() => {
    const el = document.activeElement;
    const dialog = document.getElementById('consent-dialog');
    if (!el || el === document.body || el === document.documentElement) { return null; }
    const box = el.getBoundingClientRect();
    const banner = dialog.getBoundingClientRect();
    const inBanner = dialog.contains(el);
    const fixed = getComputedStyle(dialog).position === 'fixed';
    const upright = box.top >= -1 && box.bottom <= innerHeight + 1;
    const inViewport = upright && box.left >= -1 && box.right <= innerWidth + 1;
    const underBanner = !inBanner && fixed && !dialog.hidden
        && box.bottom > banner.top + 1 && box.top < banner.bottom - 1
        && box.right > banner.left + 1 && box.left < banner.right - 1;
    return {
        html: el.outerHTML.slice(0, 120), inBanner, inViewport, upright, underBanner,
        box: [box.top, box.right, box.bottom, box.left].map(Math.round), bannerTop: Math.round(banner.top),
    };
}"""

# Whether the point at the centre of each header control is the control itself (or inside it).
HEADER_CONTROLS_UNCOVERED = """() => Array.from(
    document.querySelectorAll('.site-header .header-bar a, .site-header .header-bar input, .site-header .header-bar button')
).map(el => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return [el.textContent.trim() || el.getAttribute('placeholder'), hit === el || el.contains(hit)];
})"""


@pytest.fixture
def pages(site):
    """Return a home page and an article page with plenty to tab through (header, cards, contents, footer)."""
    author = AuthorFactory(display_name="Maya Okafor")
    topics = [TopicFactory(name=name) for name in ("Health", "Food", "Travel", "Sports")]
    for n in range(8):
        ArticleFactory(title=f"A reader's guide, part {n + 1}", topic=topics[n % 4], author=author)
    article = ArticleFactory(title="Why do my muscles twitch?", topic=topics[0], author=author)
    headings = ["What a twitch is", "Common causes", "Things that help", "When to see a doctor"]
    for order, heading in enumerate(headings, start=1):
        SectionFactory(
            article=article, order=order, heading=heading, body=f"{PARAGRAPH}\n\nSee [the guide](/) and [more](/)."
        )
    return {"home": site + "/", "article": site + article.get_absolute_url()}


def banner(page):
    return page.get_by_role("dialog", name="Your choice about cookies and outside services")


def tab_through(page):
    """Press Tab until focus leaves the last element or comes back to the first; return a report per focus stop."""
    stops = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        report = page.evaluate(FOCUS_REPORT)
        if report is None or (stops and report["html"] == stops[0]["html"]):
            break
        stops.append(report)
    return stops


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE, LANDSCAPE_PHONE], ids=["1280x720", "390x844", "844x390"])
@pytest.mark.parametrize("name", ["home", "article"])
def test_tabbing_through_the_page_never_lands_behind_the_banner(page, pages, viewport, name):
    page.set_viewport_size(viewport)
    page.goto(pages[name])
    expect(banner(page)).to_be_visible()
    floats = banner(page).evaluate("d => getComputedStyle(d).position") == "fixed"
    # The banner floats wherever it fits below the header; in a short landscape window it stays in the flow.
    assert floats is (viewport is not LANDSCAPE_PHONE)

    stops = tab_through(page)

    assert len(stops) > 30, "the page should have many focus stops"
    assert any("Privacy policy" in s["html"] and not s["inBanner"] for s in stops), "Tab reached the footer"
    assert any(s["inBanner"] for s in stops), "Tab went through the banner's own controls"
    hidden = [s for s in stops if not s["inViewport"] or s["underBanner"]]
    assert hidden == [], f"{len(hidden)} of {len(stops)} focus stops were hidden"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280x720", "390x844"])
def test_the_banner_shows_no_focus_ring_after_a_page_load_without_a_mouse(page, pages, viewport):
    page.set_viewport_size(viewport)
    page.goto(pages["article"])
    assert page.evaluate("document.activeElement.id") == "consent-dialog"  # focused for screen readers
    focused = banner(page).evaluate(
        "d => { const s = getComputedStyle(d); return [s.outlineStyle, s.outlineWidth, s.boxShadow]; }"
    )
    outline_style, outline_width, shadow = focused
    assert outline_style == "none" or outline_width == "0px"
    # The floating banner has a shadow of its own; focus must not add a ring to it.
    page.evaluate("document.activeElement.blur()")
    assert banner(page).evaluate("d => getComputedStyle(d).boxShadow") == shadow


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280x720", "390x844"])
def test_the_banner_never_covers_the_headers_controls_even_with_its_choices_open(page, pages, viewport):
    page.set_viewport_size(viewport)
    page.goto(pages["home"])
    log_in = page.locator(".site-header").get_by_role("link", name="Log in")
    expect(log_in).to_be_visible()
    for state in ("closed", "open"):
        if state == "open":
            banner(page).get_by_role("button", name="Customize").click()
            expect(banner(page).get_by_role("group", name="Strictly necessary")).to_be_visible()
        controls = dict(page.evaluate(HEADER_CONTROLS_UNCOVERED))
        assert controls["Log in"] is True, f"choices {state}: Log in is covered"
        covered = [label for label, uncovered in controls.items() if not uncovered]
        assert covered == [], f"choices {state}: covered {covered}"
        header = page.locator(".site-header").bounding_box()
        assert banner(page).bounding_box()["y"] >= header["y"] + header["height"] - 1


def test_the_page_keeps_a_focused_element_above_the_banner_when_the_window_shrinks(page, pages):
    page.set_viewport_size(DESKTOP)
    page.goto(pages["article"])
    page.locator("footer").get_by_role("link", name="Privacy policy").focus()
    assert page.evaluate(FOCUS_REPORT)["inViewport"]
    page.set_viewport_size(PHONE)
    # The browser reports the resize in its own time; the page then moves the link above the taller banner.
    page.wait_for_function(f"() => {{ const r = ({FOCUS_REPORT})(); return r.inViewport && !r.underBanner; }}")
    assert page.evaluate("document.documentElement.classList.contains('consent-floating')")


def test_escape_refuses_only_from_inside_the_banner(page, pages):
    page.set_viewport_size(PHONE)
    page.goto(pages["home"])
    search = page.get_by_role("searchbox", name="Search articles")
    search.fill("twitch")
    search.press("Escape")  # belongs to the search field (it clears it), not to the banner
    expect(banner(page)).to_be_visible()
    assert not ConsentRecord.objects.exists()
    banner(page).get_by_role("link", name="Read our privacy policy").focus()
    page.keyboard.press("Escape")
    expect(banner(page)).to_be_hidden()
    assert ConsentRecord.objects.get().action == "reject_all"
    # With the banner gone, the page no longer keeps room for it.
    assert page.evaluate("document.documentElement.className") == ""
    assert page.evaluate("getComputedStyle(document.body).paddingBottom") == "0px"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280x720", "390x844"])
def test_axe_finds_nothing_with_the_banner_open_and_after_closing_it(page, pages, viewport):
    page.set_viewport_size(viewport)
    for name in ("home", "article"):
        page.goto(pages[name])
        expect(banner(page)).to_be_visible()
        results = Axe().run(page, options=AXE_OPTIONS)
        assert results.violations_count == 0, results.generate_report()
    banner(page).get_by_role("button", name="Reject all").click()
    expect(page.locator("#consent-dialog")).to_be_hidden()
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280x720", "390x844"])
def test_without_javascript_the_banner_is_a_form_in_the_page_flow_and_hides_nothing(browser, pages, viewport):
    context = browser.new_context(java_script_enabled=False, viewport=viewport)
    page = context.new_page()
    page.goto(pages["article"])
    box = banner(page)
    expect(box).to_be_visible()
    assert box.bounding_box()["y"] == 0  # at the top of the page, before the header
    assert page.evaluate("getComputedStyle(document.getElementById('consent-dialog')).position") == "static"

    stops = tab_through(page)

    assert len(stops) > 30
    # Up and down only: on a phone the topic bar scrolls sideways, and without JavaScript the browser leaves a link
    # at its edge partly outside (the banner has nothing to do with that; with the banner up consent.js evens it out).
    hidden = [s for s in stops if not s["upright"] or s["underBanner"]]
    assert hidden == [], f"{len(hidden)} of {len(stops)} focus stops were hidden"
    page.goto(pages["article"])
    banner(page).get_by_role("button", name="Reject all").click()
    expect(page.locator("#consent-dialog")).to_have_count(0)
    assert ConsentRecord.objects.get().action == "reject_all"
    context.close()
