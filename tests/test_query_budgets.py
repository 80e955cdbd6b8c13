"""Query budgets of every public page, measured with data large enough to expose an N+1.

Each page is measured twice, with little data and with a lot, for each kind of viewer: the count must stay within the
page's budget and must not grow with the data. The page cache is off (as in every test but its own), so these are the
costs of rendering a page, not of serving it from the cache. The site's shared caches (navigation topics, consent
policy) are warm, as a running site has them.
"""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.consent.policy import current_policy
from articles.tests.factories import ArticleFactory, SectionFactory, TopicFactory
from comments.tests.factories import VerifiedUserFactory, bulk_threads

pytestmark = pytest.mark.django_db

ARTICLE_BUDGET = 10  # with 1,000 comments, any viewer
LISTING_BUDGET = 6  # home and topic pages
OTHER_BUDGET = 8  # search, profile, feeds, sitemap
VIEWERS = ["anonymous", "signed-in", "staff"]


@pytest.fixture
def people(django_user_model):
    return django_user_model.objects.bulk_create(
        [
            django_user_model(username=f"p{i}", email=f"p{i}@example.org", handle=f"p{i}", display_name=f"Person {i}")
            for i in range(300)
        ]
    )


def as_viewer(client, kind):
    if kind == "anonymous":
        return
    user = VerifiedUserFactory(username=f"viewer-{kind}")
    if kind == "staff":
        user.is_staff = True
        user.save()
        user.user_permissions.add(*Permission.objects.filter(content_type__app_label__in=["comments", "articles"]))
    client.force_login(user)


def count_queries(client, url, status=200):
    client.get(url)  # warm the shared caches as a running site has them
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == status, url
    return len(ctx.captured_queries), ctx.captured_queries


def articles_by_many_authors(topic, count, people):
    from accounts.tests.factories import AuthorFactory

    authors = [AuthorFactory(username=f"author-{topic.slug}-{i}") for i in range(min(count, 12))]
    articles = []
    for i in range(count):
        article = ArticleFactory(topic=topic, author=authors[i % len(authors)])
        SectionFactory(article=article)
        if i < 3:
            bulk_threads(article, people, roots=5, replies_per_root=3)
        articles.append(article)
    return articles


def assert_budget(small, large, budget, label):
    (n_small, _), (n_large, queries) = small, large
    detail = "\n".join(q["sql"][:160] for q in queries)
    assert n_large <= budget, f"{label}: {n_large} queries > {budget}\n{detail}"
    assert n_large == n_small, f"{label}: {n_small} queries with little data, {n_large} with a lot\n{detail}"


@pytest.fixture(autouse=True)
def _warm_policy():
    current_policy()


@pytest.mark.parametrize("viewer", VIEWERS)
def test_article_page_with_1000_comments_by_300_people(client, people, viewer):
    quiet = ArticleFactory(slug="quiet")
    SectionFactory(article=quiet)
    busy = ArticleFactory(slug="busy", author=quiet.author)
    for order in range(8):
        SectionFactory(article=busy, order=order)
    ArticleFactory.create_batch(6, author=quiet.author)  # "More by" the same author
    bulk_threads(quiet, people[:3], roots=1, replies_per_root=9)  # 10 comments by 3 people
    assert bulk_threads(busy, people, roots=100, replies_per_root=9) == 1000
    as_viewer(client, viewer)
    assert_budget(
        count_queries(client, quiet.get_absolute_url()),
        count_queries(client, busy.get_absolute_url()),
        ARTICLE_BUDGET,
        f"article page ({viewer})",
    )


@pytest.mark.parametrize("viewer", VIEWERS)
def test_later_comment_pages_and_newest_first_with_1000_comments(client, people, viewer):
    quiet = ArticleFactory(slug="quiet")
    busy = ArticleFactory(slug="busy", author=quiet.author)
    bulk_threads(quiet, people[:3], roots=60, replies_per_root=0)  # just enough for a second page
    bulk_threads(busy, people, roots=100, replies_per_root=9)
    as_viewer(client, viewer)
    for query in ("?comments=2", "?sort=newest", "?sort=newest&comments=2"):
        assert_budget(
            count_queries(client, quiet.get_absolute_url() + query),
            count_queries(client, busy.get_absolute_url() + query),
            ARTICLE_BUDGET,
            f"article page {query} ({viewer})",
        )


@pytest.mark.parametrize("viewer", VIEWERS)
def test_home_and_topic_pages_with_many_articles_authors_and_comments(client, people, viewer):
    small, large = TopicFactory(name="Pets"), TopicFactory(name="Health")
    articles_by_many_authors(small, 1, people)
    articles_by_many_authors(large, 30, people)
    as_viewer(client, viewer)
    home_small = count_queries(client, "/")
    assert_budget(
        count_queries(client, small.get_absolute_url()),
        count_queries(client, large.get_absolute_url()),
        LISTING_BUDGET,
        f"topic page ({viewer})",
    )
    assert_budget(
        count_queries(client, large.get_absolute_url()),
        count_queries(client, large.get_absolute_url() + "?page=2"),
        LISTING_BUDGET,
        f"topic page 2 ({viewer})",
    )
    assert_budget(home_small, count_queries(client, "/"), LISTING_BUDGET, f"home page ({viewer})")


@pytest.mark.parametrize("viewer", ["anonymous", "signed-in"])
def test_search_profile_feeds_and_sitemap_do_not_grow_with_data(client, people, viewer):
    topic = TopicFactory(name="Health")
    [first] = articles_by_many_authors(topic, 1, people)
    as_viewer(client, viewer)
    urls = [
        "/search/?q=article",
        first.author.get_absolute_url(),
        "/feed/",
        topic.get_absolute_url() + "feed/",
        "/sitemap.xml",
    ]
    small = {url: count_queries(client, url) for url in urls}
    articles_by_many_authors(topic, 30, people)
    for url in urls:
        assert_budget(small[url], count_queries(client, url), OTHER_BUDGET, f"{url} ({viewer})")


@pytest.mark.parametrize("viewer", VIEWERS)
def test_author_page_commenter_profile_permalink_and_consent_pages_do_not_grow_with_data(client, people, viewer):
    topic = TopicFactory(name="Health")
    [first] = articles_by_many_authors(topic, 1, people)
    commenter = VerifiedUserFactory(username="commenter", display_name="Busy Commenter")
    bulk_threads(first, [commenter], roots=1, replies_per_root=0)
    early = first.comments.get(author=commenter)
    as_viewer(client, viewer)
    pages = {
        "author page": reverse("articles:author-articles", kwargs={"handle": first.author.handle}),
        "commenter's profile": commenter.get_absolute_url(),
        "consent preferences": reverse("consent:preferences"),
        "privacy page": reverse("consent:privacy"),
    }
    small = {label: count_queries(client, url) for label, url in pages.items()}
    small_permalink = count_queries(client, reverse("comments:comment-permalink", args=[early.pk]), status=302)

    # A lot more of everything: 30 more articles by the same author, and 1,000 comments, 200 of them the commenter's.
    more = [ArticleFactory(topic=topic, author=first.author) for _ in range(30)]
    for article in more[:5]:
        bulk_threads(article, [commenter, *people[1:4]], roots=50, replies_per_root=3)
    late = more[4].comments.filter(depth=2).order_by("-pk").first() or more[4].comments.order_by("-pk").first()
    for label, url in pages.items():
        assert_budget(small[label], count_queries(client, url), OTHER_BUDGET, f"{label} ({viewer})")
    assert_budget(
        small_permalink,
        count_queries(client, reverse("comments:comment-permalink", args=[late.pk]), status=302),
        OTHER_BUDGET,
        f"comment permalink ({viewer})",
    )
