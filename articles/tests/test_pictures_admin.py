"""The picture library in the admin: uploads (single and bulk) and their refusals, who sees what, replacing and
deleting a picture, and the chooser in the article form."""

import struct
import zlib
from io import BytesIO

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image

from accounts.tests.factories import AuthorFactory
from accounts.tests.images import exif_with_gps
from articles.models import Article, Picture, Section
from articles.tests.admin_helpers import editor, form_data, section_key
from articles.tests.factories import ArticleFactory, SectionFactory, TopicFactory, make_picture, picture_bytes

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:articles_picture_add")
LIST_URL = reverse("admin:articles_picture_changelist")
UPLOAD_URL = reverse("admin:articles_picture_upload")


def change_url(picture):
    return reverse("admin:articles_picture_change", args=[picture.pk])


def article_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def jpeg(name="harbour.jpg", size=(800, 600), exif=None):
    return SimpleUploadedFile(name, picture_bytes(size, "JPEG", exif=exif), content_type="image/jpeg")


def giant_png(width=20000, height=20000):
    """Return a 1-bit PNG of width x height pixels: a few kilobytes, built without holding the bitmap."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    packer = zlib.compressobj(9)
    row = bytes(1 + (width + 7) // 8)  # filter byte, then the row's bits
    pixels = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def stored_names(folder=""):
    """Return every file name in the (in-memory) test storage."""
    try:
        folders, files = default_storage.listdir(folder)
    except FileNotFoundError:
        return set()
    names = {f"{folder}/{name}".lstrip("/") for name in files}
    for sub in folders:
        names |= stored_names(f"{folder}/{sub}".lstrip("/"))
    return names


def picture_data(**changes):
    data = {
        "title": "Harbour at dawn",
        "alt_text": "Fishing boats in a calm harbour",
        "caption": "",
        "credit": "",
        "focal_x": "",
        "focal_y": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def author():
    return AuthorFactory(username="author")


@pytest.fixture
def author_client(client, author):
    client.force_login(author)
    return client


# uploading one picture


def test_upload_through_the_add_form_serves_a_picture_without_camera_data_or_gps(author_client, author):
    before = stored_names()

    response = author_client.post(ADD_URL, picture_data(file=jpeg(exif=exif_with_gps())))

    assert response.status_code == 302, response.context["adminform"].form.errors
    picture = Picture.objects.get()
    assert stored_names() - before == {picture.file.name}  # the clean master only, never the upload as sent
    assert picture.owner == author and picture.title == "Harbour at dawn"
    served = b"".join(author_client.get(picture.file.url).streaming_content)
    assert not Image.open(BytesIO(served)).getexif()
    assert b"GPS" not in served and b"Exif" not in served
    assert (picture.width, picture.height) == (800, 600)


def test_an_empty_title_is_taken_from_the_file_name(author_client):
    response = author_client.post(ADD_URL, picture_data(title="", file=jpeg("harbour_at-dawn.jpg")))

    assert response.status_code == 302
    assert Picture.objects.get().title == "Harbour at dawn"


REFUSALS = [
    (
        "svg",
        lambda: SimpleUploadedFile(
            "logo.svg",
            b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            content_type="image/svg+xml",
        ),
        "SVG and HTML files are not accepted",
    ),
    (
        "html renamed",
        lambda: SimpleUploadedFile(
            "photo.jpg", b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>", "image/jpeg"
        ),
        "SVG and HTML files are not accepted",
    ),
    (
        "giant",
        lambda: SimpleUploadedFile("huge.png", giant_png(), content_type="image/png"),
        "megapixels. Scale it down and upload it again.",
    ),
    ("too big", lambda: jpeg(size=(400, 300)), "the limit is 1.0\xa0KB. Save it smaller and upload it again."),
]


@pytest.mark.parametrize(("upload", "message"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_a_refused_upload_says_why_and_stores_no_row_and_no_file(author_client, settings, upload, message):
    settings.PICTURES_MAX_UPLOAD_BYTES = 1024 if "KB" in message else 20 * 1024 * 1024
    before = stored_names()

    response = author_client.post(ADD_URL, picture_data(file=upload(), caption="Typed before the refusal"))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["adminform"].form.errors["file"]
    assert 'value="Typed before the refusal"' in response.content.decode()  # nothing typed is lost
    assert not Picture.objects.exists()
    assert stored_names() == before


def test_alt_text_is_required_unless_the_picture_is_decorative(author_client):
    response = author_client.post(ADD_URL, picture_data(alt_text="", file=jpeg()))

    assert response.status_code == 200
    assert "or tick “decorative only”" in response.content.decode()
    assert not Picture.objects.exists()

    response = author_client.post(ADD_URL, picture_data(alt_text="", decorative="on", file=jpeg()))

    assert response.status_code == 302
    assert Picture.objects.get().decorative


# who sees what


def test_an_author_lists_their_own_and_shared_pictures_and_cannot_open_a_private_one(author_client, author):
    make_picture(author, title="My harbour", build=False)
    shared = make_picture(AuthorFactory(), title="Shared forest", shared=True, build=False)
    private = make_picture(AuthorFactory(), title="Private garden", build=False)

    listing = author_client.get(LIST_URL).content.decode()

    assert "My harbour" in listing and "Shared forest" in listing
    assert "Private garden" not in listing
    assert author_client.get(change_url(private)).status_code == 404
    assert author_client.get(reverse("admin:articles_picture_delete", args=[private.pk])).status_code == 404
    # A shared picture of someone else can be looked at, not changed or deleted.
    assert author_client.get(change_url(shared)).status_code == 200
    assert author_client.post(change_url(shared), picture_data(title="Mine now")).status_code == 403
    assert (
        author_client.post(reverse("admin:articles_picture_delete", args=[shared.pk]), {"post": "yes"}).status_code
        == 403
    )
    shared.refresh_from_db()
    assert shared.title == "Shared forest"


def test_an_editor_sees_every_picture_and_filters_by_owner(author_client, author):
    make_picture(author, title="Private garden", build=False)
    make_picture(AuthorFactory(), title="Private forest", build=False)
    editor_client = Client()
    editor_client.force_login(editor())

    listing = editor_client.get(LIST_URL).content.decode()

    assert "Private garden" in listing and "Private forest" in listing
    assert "owner__id__exact=" in listing
    assert "owner__id__exact=" not in author_client.get(LIST_URL).content.decode()


def test_the_list_shows_thumbnails_first_with_alt_text_and_counts_uses(
    author_client, author, django_assert_max_num_queries
):
    used = make_picture(author, title="Used harbour", alt_text="Boats at rest")
    for number in range(30):
        make_picture(author, title=f"Spare {number}", build=False)
    article = ArticleFactory(author=author, lead_picture=used)
    SectionFactory(article=article, body=f"Look: ![boats](picture:{used.pk})")

    with django_assert_max_num_queries(15):
        response = author_client.get(LIST_URL)

    page = response.content.decode()
    first_cell = page.split("<tbody>")[1].split("</th>")[0]
    assert "<th" in first_cell and 'class="picture-thumb"' in first_cell  # the thumbnail is the first, linked column
    assert 'alt="Boats at rest"' in page
    assert "1 article" in page and "not used" in page
    assert author_client.get(LIST_URL, {"use": "used"}).context["cl"].result_count == 1
    assert author_client.get(LIST_URL, {"use": "unused"}).context["cl"].result_count == 30


def test_the_chooser_popup_picks_a_picture_by_its_thumbnail(author_client, author):
    picture = make_picture(author, title="Harbour")

    page = author_client.get(LIST_URL, {"_popup": "1", "_to_field": "id"}).content.decode()

    assert f'data-popup-opener="{picture.pk}"><img class="picture-thumb"' in page


# bulk upload


def bulk_data(rows, total=5):
    data = {"pictures-TOTAL_FORMS": str(total), "pictures-INITIAL_FORMS": "0", "pictures-MAX_NUM_FORMS": "50"}
    for index, row in enumerate(rows):
        data.update({f"pictures-{index}-{key}": value for key, value in row.items()})
    return data


def test_the_upload_page_has_five_empty_rows_without_javascript(author_client):
    response = author_client.get(UPLOAD_URL)

    assert response.status_code == 200
    assert len(response.context["formset"].forms) == 5
    page = response.content.decode()
    assert "js/picture-upload.js" in page and "<script>" not in page


def test_bulk_upload_of_three_files_adds_three_pictures(author_client, author):
    rows = [{"file": jpeg(f"photo-{n}.jpg"), "title": f"Photo {n}", "alt_text": f"Scene number {n}"} for n in range(3)]

    response = author_client.post(UPLOAD_URL, bulk_data(rows), follow=True)

    assert response.redirect_chain[-1][0] == LIST_URL
    assert "3 pictures added." in response.content.decode()
    assert sorted(Picture.objects.values_list("title", flat=True)) == ["Photo 0", "Photo 1", "Photo 2"]
    assert set(Picture.objects.values_list("owner", flat=True)) == {author.pk}


def test_bulk_upload_with_one_bad_file_stores_nothing_and_keeps_what_was_typed(author_client):
    rows = [
        {"file": jpeg("one.jpg"), "title": "First typed title", "alt_text": "A red boat"},
        {"file": SimpleUploadedFile("two.svg", b"<svg><script>alert(1)</script></svg>"), "title": "Second title"},
        {"file": jpeg("three.jpg"), "title": "Third typed title", "alt_text": "A blue boat"},
    ]
    before = stored_names()

    response = author_client.post(UPLOAD_URL, bulk_data(rows))

    assert response.status_code == 200
    page = response.content.decode()
    assert "Nothing was stored" in page and "choose the files again" in page
    assert "SVG and HTML files are not accepted" in page
    assert 'value="First typed title"' in page and 'value="Third typed title"' in page
    assert not Picture.objects.exists()
    assert stored_names() == before


def test_bulk_upload_requires_alt_text_per_row_and_at_least_one_file(author_client):
    response = author_client.post(UPLOAD_URL, bulk_data([{"file": jpeg(), "title": "No alt"}]))
    assert "or tick “decorative only”" in response.content.decode()

    response = author_client.post(UPLOAD_URL, bulk_data([]))
    assert "Choose at least one picture file to upload." in response.content.decode()
    assert not Picture.objects.exists()


# replacing and deleting


def test_replacing_the_file_keeps_the_picture_and_the_article_shows_the_new_one(
    author_client, author, django_capture_on_commit_callbacks
):
    picture = make_picture(author, title="Harbour", size=(900, 600))
    article = ArticleFactory(author=author, lead_picture=picture)
    old_name = picture.file.name
    data = picture_data(title="Harbour", alt_text=picture.alt_text, file=jpeg(size=(640, 480)))

    with django_capture_on_commit_callbacks(execute=True):
        response = author_client.post(change_url(picture), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Picture.objects.count() == 1
    picture.refresh_from_db()
    assert picture.file.name != old_name and (picture.width, picture.height) == (640, 480)
    assert picture.renditions  # made again from the new file
    page = author_client.get(article.get_absolute_url()).content.decode()
    new_names = {
        entry[2] for formats in picture.renditions.values() for entries in formats.values() for entry in entries
    }
    assert any(name in page for name in new_names)
    assert Article.objects.get(pk=article.pk).lead_picture_id == picture.pk


def test_changing_the_focal_point_makes_new_crops(author_client, author, django_capture_on_commit_callbacks):
    picture = make_picture(author, size=(900, 600))
    old_cards = picture.renditions["card"]["jpeg"]

    with django_capture_on_commit_callbacks(execute=True):
        response = author_client.post(
            change_url(picture),
            picture_data(title=picture.title, alt_text=picture.alt_text, focal_x="0.1", focal_y="0.9"),
        )

    assert response.status_code == 302
    picture.refresh_from_db()
    assert (picture.focal_x, picture.focal_y) == (0.1, 0.9)
    assert picture.renditions["card"]["jpeg"] != old_cards


def test_the_change_form_shows_the_preview_and_where_the_picture_is_used(author_client, author):
    picture = make_picture(author, title="Harbour")
    lead = ArticleFactory(author=author, title="Harbour walks", lead_picture=picture)
    text = ArticleFactory(author=author, title="Boat notes")
    SectionFactory(article=text, body=f"![]( picture:{picture.pk} )")
    other_draft = ArticleFactory(title="Secret draft", status="draft", published_at=None)
    SectionFactory(article=other_draft, kind="picture", picture=picture, body="")

    page = author_client.get(change_url(picture)).content.decode()

    assert 'class="picture-focal-image"' in page and "js/picture-focal.js" in page
    assert "Where it is used" in page
    assert f'href="{article_url(lead)}">Harbour walks</a>: lead picture' in page
    assert "Boat notes</a>: in the text" in page
    assert "A draft by another author: picture section" in page and "Secret draft" not in page


def test_deleting_a_used_picture_is_refused_with_the_articles_named(author_client, author):
    picture = make_picture(author, title="Harbour")
    ArticleFactory(author=author, title="Harbour walks", lead_picture=picture)
    delete_url = reverse("admin:articles_picture_delete", args=[picture.pk])

    response = author_client.post(delete_url, {"post": "yes"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "cannot be deleted" in page and "Harbour walks" in page
    assert Picture.objects.filter(pk=picture.pk).exists()

    response = author_client.post(
        LIST_URL, {"action": "delete_selected", "_selected_action": [picture.pk], "post": "yes"}
    )
    assert "Nothing was deleted" in response.content.decode() and "Harbour walks" in response.content.decode()
    assert Picture.objects.filter(pk=picture.pk).exists()


def test_deleting_a_picture_used_only_in_a_text_warns_then_deletes(author_client, author):
    picture = make_picture(author, title="Harbour")
    article = ArticleFactory(author=author, title="Boat notes")
    section = SectionFactory(article=article, body=f"Look ![boats at rest](picture:{picture.pk})")
    assert "<picture>" in Section.objects.get(pk=section.pk).body_html
    delete_url = reverse("admin:articles_picture_delete", args=[picture.pk])

    page = author_client.get(delete_url).content.decode()
    assert "Still used in the text" in page and "Boat notes" in page

    assert author_client.post(delete_url, {"post": "yes"}).status_code == 302
    assert not Picture.objects.filter(pk=picture.pk).exists()
    body_html = Section.objects.get(pk=section.pk).body_html
    assert "<picture>" not in body_html and "boats at rest" in body_html


# the chooser in the article form


def test_the_preview_endpoint_answers_only_for_pictures_the_user_may_choose(author_client, author):
    mine = make_picture(author, title="Mine")
    shared = make_picture(AuthorFactory(), title="Shared", shared=True, build=False)
    private = make_picture(AuthorFactory(), title="Private", build=False)

    def preview(picture):
        return author_client.get(reverse("admin:articles_picture_preview", args=[picture.pk]))

    assert preview(mine).json()["title"] == "Mine"
    assert preview(mine).json()["thumbnail"].endswith(".jpg")
    assert preview(shared).status_code == 200
    assert preview(private).status_code == 404
    author_client.logout()
    assert preview(mine).status_code == 302  # to the admin login


def new_article_data(topic, **extra):
    data = {
        "title": "Harbour walks",
        "slug": "harbour-walks",
        "topic": topic.pk,
        "summary": "",
        "lead_picture": "",
        "status": "draft",
        "change_note": "First draft",
        "sections-TOTAL_FORMS": "1",
        "sections-INITIAL_FORMS": "0",
        "sections-MIN_NUM_FORMS": "0",
        "sections-MAX_NUM_FORMS": "1000",
        section_key(0, "order"): "1",
        section_key(0, "kind"): "text",
        section_key(0, "picture"): "",
        section_key(0, "heading"): "",
        section_key(0, "body"): "",
        section_key(0, "video_url"): "",
    }
    data.update(extra)
    return data


def test_the_article_form_shows_the_chooser_with_thumbnail_title_and_buttons(author_client, author):
    picture = make_picture(author, title="Harbour")
    article = ArticleFactory(author=author, lead_picture=picture)

    page = author_client.get(article_url(article)).content.decode()

    assert 'class="picture-chooser"' in page and "Choose picture" in page and "Clear" in page
    assert 'class="picture-chooser-title">Harbour</span>' in page
    assert "js/picture-chooser.js" in page and reverse("admin:articles_picture_upload") in page
    assert "![alternative text](picture:ID)" in page


def test_the_article_form_saves_a_lead_picture_and_a_picture_section(author_client, author):
    lead = make_picture(author, title="Lead")
    shared = make_picture(AuthorFactory(), title="Shared", shared=True)
    topic = TopicFactory()
    data = new_article_data(
        topic,
        lead_picture=str(lead.pk),
        **{section_key(0, "kind"): "picture", section_key(0, "picture"): str(shared.pk)},
    )

    response = author_client.post(reverse("admin:articles_article_add"), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="harbour-walks")
    assert article.lead_picture == lead
    assert article.sections.get().picture == shared


def test_a_picture_section_needs_a_picture(author_client):
    data = new_article_data(TopicFactory(), **{section_key(0, "kind"): "picture"})

    response = author_client.post(reverse("admin:articles_article_add"), data)

    assert response.status_code == 200
    assert "Choose a picture for this picture section." in response.content.decode()


def test_an_author_cannot_choose_or_reference_another_authors_private_picture(author_client):
    private = make_picture(AuthorFactory(), title="Private", build=False)
    topic = TopicFactory()

    response = author_client.post(
        reverse("admin:articles_article_add"), new_article_data(topic, lead_picture=str(private.pk))
    )
    assert response.status_code == 200 and response.context["adminform"].form.errors["lead_picture"]

    body = f"Look: ![a garden](picture:{private.pk})"
    response = author_client.post(
        reverse("admin:articles_article_add"), new_article_data(topic, **{section_key(0, "body"): body})
    )
    assert response.status_code == 200
    assert f"Picture {private.pk} does not exist or is not in your library." in response.content.decode()
    assert not Article.objects.exists()


def test_an_author_can_save_an_article_keeping_a_private_picture_an_editor_chose(author_client, author):
    private = make_picture(AuthorFactory(), title="Editor's pick")
    article = ArticleFactory(author=author, lead_picture=private)
    SectionFactory(article=article, order=1, body=f"![]( picture:{private.pk})", kind="picture", picture=private)
    data = form_data(author_client.get(article_url(article)))
    data["title"] = "Retitled"

    response = author_client.post(article_url(article), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.title == "Retitled" and article.lead_picture == private


def test_the_article_form_shows_many_picture_sections_in_a_fixed_number_of_queries(
    author_client, author, django_assert_max_num_queries
):
    article = ArticleFactory(author=author, lead_picture=make_picture(author, build=False))
    for order in range(1, 16):
        picture = make_picture(author, title=f"View {order}", build=False)
        SectionFactory(article=article, order=order, kind="picture", picture=picture, body="")

    with django_assert_max_num_queries(20):
        page = author_client.get(article_url(article)).content.decode()

    assert page.count('class="picture-chooser-title">View ') == 15
