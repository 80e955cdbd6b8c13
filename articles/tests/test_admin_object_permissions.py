"""An author cannot reach another author's article through any admin URL, by GET or by POST."""

import pytest
from django.urls import reverse
from reversion.models import Revision, Version

from accounts.tests.factories import AuthorFactory
from articles.models import Article
from articles.tests.admin_helpers import add_revisions
from articles.tests.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def intruder_client(client):
    # A full author (add, change, delete, revert): what stops them must be ownership, not a missing permission.
    client.force_login(AuthorFactory(username="intruder"))
    return client


@pytest.fixture
def victim_article():
    article = ArticleFactory(author=AuthorFactory(username="victim"), title="Not yours")
    SectionFactory(article=article, order=1, heading="Causes", body="Original words.")
    add_revisions(article, 2)
    return Article.objects.get(pk=article.pk)


def revisions(article):
    return Revision.objects.filter(version__in=Version.objects.get_for_object(article)).distinct().order_by("pk")


def attempts(article):
    """Yield (method, url, data) for every admin address that reads or changes one article."""
    first, second = revisions(article)
    pk = article.pk
    yield "get", reverse("admin:articles_article_change", args=[pk]), None
    yield "post", reverse("admin:articles_article_change", args=[pk]), {"title": "Hijacked", "_save": "Save"}
    yield "get", reverse("admin:articles_article_history", args=[pk]), None
    yield "get", reverse("admin:articles_article_compare", args=[pk]), {"old": first.pk, "new": second.pk}
    yield "get", reverse("admin:articles_article_revert", args=[pk, first.pk]), None
    yield "post", reverse("admin:articles_article_revert", args=[pk, first.pk]), {"note": "mine now"}
    yield "get", reverse("admin:articles_article_delete", args=[pk]), None
    yield "post", reverse("admin:articles_article_delete", args=[pk]), {"post": "yes"}
    changelist = reverse("admin:articles_article_changelist")
    for action in ("delete_selected", "publish", "unpublish"):
        yield "post", changelist, {"action": action, "_selected_action": [pk], "post": "yes"}


def test_every_admin_url_of_another_authors_article_is_closed_and_changes_nothing(intruder_client, victim_article):
    before = Article.objects.values().get(pk=victim_article.pk)
    revision_count = revisions(victim_article).count()
    opened = {}
    for method, url, data in attempts(victim_article):
        response = getattr(intruder_client, method)(url, data or {})
        page = response.content.decode()
        # Refused outright (403/404), or, for a changelist action, the list again without the article on it.
        if response.status_code not in (403, 404) and "Not yours" in page:
            opened[f"{method.upper()} {url} {data}"] = response.status_code
    assert opened == {}
    assert Article.objects.values().get(pk=victim_article.pk) == before
    assert revisions(victim_article).count() == revision_count
    assert victim_article.sections.get().body.startswith("Original words.")


def test_the_same_urls_work_for_the_owner(client, victim_article):
    """Control: the addresses above are real; the owner reaches each read-only one."""
    client.force_login(victim_article.author)
    for method, url, data in attempts(victim_article):
        if method == "get":
            assert client.get(url, data or {}).status_code == 200, url
