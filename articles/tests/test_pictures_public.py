"""Pictures where readers meet them: article pages, cards, link previews, JSON-LD, the sitemap, feeds and /media/."""

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from io import BytesIO

import pytest
from django.core.files.storage import InMemoryStorage, default_storage
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from PIL import Image

from accounts.tests.factories import AuthorFactory
from accounts.tests.images import exif_with_gps
from articles.models import Picture
from articles.tests.factories import ArticleFactory, SectionFactory, TopicFactory, make_picture, picture_bytes
from articles.tests.test_views import MAX_PAGE_QUERIES, _warm_caches

pytestmark = pytest.mark.django_db

MAX_FEED_QUERIES = 2  # as in test_feeds.py
SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "image": "http://www.google.com/schemas/sitemap-image/1.1",
}
MEDIA_NS = "{http://search.yahoo.com/mrss/}"


@pytest.fixture
def without_panels(monkeypatch):
    """Leave out panels other apps register (comments): they hold budgets of their own, tested there."""
    from articles import extensions

    monkeypatch.setattr(extensions, "_panels", {})


@pytest.fixture
def large():
    """Return a picture wide enough for three widths of every kind, with a caption and a credit."""
    return make_picture(
        size=(1200, 800),
        title="Harbour",
        alt_text="Fishing boats moored in a calm harbour",
        caption="Morning light over the bay.",
        credit="Photo: Ana Lima, CC BY 4.0",
    )


def _copies(picture, count, **fields):
    """Return count more library pictures (distinct rows) that share picture's stored files and renditions."""
    return [
        Picture.objects.create(
            owner=picture.owner,
            title=f"Copy {i}",
            file=picture.file.name,
            file_hash=picture.file_hash,
            width=picture.width,
            height=picture.height,
            alt_text=f"Copy number {i} of the harbour",
            renditions=picture.renditions,
            **fields,
        )
        for i in range(count)
    ]


class _Pictures(HTMLParser):
    """Collect every <picture> of a page: its sources by type and its <img> attributes."""

    def __init__(self):
        super().__init__()
        self.found, self._open = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "picture":
            self._open = {"sources": {}, "img": None}
            self.found.append(self._open)
        elif tag == "source" and self._open is not None:
            self._open["sources"][attrs["type"]] = attrs
        elif tag == "img" and self._open is not None:
            self._open["img"] = attrs

    def handle_endtag(self, tag):
        if tag == "picture":
            self._open = None


def _pictures(html):
    parser = _Pictures()
    parser.feed(html)
    return parser.found


def _widths(srcset):
    return [int(w) for w in re.findall(r" (\d+)w(?:,|$)", srcset)]


def _meta(html, key):
    match = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">', html)
    return match.group(1) if match else None


def _json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def _names(picture, kind, fmt="jpeg"):
    return [name for _w, _h, name in picture.renditions[kind][fmt]]


# --- the article page ---------------------------------------------------------------------------------------


def test_lead_picture_is_a_large_figure_under_the_title_in_avif_webp_and_jpeg(client, large):
    article = ArticleFactory(lead_picture=large)
    SectionFactory(article=article, heading="First part")
    html = client.get(article.get_absolute_url()).content.decode()

    assert html.index("</header>") < html.index('<figure class="figure figure-lead">') < html.index("First part")
    lead = html.split('<figure class="figure figure-lead">', 1)[1].split("</figure>", 1)[0]
    assert "Morning light over the bay." in lead.split("<figcaption>", 1)[1]
    assert "Photo: Ana Lima, CC BY 4.0" in lead.split("<figcaption>", 1)[1]
    [picture] = _pictures(lead)
    assert set(picture["sources"]) == {"image/avif", "image/webp"}
    for source in picture["sources"].values():
        assert len(_widths(source["srcset"])) >= 3
        assert source["sizes"]
    img = picture["img"]
    assert len(_widths(img["srcset"])) >= 3
    assert _widths(img["srcset"]) == [480, 800, 1200]
    assert (img["width"], img["height"]) == ("1200", "800")
    assert img["alt"] == "Fishing boats moored in a calm harbour"
    assert img["fetchpriority"] == "high"
    assert "loading" not in img


def test_picture_sections_show_their_figure_between_the_text_sections(client, large):
    article = ArticleFactory()
    SectionFactory(article=article, order=1, heading="Before", body="Text before the picture.")
    SectionFactory(
        article=article, order=2, kind="picture", picture=large, heading="The harbour", body="Text under the picture."
    )
    SectionFactory(article=article, order=3, heading="After", body="Text after the picture.")
    html = client.get(article.get_absolute_url()).content.decode()

    section = html.split('class="capsule capsule-picture"', 1)[1].split("</section>", 1)[0]
    assert section.index("The harbour</h2>") < section.index("<figure") < section.index("Text under the picture.")
    assert "Morning light over the bay." in section
    assert (
        html.index("Text before the picture.") < html.index("capsule-picture") < html.index("Text after the picture.")
    )
    [picture] = _pictures(section)
    assert picture["img"]["loading"] == "lazy" and "fetchpriority" not in picture["img"]
    assert _widths(picture["img"]["srcset"]) == [480, 800, 1200]


def test_a_picture_referenced_in_the_markdown_text_is_shown(client, large):
    article = ArticleFactory()
    SectionFactory(article=article, body=f"Before.\n\n![Boats at dawn](picture:{large.pk})\n\nAfter.")
    html = client.get(article.get_absolute_url()).content.decode()

    body = html.split('class="article-body"', 1)[1]
    [picture] = _pictures(body)
    assert picture["img"]["alt"] == "Boats at dawn"
    assert picture["img"]["loading"] == "lazy"
    assert set(picture["sources"]) == {"image/avif", "image/webp"}
    assert body.index("Before.") < body.index("<figure") < body.index("After.")


def test_a_decorative_picture_has_an_empty_alt_and_no_preview_description(client):
    ornament = make_picture(title="Ornament", alt_text="", decorative=True)
    article = ArticleFactory(lead_picture=ornament)
    html = client.get(article.get_absolute_url()).content.decode()

    [picture] = _pictures(html.split("figure-lead", 1)[1])
    assert picture["img"]["alt"] == ""
    assert 'alt=""' in html.split("figure-lead", 1)[1].split("</figure>", 1)[0]
    assert _meta(html, "og:image") and _meta(html, "og:image:alt") is None


def test_only_the_lead_picture_is_fetched_first_every_other_one_lazily(client, large):
    article = ArticleFactory(lead_picture=large)
    SectionFactory(article=article, kind="picture", picture=_copies(large, 1)[0])
    ArticleFactory(author=article.author, lead_picture=_copies(large, 1)[0])
    html = client.get(article.get_absolute_url()).content.decode()

    imgs = [p["img"] for p in _pictures(html)]
    assert len(imgs) == 4  # the other article shows twice: under "More by" and as a related card
    assert [img.get("fetchpriority") for img in imgs].count("high") == 1
    assert all(img.get("loading") == "lazy" for img in imgs if img.get("fetchpriority") != "high")


def test_more_by_the_author_shows_a_square_thumbnail_beside_each_title(client, large):
    author = AuthorFactory()
    article = ArticleFactory(author=author)
    other = ArticleFactory(author=author, title="Stretching after work", lead_picture=large)
    plain = ArticleFactory(author=author, title="A walk without pictures")
    html = client.get(article.get_absolute_url()).content.decode()

    box = html.split('class="more-list"', 1)[1].split("</ul>", 1)[0]
    link = box.split(f'href="{other.get_absolute_url()}"', 1)[1].split("</a>", 1)[0]
    [picture] = _pictures(link)
    assert _widths(picture["img"]["srcset"]) == [64, 128, 192]
    assert picture["img"]["srcset"].split(" ")[0].endswith(_names(large, "thumb")[0])
    assert (picture["img"]["width"], picture["img"]["height"]) == ("192", "192")
    # The title in the same link names it: the thumbnail is not announced a second time.
    assert picture["img"]["alt"] == ""
    assert "Stretching after work" in link
    plain_link = box.split(f'href="{plain.get_absolute_url()}"', 1)[1].split("</a>", 1)[0]
    assert "<picture" not in plain_link and "A walk without pictures" in plain_link


class _ImageWork:
    """Count every way a request could open, measure, resize or look up a picture file."""

    def __init__(self, monkeypatch):
        import imagekit.cachefiles
        import PIL.Image
        from django.core.files import images

        import articles.pictures.renditions
        import articles.pictures.services

        self.calls = Counter()
        self._wrap(monkeypatch, PIL.Image, "open")
        self._wrap(monkeypatch, images, "get_image_dimensions")
        self._wrap(monkeypatch, articles.pictures.renditions, "renditions_make")
        self._wrap(monkeypatch, articles.pictures.services, "renditions_make")
        self._wrap(monkeypatch, imagekit.cachefiles.ImageCacheFile, "generate")
        for method in ("_open", "exists", "size"):
            self._wrap(monkeypatch, InMemoryStorage, method)

    def _wrap(self, monkeypatch, owner, name):
        original = getattr(owner, name)
        key = f"{getattr(owner, '__name__', owner)}.{name}"

        def counted(*args, **kwargs):
            self.calls[key] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, counted)


def _pictured_article(large, *, picture_sections=5):
    """Return an article with a lead picture, picture sections, a picture in its text and pictured siblings."""
    pictures = _copies(large, picture_sections + 6)
    article = ArticleFactory(lead_picture=large)
    for i in range(picture_sections):
        SectionFactory(article=article, order=2 * i, heading=f"Text {i}")
        SectionFactory(article=article, order=2 * i + 1, kind="picture", picture=pictures[i], heading="")
    SectionFactory(article=article, order=99, body=f"![In the text](picture:{pictures[picture_sections].pk})")
    for picture in pictures[picture_sections + 1 :]:
        ArticleFactory(author=article.author, lead_picture=picture)
    return article


@pytest.mark.parametrize("picture_sections", [1, 5])
def test_article_page_with_pictures_keeps_its_query_budget_and_opens_no_image(
    client, large, monkeypatch, django_assert_max_num_queries, without_panels, picture_sections
):
    article = _pictured_article(large, picture_sections=picture_sections)
    _warm_caches(client)
    work = _ImageWork(monkeypatch)
    with django_assert_max_num_queries(MAX_PAGE_QUERIES):
        response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    assert work.calls == Counter()
    html = response.content.decode()
    # The lead, every picture section, the picture in the text, five thumbnails under "More by", then the cards
    # of three related articles.
    above, related = html.split('id="related-title"')
    assert len(_pictures(above)) == 1 + picture_sections + 1 + 5
    assert len(_pictures(related)) == 3
    assert html.count('class="capsule capsule-picture"') == picture_sections


# --- cards on listing pages ---------------------------------------------------------------------------------


def _listing_urls(author):
    return [
        "/",
        "/topics/health/",
        "/search/?q=article",
        f"/users/{author.handle}/articles/",
        author.get_absolute_url(),
    ]


@pytest.mark.parametrize("page", range(5), ids=["home", "topic", "search", "author", "profile"])
def test_cards_show_the_card_rendition_of_their_lead_picture(client, large, page):
    author = AuthorFactory()
    health = TopicFactory(name="Health")
    pictured = ArticleFactory(author=author, topic=health, lead_picture=large)
    plain = ArticleFactory(author=author, topic=health, published_at=pictured.published_at.replace(year=2020))
    html = client.get(_listing_urls(author)[page]).content.decode()

    card = html.split(f'href="{pictured.get_absolute_url()}"', 1)[0].rsplit('<article class="card">', 1)[1]
    [picture] = _pictures(card)
    assert set(picture["sources"]) == {"image/avif", "image/webp"}
    assert _widths(picture["img"]["srcset"]) == [320, 480, 720]
    assert all(name in picture["img"]["srcset"] for name in _names(large, "card"))
    assert (picture["img"]["width"], picture["img"]["height"]) == ("720", "480")
    assert picture["img"]["alt"] == large.alt
    # The picture is the first thing in the card, above the topic and the title.
    assert card.index("<picture") < card.index('class="card-topic"')
    plain_card = html.split(f'href="{plain.get_absolute_url()}"', 1)[0].rsplit('<article class="card">', 1)[1]
    assert "<picture" not in plain_card and "card-picture" not in plain_card


@pytest.mark.parametrize("page", range(5), ids=["home", "topic", "search", "author", "profile"])
def test_listing_query_count_does_not_grow_with_pictured_cards(client, large, settings, page):
    settings.ARTICLES_PER_PAGE = 20
    author = AuthorFactory()
    health = TopicFactory(name="Health")
    ArticleFactory(author=author, topic=health, lead_picture=large)
    _warm_caches(client)
    url = _listing_urls(author)[page]
    with CaptureQueriesContext(connection) as one:
        client.get(url)

    for picture in _copies(large, 13):
        ArticleFactory(author=author, topic=health, lead_picture=picture)
    _warm_caches(client)
    with CaptureQueriesContext(connection) as many:
        html = client.get(url).content.decode()

    assert html.count('class="card-picture"') >= 14
    assert len(many) == len(one) <= MAX_PAGE_QUERIES


def test_the_first_card_of_a_listing_is_fetched_first_the_rest_lazily(client, large):
    for picture in _copies(large, 3):
        ArticleFactory(lead_picture=picture)
    html = client.get("/").content.decode()

    imgs = [p["img"] for p in _pictures(html.split('class="card-grid"', 1)[1])]
    assert imgs[0].get("fetchpriority") == "high"
    assert all(img.get("loading") == "lazy" for img in imgs[1:])


# --- link previews and structured data ----------------------------------------------------------------------


def test_link_previews_show_the_lead_picture_at_its_social_size(client, large):
    article = ArticleFactory(lead_picture=large)
    html = client.get(article.get_absolute_url()).content.decode()

    [social] = _names(large, "social")
    assert _meta(html, "og:image") == f"http://testserver/media/{social}"
    assert (_meta(html, "og:image:width"), _meta(html, "og:image:height")) == ("1200", "630")
    assert _meta(html, "og:image:type") == "image/jpeg"
    assert _meta(html, "og:image:alt") == "Fishing boats moored in a calm harbour"
    assert _meta(html, "twitter:card") == "summary_large_image"


def test_link_previews_keep_an_absolute_picture_address_from_the_storage(client, large, monkeypatch):
    # A storage that serves from a CDN (S3 with a custom domain) gives whole addresses: they are used as they are.
    monkeypatch.setattr(InMemoryStorage, "url", lambda self, name: f"https://cdn.example.net/{name}")
    article = ArticleFactory(lead_picture=large)
    html = client.get(article.get_absolute_url()).content.decode()

    assert _meta(html, "og:image") == f"https://cdn.example.net/{_names(large, 'social')[0]}"
    assert all(image["url"].startswith("https://cdn.example.net/") for image in _json_ld(html)["image"])


def test_an_article_without_a_picture_has_no_preview_image(client):
    html = client.get(ArticleFactory().get_absolute_url()).content.decode()

    assert _meta(html, "og:image") is None
    assert _meta(html, "twitter:card") == "summary"
    assert "image" not in _json_ld(html)


def test_json_ld_names_the_lead_picture_uncropped_and_at_its_social_size(client, large):
    article = ArticleFactory(lead_picture=large)
    data = _json_ld(client.get(article.get_absolute_url()).content.decode())

    widest = large.renditions["full"]["jpeg"][-1][2]
    assert data["image"] == [
        {"@type": "ImageObject", "url": f"http://testserver/media/{widest}", "width": 1200, "height": 800},
        {
            "@type": "ImageObject",
            "url": f"http://testserver/media/{_names(large, 'social')[0]}",
            "width": 1200,
            "height": 630,
        },
    ]


# --- sitemap ------------------------------------------------------------------------------------------------


def _sitemap_images(client):
    root = ET.fromstring(client.get("/sitemap-articles.xml").content)
    return {
        url.findtext("s:loc", namespaces=SITEMAP_NS): [
            image.findtext("image:loc", namespaces=SITEMAP_NS) for image in url.findall("image:image", SITEMAP_NS)
        ]
        for url in root.findall("s:url", SITEMAP_NS)
    }


def test_sitemap_lists_the_pictures_of_each_article(client, large):
    section_picture, text_picture = _copies(large, 2)
    article = ArticleFactory(lead_picture=large)
    SectionFactory(article=article, order=1, kind="picture", picture=section_picture)
    SectionFactory(article=article, order=2, body=f"See ![this](picture:{text_picture.pk}) and more.")
    shared_lead = ArticleFactory(lead_picture=section_picture)
    plain = ArticleFactory()

    images = _sitemap_images(client)

    widest = large.renditions["full"]["jpeg"][-1][2]
    # The three pictures share their files here, so the article lists that one address once.
    assert images[f"http://testserver{article.get_absolute_url()}"] == [f"http://testserver/media/{widest}"]
    assert images[f"http://testserver{shared_lead.get_absolute_url()}"] == [f"http://testserver/media/{widest}"]
    assert images[f"http://testserver{plain.get_absolute_url()}"] == []


def test_sitemap_lists_every_distinct_picture_in_reading_order(client):
    lead, in_section, in_text = (make_picture(title=t, size=(500, 400)) for t in ("Lead", "Section", "Text"))
    article = ArticleFactory(lead_picture=lead)
    SectionFactory(article=article, order=1, body=f"![here](picture:{in_text.pk})")
    SectionFactory(article=article, order=2, kind="picture", picture=in_section)

    images = _sitemap_images(client)[f"http://testserver{article.get_absolute_url()}"]

    expected = [p.renditions["full"]["jpeg"][-1][2] for p in (lead, in_text, in_section)]
    assert images == [f"http://testserver/media/{name}" for name in expected]


def test_sitemap_query_count_does_not_grow_with_pictured_articles(client, large):
    def pictured_article(picture, in_text):
        article = ArticleFactory(lead_picture=picture)
        SectionFactory(article=article, kind="picture", picture=picture)
        SectionFactory(article=article, body=f"![x](picture:{in_text.pk})")

    pictured_article(large, large)
    client.get("/sitemap-articles.xml")  # warms the site-wide caches
    with CaptureQueriesContext(connection) as one:
        assert client.get("/sitemap-articles.xml").status_code == 200

    for picture in _copies(large, 15):
        pictured_article(picture, picture)
    with CaptureQueriesContext(connection) as many:
        assert len(_sitemap_images(client)) >= 16

    assert len(many) == len(one)


# --- RSS ----------------------------------------------------------------------------------------------------


def test_feed_items_carry_their_lead_picture(client, large):
    pictured = ArticleFactory(title="With a picture", lead_picture=large)
    ArticleFactory(title="Without a picture", published_at=pictured.published_at.replace(year=2020))
    response = client.get("/feed/")
    items = {item.findtext("title"): item for item in ET.fromstring(response.content).find("channel").findall("item")}

    url = f"http://testserver/media/{_names(large, 'social')[0]}"
    enclosure = items["With a picture"].find("enclosure")
    assert enclosure.attrib == {"url": url, "length": "0", "type": "image/jpeg"}
    media = items["With a picture"].find(f"{MEDIA_NS}content")
    assert media.attrib == {"url": url, "type": "image/jpeg", "medium": "image", "width": "1200", "height": "630"}
    assert media.findtext(f"{MEDIA_NS}description") == large.alt
    assert items["Without a picture"].find("enclosure") is None
    assert items["Without a picture"].find(f"{MEDIA_NS}content") is None


def test_feed_with_pictures_keeps_its_query_budget_and_opens_no_image(
    client, large, monkeypatch, django_assert_max_num_queries
):
    for picture in _copies(large, 25):
        ArticleFactory(lead_picture=picture)
    client.get("/feed/")  # warms the site-wide caches (consent policy, Sites)
    work = _ImageWork(monkeypatch)
    with django_assert_max_num_queries(MAX_FEED_QUERIES):
        response = client.get("/feed/")

    assert work.calls == Counter()
    assert response.content.count(b"<enclosure ") == 20


# --- the files themselves -----------------------------------------------------------------------------------


def test_renditions_are_served_with_year_long_caching_and_without_camera_data(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from articles.pictures.processing import clean_upload
    from articles.pictures.services import picture_create, picture_renditions_build

    upload = picture_bytes((1000, 700), exif=exif_with_gps())
    assert Image.open(BytesIO(upload)).getexif().get_ifd(0x8825)  # the upload does carry a GPS position
    clean = clean_upload(SimpleUploadedFile("phone.jpg", upload, content_type="image/jpeg"))
    picture = picture_create(owner=AuthorFactory(), clean=clean, title="From a phone", alt_text="A street")
    picture_renditions_build(picture_id=picture.pk)
    picture.refresh_from_db()

    names = [picture.file.name, _names(picture, "social")[0]]
    names += [picture.renditions[kind][fmt][0][2] for kind in ("full", "card", "thumb") for fmt in ("avif", "webp")]
    for name in names:
        response = client.get(default_storage.url(name))
        assert response.status_code == 200, name
        assert response["Cache-Control"] == "public, max-age=31536000, immutable"
        image = Image.open(BytesIO(b"".join(response.streaming_content)))
        assert response["Content-Type"] == Image.MIME[image.format]
        exif = image.getexif()
        assert not exif.get_ifd(0x8825) and 0x010F not in exif, name
        assert "exif" not in image.info and "xmp" not in image.info, name


# --- the template tags --------------------------------------------------------------------------------------


def test_picture_tags_render_nothing_without_a_picture():
    rendered = Template('{% load pictures %}[{% picture None "card" %}][{% figure None lead=True %}]').render(Context())
    assert rendered == "[][]"


def test_picture_tag_passes_kind_class_alt_and_priority_through(large):
    template = Template('{% load pictures %}{% picture p "card" css_class="card-img" alt="" lead=True %}')
    [picture] = _pictures(template.render(Context({"p": large})))
    assert picture["img"]["class"] == "card-img"
    assert picture["img"]["alt"] == ""
    assert picture["img"]["fetchpriority"] == "high"
    assert _widths(picture["img"]["srcset"]) == [320, 480, 720]
