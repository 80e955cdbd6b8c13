"""Pictures are part of an article's edit history: a change is a revision, compare shows it, revert undoes it."""

import pytest
from django.urls import reverse
from reversion.models import Revision, Version

from accounts.tests.factories import AuthorFactory
from articles.models import Article
from articles.tests.admin_helpers import ensure_groups, form_data, section_key
from articles.tests.factories import ArticleFactory, SectionFactory, make_picture

pytestmark = pytest.mark.django_db


@pytest.fixture
def author():
    ensure_groups()
    return AuthorFactory()


@pytest.fixture
def author_client(client, author):
    client.force_login(author)
    return client


def _save(client, article, **changes):
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = form_data(client.get(url))
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    return response


def _revisions(article):
    return Revision.objects.filter(version__in=Version.objects.get_for_object(article)).distinct().order_by("pk")


def test_changing_the_lead_picture_is_a_revision_that_compare_shows_and_revert_undoes(author_client, author):
    harbour = make_picture(author, title="Harbour at dawn", size=(600, 400))
    forest = make_picture(author, title="Forest path", size=(600, 400))
    article = ArticleFactory(author=author, lead_picture=harbour)
    SectionFactory(article=article, order=1, heading="Start")
    _save(author_client, article, title=article.title + " (edited)")  # a first revision with the harbour
    first = _revisions(article).last()

    _save(author_client, article, lead_picture=str(forest.pk))

    article.refresh_from_db()
    assert article.lead_picture == forest
    second = _revisions(article).last()
    assert second.pk != first.pk
    page = author_client.get(
        reverse("admin:articles_article_compare", args=[article.pk]), {"old": first.pk, "new": second.pk}
    ).content.decode()
    assert "Lead picture" in page
    assert "Harbour at dawn" in page and "Forest path" in page
    # Both thumbnails, as pictures: the old one and the new one.
    assert page.count('class="diff-thumb"') == 2
    for picture in (harbour, forest):
        thumb_name = picture.renditions["thumb"]["jpeg"][0][2]
        assert thumb_name in page

    response = author_client.post(reverse("admin:articles_article_revert", args=[article.pk, first.pk]), {"note": ""})

    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).lead_picture == harbour


def test_a_picture_section_change_is_a_revision_and_revert_brings_the_old_picture_back(author_client, author):
    harbour = make_picture(author, title="Harbour at dawn", size=(600, 400))
    forest = make_picture(author, title="Forest path", size=(600, 400))
    article = ArticleFactory(author=author)
    section = SectionFactory(article=article, order=1, heading="", body="", kind="picture", picture=harbour)
    _save(author_client, article, title="Walks by the sea")
    first = _revisions(article).last()

    _save(author_client, article, **{section_key(0, "picture"): str(forest.pk)})

    section.refresh_from_db()
    assert section.picture == forest
    second = _revisions(article).last()
    page = author_client.get(
        reverse("admin:articles_article_compare", args=[article.pk]), {"old": first.pk, "new": second.pk}
    ).content.decode()
    assert "(picture)" in page and "Harbour at dawn" in page and "Forest path" in page

    author_client.post(reverse("admin:articles_article_revert", args=[article.pk, first.pk]), {"note": ""})

    section.refresh_from_db()
    assert section.picture == harbour
