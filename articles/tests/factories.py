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
