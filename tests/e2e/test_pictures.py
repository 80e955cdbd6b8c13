"""Pictures in a real browser: the author's upload journey, no layout shift, no metadata served, axe on every page."""

import re
import time
from io import BytesIO

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from PIL import Image

from articles.tests.admin_helpers import ensure_groups
from articles.tests.factories import ArticleFactory, SectionFactory, make_picture
from tests.e2e.conftest import consent_cookie

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}}

# Sums every layout shift the page reports from its first paint on (buffered: entries before the observer count).
LAYOUT_SHIFT = """() => new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) { if (!entry.hadRecentInput) total += entry.value; }
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 1500);
})"""


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


def _camera_photo(path, *, colour):
    """Write a 4000x3000 JPEG as a phone writes it: camera make and a GPS position in its EXIF block."""
    from accounts.tests.images import exif_with_gps

    image = Image.new("RGB", (4000, 3000), colour)
    for x in range(0, 4000, 400):
        image.paste((240, 220, 180), (x, 1800, x + 200, 3000))
    image.save(path, format="JPEG", quality=85, exif=exif_with_gps())
    assert b"GPS" in path.read_bytes() or Image.open(path).getexif().get_ifd(0x8825)
    return path


def _choose_in_library(page, opener_selector, title):
    """Open the chooser's popup (the library list), search for title and click its thumbnail."""
    with page.expect_popup() as opened:
        page.locator(opener_selector).click()
    popup = opened.value
    popup.wait_for_load_state()
    popup.locator("#searchbar").fill(title)
    popup.locator("#searchbar").press("Enter")
    row = popup.locator("#result_list tbody tr", has_text=title)
    with popup.expect_event("close"):
        row.locator("a").first.click()


def _srcset_widths(srcset):
    return [int(part.strip().rsplit(" ", 1)[1][:-1]) for part in srcset.split(",")]


def test_author_uploads_a_phone_photo_and_readers_get_responsive_pictures_without_gps(browser, site, tmp_path):
    from playwright.sync_api import expect

    from accounts.tests.factories import AuthorFactory, add_verified_email

    ensure_groups()
    author = AuthorFactory(username="maya", email="maya@example.org")
    add_verified_email(author)
    article = ArticleFactory(author=author, title="Harbour mornings", lead_picture=None)
    SectionFactory(article=article, order=1, heading="Before sunrise", body="The water is still.")
    context = browser.new_context()
    context.add_cookies([consent_cookie(site)])
    page = context.new_page()

    # The author signs in and uploads two photos at once in the library.
    page.goto(site + "/accounts/login/")
    page.get_by_label("Email").fill("maya@example.org")
    page.get_by_label(re.compile(r"^\s*Password\*?\s*$")).fill("correct horse battery")
    page.get_by_role("button", name="Log in").click()
    page.goto(site + reverse("admin:articles_picture_changelist"))
    page.get_by_role("link", name=re.compile("Upload pictures")).click()
    page.locator("#picture-upload-picker").set_input_files(
        [
            _camera_photo(tmp_path / "harbour.jpg", colour=(40, 110, 150)),
            _camera_photo(tmp_path / "nets.jpg", colour=(150, 90, 60)),
        ]
    )
    rows = page.locator(".picture-upload-row")
    expect(rows.nth(1)).to_be_visible()
    for index, (title, alt) in enumerate(
        [("Harbour at dawn", "Fishing boats moored in a still harbour"), ("Nets", "Nets drying on the quay")]
    ):
        rows.nth(index).get_by_label("Title").fill(title)
        rows.nth(index).get_by_label("Alternative text").fill(alt)
    page.get_by_role("button", name="Upload pictures").click()
    expect(page.get_by_text("2 pictures added")).to_be_visible()
    harbour = author.pictures.get(title="Harbour at dawn")

    # In the article: the lead picture, a picture section and a picture inside the text.
    page.goto(site + reverse("admin:articles_article_change", args=[article.pk]))
    _choose_in_library(page, "#lookup_id_lead_picture", "Harbour at dawn")
    expect(page.locator(".field-lead_picture .picture-chooser-title")).to_have_text("Harbour at dawn")
    page.locator("#id_sections-1-kind").select_option("picture")
    _choose_in_library(page, "#lookup_id_sections-1-picture", "Nets")
    page.locator("#id_sections-0-body").fill(
        f"The water is still.\n\n![The harbour wall at first light](picture:{harbour.pk})\n"
    )
    page.get_by_label("Change note:").fill("Pictures")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("was changed successfully")).to_be_visible()

    # The reader's page: three <picture> elements, each with AVIF, WebP and JPEG at three widths or more.
    reader_context = browser.new_context()
    reader_context.add_cookies([consent_cookie(site)])
    reader = reader_context.new_page()
    served = []
    reader.on("response", lambda r: served.append(r) if "/media/" in r.url else None)
    reader.goto(site + article.get_absolute_url())
    pictures = reader.locator("article picture")
    expect(pictures).to_have_count(3)
    urls = set()
    for index in range(3):
        picture = pictures.nth(index)
        for kind in ("image/avif", "image/webp"):
            srcset = picture.locator(f'source[type="{kind}"]').get_attribute("srcset")
            assert len(_srcset_widths(srcset)) >= 3, (index, kind, srcset)
            urls |= {part.strip().rsplit(" ", 1)[0] for part in srcset.split(",")}
        img = picture.locator("img")
        assert len(_srcset_widths(img.get_attribute("srcset"))) >= 3
        assert int(img.get_attribute("width")) > 0 and int(img.get_attribute("height")) > 0
        assert img.get_attribute("alt")
        urls |= {part.strip().rsplit(" ", 1)[0] for part in img.get_attribute("srcset").split(",")}
    alts = [pictures.nth(i).locator("img").get_attribute("alt") for i in range(3)]
    # Lead picture, the picture in the first section's text (its own alt text), then the picture section.
    assert alts == [
        "Fishing boats moored in a still harbour",
        "The harbour wall at first light",
        "Nets drying on the quay",
    ]

    # No byte served to the reader carries the camera's EXIF block or its GPS position.
    reader.mouse.wheel(0, 4000)
    reader.wait_for_timeout(300)
    assert served
    for response in served:
        assert _gps_free(response.body()), response.url
    for url in urls:
        fetched = reader.request.get(site + url if url.startswith("/") else url)
        assert fetched.status == 200 and _gps_free(fetched.body()), url
