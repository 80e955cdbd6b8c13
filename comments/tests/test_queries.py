"""Query budgets: the article page with its comment section costs the same for 0, 100 and 1,000 comments."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.tests.factories import ArticleFactory, SectionFactory
from comments.models import Comment
from comments.tests.factories import VerifiedUserFactory, bulk_threads

# The article page may use 6 queries of its own beyond the comment section, which may use 4.
PAGE_BUDGET = 6
SECTION_BUDGET = 4

pytestmark = pytest.mark.django_db


@pytest.fixture
def commenters(django_user_model):
    users = django_user_model.objects.bulk_create(
        [
            django_user_model(
                username=f"c{i}", email=f"c{i}@example.org", handle=f"c{i}", display_name=f"Commenter {i}"
            )
            for i in range(300)
        ]
    )
    return users


def _viewer(kind, client):
    if kind == "anonymous":
        return None
    user = VerifiedUserFactory(username=f"viewer-{kind}")
    if kind == "staff":
        user.is_staff = True
        user.save()
        user.user_permissions.add(*Permission.objects.filter(content_type__app_label="comments"))
    client.force_login(user)
    return user


def _section_queries(queries):
    return [q["sql"] for q in queries if "comments_comment" in q["sql"] or "account_emailaddress" in q["sql"]]


@pytest.mark.parametrize("viewer", ["anonymous", "signed-in", "staff"])
@pytest.mark.parametrize("total", [0, 100, 1000])
def test_article_page_queries_do_not_grow_with_comments(client, commenters, viewer, total):
    article = ArticleFactory()
    SectionFactory(article=article)
    if total:
        roots = total // 10
        made = bulk_threads(article, commenters, roots=roots, replies_per_root=9)
        assert made == total
    _viewer(viewer, client)
    client.get(article.get_absolute_url())  # warm the navigation cache as any later visitor finds it

    with CaptureQueriesContext(connection) as ctx:
        response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    section = _section_queries(ctx.captured_queries)
    assert len(section) <= SECTION_BUDGET, section
    # The page's own share is 5 for readers, 7 for signed-in viewers today (articles' visible_to() loads the
    # viewer's permissions); the whole page stays within the combined budget either way.
    assert len(ctx.captured_queries) <= PAGE_BUDGET + SECTION_BUDGET, [q["sql"] for q in ctx.captured_queries]
    shown = response.content.decode().count('class="comment-box"')
    # 50 threads of 10 comments are on the first page.
    assert shown == min(total, 500)


@pytest.mark.parametrize("viewer", ["anonymous", "signed-in", "staff"])
def test_whole_page_stays_within_budget_with_many_commenters(client, commenters, viewer, django_assert_max_num_queries):
    article = ArticleFactory()
    bulk_threads(article, commenters, roots=100, replies_per_root=9)
    _viewer(viewer, client)
    client.get(article.get_absolute_url())
    with django_assert_max_num_queries(PAGE_BUDGET + SECTION_BUDGET):
        response = client.get(article.get_absolute_url() + "?comments=2")
    assert response.content.decode().count('class="comment-box"') == 500
    assert Comment.objects.count() == 1000
