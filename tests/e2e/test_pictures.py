"""Pictures in a real browser: the author's upload journey, no layout shift, no metadata served, axe on every page."""

import time
from io import BytesIO

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client
from PIL import Image

from articles.tests.admin_helpers import ensure_groups
from articles.tests.factories import ArticleFactory, SectionFactory, make_picture

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}}

# Sums every layout shift the page reports from its first paint on (buffered: entries before the observer count).
LAYOUT_SHIFT = """() => new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) { if (!entry.hadRecentInput) total += entry.value; }
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 1500);
})"""


def logged_in_context(browser, site, user):
    client = Client()
    client.force_login(user)
    context = browser.new_context()
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": site}])
    return context


@pytest.fixture
def pictured_article(site):
    ensure_groups()
    article = ArticleFactory(title="A walk along the harbour", lead_picture=None)
    article.lead_picture = make_picture(article.author, title="Harbour", alt_text="Fishing boats in a calm harbour")
    article.save()
    SectionFactory(article=article, order=1, heading="Setting out", body="We left early.\n\n- water\n- a map\n")
    for order in range(2, 5):
        picture = make_picture(article.author, title=f"View {order}", alt_text=f"The path at stop {order}")
        SectionFactory(article=article, order=order, heading="", body="", kind="picture", picture=picture)
    SectionFactory(article=article, order=9, heading="Coming home", body="Tired and happy.")
    return article


def _gps_free(data):
    image = Image.open(BytesIO(data))
    exif = image.getexif()
    return not exif and b"GPS" not in data and b"Exif" not in data


def _slow_pictures(route):
    # Pictures arrive after the first paint, as on a real network: a box without its size would then jump.
    time.sleep(0.25)
    route.continue_()


def test_article_with_pictures_loads_without_layout_shift_and_serves_no_metadata(page, site, pictured_article):
    served = []
    page.on("response", lambda r: served.append(r) if r.request.resource_type == "image" else None)
    page.route("**/media/**", _slow_pictures)
    page.set_viewport_size({"width": 1280, "height": 900})

    page.goto(site + pictured_article.get_absolute_url())
    shift = page.evaluate(LAYOUT_SHIFT)

    assert shift == 0
    assert page.locator("article picture").count() == 4
    page.mouse.wheel(0, 5000)  # bring the lazy pictures in
    page.wait_for_timeout(500)
    images = [r for r in served if "/media/" in r.url]
    assert images, "no picture was fetched"
    for response in images:
        assert response.status == 200
        assert response.headers["content-type"] in ("image/avif", "image/webp", "image/jpeg")
        assert _gps_free(response.body())


def test_pages_with_pictures_have_no_accessibility_violations(page, site, pictured_article):
    urls = ["/", pictured_article.topic.get_absolute_url(), pictured_article.get_absolute_url()]
    for url in urls:
        page.goto(site + url)
        assert page.locator("picture").count() >= 1, url
        results = Axe().run(page, options=AXE_OPTIONS)
        assert results.violations_count == 0, (url, results.generate_report())
