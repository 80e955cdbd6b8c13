import factory
from django.utils import timezone
from django.utils.text import slugify

from accounts.tests.factories import AuthorFactory


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "articles.Topic"
        django_get_or_create = ("slug",)

    name = "Health"
    slug = factory.LazyAttribute(lambda t: slugify(t.name))


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "articles.Article"

    title = factory.Sequence(lambda n: f"Article number {n}")
    slug = factory.LazyAttribute(lambda a: slugify(a.title))
    topic = factory.SubFactory(TopicFactory)
    author = factory.SubFactory(AuthorFactory)
    summary = "A short summary."
    status = "published"
    published_at = factory.LazyFunction(lambda: timezone.now() - timezone.timedelta(days=1))
    updated_on = factory.LazyAttribute(lambda a: a.published_at)


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "articles.Section"

    article = factory.SubFactory(ArticleFactory)
    order = factory.Sequence(lambda n: n)
    heading = factory.Sequence(lambda n: f"Heading {n}")
    body = "Some *text* with a list:\n\n- one\n- two\n"


def picture_bytes(size=(900, 600), fmt="JPEG", exif=None, colour=(70, 130, 160)):
    """Return the bytes of a simple two-colour picture (a stripe shows that crops and orientation are right)."""
    from io import BytesIO

    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).rectangle([0, 0, size[0] // 3, size[1]], fill=(230, 200, 120))
    out = BytesIO()
    image.save(out, format=fmt, **({"exif": exif} if exif is not None else {}))
    return out.getvalue()


def make_picture(owner=None, *, size=(900, 600), title="A calm harbour", alt_text="Boats in a calm harbour", **kw):
    """Create a library picture through the upload service (renditions made on commit, or at once with build=True)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from accounts.tests.factories import AuthorFactory
    from articles.pictures.processing import clean_upload
    from articles.pictures.services import picture_create, picture_renditions_build

    build = kw.pop("build", True)
    owner = owner or AuthorFactory()
    clean = clean_upload(SimpleUploadedFile("photo.jpg", picture_bytes(size), content_type="image/jpeg"))
    picture = picture_create(owner=owner, clean=clean, title=title, alt_text=alt_text, **kw)
    if build:
        picture_renditions_build(picture_id=picture.pk)
        picture.refresh_from_db()
    return picture
