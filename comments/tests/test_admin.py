import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts import admin_lists
from accounts.tests.factories import UserFactory
from articles.tests.factories import ArticleFactory
from comments.models import Comment, WordList
from comments.tests.factories import CommentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(client):
    user = UserFactory(username="mod", is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


def changelist(**query):
    return reverse("admin:comments_comment_changelist"), query


def count(article):
    article.refresh_from_db()
    return article.comment_count


def test_moderation_queue_filters_by_status(client, moderator):
    held = CommentFactory(body="Held one", status=Comment.Status.PENDING)
    CommentFactory(article=held.article, body="Published one")
    url = reverse("admin:comments_comment_changelist")
    html = client.get(url, {"status__exact": "pending"}).content.decode()
    assert "Held one" in html and "Published one" not in html
    assert "Awaiting moderation" in client.get(url).content.decode()  # the status filter lists it


def test_search_and_filter_by_article_and_user(client, moderator):
    a = CommentFactory(body="About magnesium")
    CommentFactory(body="About sleep")
    url = reverse("admin:comments_comment_changelist")
    assert "About sleep" not in client.get(url, {"q": "magnesium"}).content.decode()
    html = client.get(url, {"article__id__exact": a.article_id}).content.decode()
    assert "About magnesium" in html and "About sleep" not in html
    html = client.get(url, {"author__id__exact": a.author_id}).content.decode()
    assert "About magnesium" in html and "About sleep" not in html


@pytest.mark.parametrize(
    ("action", "status"),
    [("approve", "published"), ("mark_spam", "spam"), ("remove", "removed")],
)
def test_bulk_actions_set_status_and_keep_counts_exact(client, moderator, action, status):
    article = ArticleFactory()
    published = CommentFactory.create_batch(2, article=article)
    held = CommentFactory(article=article, status=Comment.Status.PENDING)
    assert count(article) == 2
    targets = [published[0], held]
    response = client.post(
        reverse("admin:comments_comment_changelist"),
        {"action": action, "_selected_action": [c.pk for c in targets]},
    )
    assert response.status_code == 302
    assert {Comment.objects.get(pk=c.pk).status for c in targets} == {status}
    # Approving leaves the comment that was already published as it was: one changed, the others two.
    said = {
        "approve": "1 comment approved.",
        "mark_spam": "2 comments marked as spam.",
        "remove": "2 comments removed.",
    }
    assert said[action] in client.get(response["Location"]).content.decode()
    assert count(article) == Comment.objects.for_article(article).published().count()


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ("approve", "1 comment approved."),
        ("mark_spam", "1 comment marked as spam."),
        ("remove", "1 comment removed."),
        ("recount", "Recounted 1 article."),
    ],
)
def test_bulk_actions_speak_of_one_in_the_singular(client, moderator, action, message):
    comment = CommentFactory(status=Comment.Status.PENDING)

    response = client.post(
        reverse("admin:comments_comment_changelist"),
        {"action": action, "_selected_action": [comment.pk]},
        follow=True,
    )

    assert message in response.content.decode()


def test_moderator_edits_any_comment_and_status_change_keeps_count(client, moderator):
    comment = CommentFactory(body="Rude words")
    url = reverse("admin:comments_comment_change", args=[comment.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"body": "[edited by a moderator]", "status": "removed", "notify_replies": "on"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.body == "[edited by a moderator]" and comment.status == "removed"
    assert count(comment.article) == 0


def test_deleting_in_the_admin_recounts(client, moderator):
    root = CommentFactory()
    CommentFactory(parent=root)
    assert count(root.article) == 2
    client.post(reverse("admin:comments_comment_delete", args=[root.pk]), {"post": "yes"})
    assert count(root.article) == 0


def test_word_list_is_editable_in_the_admin(client, moderator):
    response = client.post(reverse("admin:comments_wordlist_add"), {"word": "  Casino ", "action": "block"})
    assert response.status_code == 302
    assert WordList.objects.get().word == "casino"
    assert client.get(reverse("admin:comments_wordlist_changelist")).status_code == 200
    assert client.get(reverse("admin:comments_commentmute_changelist")).status_code == 200


def test_view_on_site_leads_to_the_comment_on_this_site(client, moderator):
    comment = CommentFactory()

    html = client.get(reverse("admin:comments_comment_change", args=[comment.pk])).content.decode()

    assert f'<a href="{comment.get_absolute_url()}" class="viewsitelink">' in html


def test_moderation_list_labels_the_text_column_and_loads_its_layout(client, moderator):
    CommentFactory(body="A long comment that needs room to be read in the moderation queue.")

    html = client.get(reverse("admin:comments_comment_changelist")).content.decode()

    assert '<th scope="col" class="column-short_body">' in html
    assert ">Comment</" in html.split('class="column-short_body">', 1)[1][:200]
    assert "css/comments-admin.css" in html


# --- the list at scale ----------------------------------------------------------------------------------------


def _list_html_and_queries(client, **query):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("admin:comments_comment_changelist"), query)
    assert response.status_code == 200
    return response.content.decode(), [q["sql"] for q in queries]


def test_comment_list_lists_no_articles_or_people_in_the_sidebar_and_runs_constant_queries(client, moderator):
    CommentFactory.create_batch(60)  # more than a page
    _list_html_and_queries(client)  # warms the site-wide caches (the topic navigation)
    small_html, small_queries = _list_html_and_queries(client)
    CommentFactory.create_batch(240)  # 300 comments on 300 articles by 300 people
    html, queries = _list_html_and_queries(client)

    # One link per row shown (50), none in the sidebar: the page does not grow with articles and people.
    assert html.count("?article__id__exact=") == 50 and html.count("?author__id__exact=") == 50
    assert len(html) < len(small_html) * 1.1
    assert len(queries) == len(small_queries)


def test_article_and_author_links_filter_the_list_and_show_the_choice(client, moderator):
    chosen = CommentFactory(body="About magnesium")
    CommentFactory(body="About sleep")
    html, _ = _list_html_and_queries(client)
    link = f'href="?article__id__exact={chosen.article_id}"'
    assert link in html

    html, _ = _list_html_and_queries(client, article__id__exact=chosen.article_id)
    assert "About magnesium" in html and "About sleep" not in html
    sidebar = html.split('id="changelist-filter"', 1)[1]
    assert chosen.article.title in sidebar and "By article" in sidebar

    html, _ = _list_html_and_queries(client, author__id__exact=chosen.author_id)
    assert "About magnesium" in html and "About sleep" not in html
    assert str(chosen.author) in html.split('id="changelist-filter"', 1)[1]


def test_a_malformed_article_choice_is_refused_not_an_error(client, moderator):
    response = client.get(reverse("admin:comments_comment_changelist"), {"article__id__exact": "nine"})
    assert response.status_code == 302 and response["Location"].endswith("?e=1")


def test_comment_list_has_no_date_hierarchy_and_no_full_count(client, moderator):
    CommentFactory.create_batch(3)
    html, queries = _list_html_and_queries(client, status__exact="published")
    assert "xfull" not in html and "date_hierarchy" not in html  # no "(3 total)" link, no year list
    assert not any("DISTINCT" in sql.upper() for sql in queries)  # the year list is a DISTINCT over every row


def test_comment_change_form_loads_no_list_of_articles_or_people(client, moderator, django_assert_max_num_queries):
    comment = CommentFactory(parent=CommentFactory())
    CommentFactory.create_batch(30)
    with django_assert_max_num_queries(12):
        html = client.get(reverse("admin:comments_comment_change", args=[comment.pk])).content.decode()
    assert "<select" not in html.split('class="form-row field-article', 1)[1].split('class="form-row field-depth', 1)[0]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="an estimate from PostgreSQL's statistics")
def test_unfiltered_comment_list_is_counted_from_statistics_not_by_reading_every_row(client, moderator, monkeypatch):
    CommentFactory.create_batch(60)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE comments_comment")
    monkeypatch.setattr(admin_lists, "ESTIMATE_FROM_ROWS", 50)  # what a big table gets, at the size of a test

    html, queries = _list_html_and_queries(client)

    counts = [sql for sql in queries if "COUNT(" in sql.upper() and "comments_comment" in sql]
    assert counts == []
    assert "about 60 comments" in html
    # A filtered list is counted exactly, through its index.
    html, _ = _list_html_and_queries(client, status__exact="published")
    assert "60 comments" in html and "about" not in html.split('class="paginator"', 1)[1][:200]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="an estimate from PostgreSQL's statistics")
def test_a_small_or_never_analysed_table_is_counted_exactly(client, moderator):
    CommentFactory.create_batch(3)  # the test table was never analysed: its estimate is unknown
    html, _ = _list_html_and_queries(client)
    assert "3 comments" in html and "about 3" not in html
