"""Every change a reader can notice shows on the next anonymous request, though pages are cached.

The page cache is switched on here (tests run without it otherwise) and each change runs with its on-commit
callbacks, as a real commit would: that is when the cache hears about it.
"""

import gzip
import re
import time
from contextlib import contextmanager
from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.consent import cookie
from accounts.consent.models import ConsentText
from accounts.consent.policy import current_policy
from accounts.consent.services import policy_publish_if_changed
from accounts.privacy import user_erase
from articles.tests.admin_helpers import editor, form_data, section_key
from articles.tests.factories import ArticleFactory, SectionFactory
from comments import services, spam
from comments.models import Comment
from comments.tests.factories import CommentFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def cached(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.COMMENTS_HOLD_FIRST = False
    current_policy()  # the published default policy, as a running site has it


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    @contextmanager
    def run():
        with django_capture_on_commit_callbacks(execute=True):
            yield

    return run


@pytest.fixture
def article():
    article = ArticleFactory(title="Why eyelids twitch", slug="why-eyelids-twitch")
    SectionFactory(article=article, heading="Causes", body="Too much coffee and too little sleep.")
    return article


@pytest.fixture
def reader():
    return Client()


def page(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response


def cached_page(client, article):
    """Load the page twice and check the second came from the cache; return its HTML."""
    page(client, article)
    response = page(client, article)
    assert response["X-Page-Cache"] == "hit"
    return response.content.decode()


def fresh_page(client, article):
    response = page(client, article)
    assert response["X-Page-Cache"] == "miss"
    return response.content.decode()


# comments


def test_a_new_comment_shows_on_the_next_anonymous_request(committed, reader, article):
    cached_page(reader, article)
    with committed():
        services.comment_post(
            article=article, author=VerifiedUserFactory(), body="Magnesium helped me.", run_spam=False
        )
    assert "Magnesium helped me." in fresh_page(reader, article)


def test_the_commenters_posted_message_is_never_cached_for_others(committed, reader, article):
    cached_page(reader, article)
    commenter = Client()
    commenter.force_login(VerifiedUserFactory())
    with committed():
        response = commenter.post(
            reverse("comments:comment-post", kwargs={"article_pk": article.pk}),
            {"body": "Magnesium helped me.", "token": spam.make_form_token(at=time.time() - 10)},
        )
    landing = commenter.get(response["Location"])
    assert "X-Page-Cache" not in landing  # signed in, with a message: rendered for them alone
    assert "Your comment is posted." in landing.content.decode()

    html = fresh_page(reader, article)
    assert "Magnesium helped me." in html and "Your comment is posted." not in html
    assert "Your comment is posted." not in cached_page(reader, article)


def test_an_edited_comment_shows_its_new_text(committed, reader, article):
    comment = CommentFactory(article=article, body="First words.")
    assert "First words." in cached_page(reader, article)
    with committed():
        services.comment_edit(comment=comment, user=comment.author, body="Better words.")
    html = fresh_page(reader, article)
    assert "Better words." in html
    assert "First words." not in html


def test_a_deleted_comment_disappears(committed, reader, article):
    comment = CommentFactory(article=article, body="Regrettable remark.")
    assert "Regrettable remark." in cached_page(reader, article)
    with committed():
        services.comment_delete(comment=comment, user=comment.author)
    assert "Regrettable remark." not in fresh_page(reader, article)


def test_moderation_removing_and_approving_shows_at_once(committed, reader, article):
    spam = CommentFactory(article=article, body="Buy cheap pills.")
    held = CommentFactory(article=article, body="A careful question.", status=Comment.Status.PENDING)
    html = cached_page(reader, article)
    assert "Buy cheap pills." in html
    assert "A careful question." not in html
    with committed():
        services.comment_moderate(comments=[spam], status=Comment.Status.SPAM)
        services.comment_moderate(comments=[held], status=Comment.Status.PUBLISHED)
    html = fresh_page(reader, article)
    assert "Buy cheap pills." not in html
    assert "A careful question." in html


@pytest.mark.parametrize("action", ["mark_spam", "remove"])
def test_moderation_in_the_admin_shows_at_once(committed, client, reader, article, action):
    comment = CommentFactory(article=article, body="Off-topic advert.")
    assert "Off-topic advert." in cached_page(reader, article)
    client.force_login(VerifiedUserFactory(is_staff=True, is_superuser=True))
    with committed():
        client.post(
            reverse("admin:comments_comment_changelist"),
            {"action": action, "_selected_action": [comment.pk]},
        )
    html = fresh_page(reader, article)
    assert "Off-topic advert." not in html


def test_approving_a_held_comment_in_the_admin_shows_it_at_once(committed, client, reader, article):
    held = CommentFactory(article=article, body="Is coffee really the cause?", status=Comment.Status.PENDING)
    assert "Is coffee really the cause?" not in cached_page(reader, article)
    client.force_login(VerifiedUserFactory(is_staff=True, is_superuser=True))
    with committed():
        client.post(reverse("admin:comments_comment_changelist"), {"action": "approve", "_selected_action": [held.pk]})
    assert "Is coffee really the cause?" in fresh_page(reader, article)


def test_a_moderators_edit_in_the_admin_shows_at_once(committed, client, reader, article):
    comment = CommentFactory(article=article, body="Call 555-0100 now.")
    assert "Call 555-0100 now." in cached_page(reader, article)
    client.force_login(VerifiedUserFactory(is_staff=True, is_superuser=True))
    url = reverse("admin:comments_comment_change", args=[comment.pk])
    data = {
        name: value
        for name, value in re.findall(r'name="([^"]+)"[^>]*value="([^"]*)"', client.get(url).content.decode())
    }
    data.update(body="[number removed by a moderator]", status=comment.status)
    with committed():
        response = client.post(url, data)
    assert response.status_code == 302
    html = fresh_page(reader, article)
    assert "[number removed by a moderator]" in html
    assert "555-0100" not in html


# articles


def test_an_article_edit_in_the_admin_shows_at_once(committed, client, reader, article):
    assert "Too much coffee" in cached_page(reader, article)
    client.force_login(editor())
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = form_data(client.get(url))
    data[section_key(0, "body")] = "Stress and screens play a part too."
    with committed():
        assert client.post(url, data).status_code == 302
    html = fresh_page(reader, article)
    assert "Stress and screens play a part too." in html
    assert "Too much coffee" not in html


def test_unpublishing_from_the_admin_list_takes_the_page_down(committed, client, reader, article):
    cached_page(reader, article)
    client.force_login(editor())
    with committed():
        client.post(
            reverse("admin:articles_article_changelist"),
            {"action": "unpublish", "_selected_action": [article.pk]},
        )
    assert reader.get(article.get_absolute_url()).status_code == 404


def test_a_new_article_shows_on_the_home_and_topic_pages(committed, client, reader, article):
    for url in ("/", article.topic.get_absolute_url()):
        reader.get(url)
        assert reader.get(url)["X-Page-Cache"] == "hit"
    newer = ArticleFactory(title="Night cramps explained", topic=article.topic, status="draft", published_at=None)
    client.force_login(editor())
    with committed():
        client.post(reverse("admin:articles_article_changelist"), {"action": "publish", "_selected_action": [newer.pk]})
    for url in ("/", article.topic.get_absolute_url()):
        assert "Night cramps explained" in reader.get(url).content.decode(), url


def test_a_scheduled_article_appears_on_cached_pages_when_its_time_comes(reader, article):
    publish_at = timezone.now() + timedelta(minutes=30)  # sooner than the cache timeout
    ArticleFactory(title="Cramps at night", topic=article.topic, author=article.author, published_at=publish_at)
    urls = ("/", article.topic.get_absolute_url(), article.get_absolute_url())
    for url in urls:
        reader.get(url)
        response = reader.get(url)
        assert response["X-Page-Cache"] == "hit", url
        assert "Cramps at night" not in response.content.decode(), url
    # Nothing is saved when the time comes: the cached pages must not outlive it.
    with time_machine.travel(publish_at + timedelta(seconds=1), tick=False):
        for url in urls:
            assert "Cramps at night" in reader.get(url).content.decode(), url


def test_a_new_comments_relative_date_moves_on_although_the_page_is_cached(reader, article):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        CommentFactory(article=article, body="Same here.")
        assert "just now" in cached_page(reader, article)
    with time_machine.travel(start + timedelta(minutes=3), tick=False):
        html = page(reader, article).content.decode()
    assert "just now" not in html
    assert "3\xa0minutes ago" in html or "3 minutes ago" in html


def test_comments_close_on_cached_pages_on_the_day_they_close(settings, reader, article):
    settings.COMMENTS_CLOSE_AFTER_DAYS = 30
    closes = timezone.now() + timedelta(minutes=10)  # sooner than the cache timeout
    with time_machine.travel(closes - timedelta(days=30), tick=False):
        CommentFactory(article=article, body="Thanks for this.")
    type(article).objects.filter(pk=article.pk).update(published_at=closes - timedelta(days=30))
    assert "Sign in to comment" in cached_page(reader, article)
    with time_machine.travel(closes + timedelta(minutes=1), tick=False):
        html = page(reader, article).content.decode()
    assert "Comments close 30 days after an article is published." in html
    assert "Sign in to comment" not in html


# accounts


def test_an_erased_commenter_leaves_every_cached_page(committed, reader, article):
    person = VerifiedUserFactory(display_name="Harriet Quill")
    CommentFactory(article=article, author=person, body="My story.")
    assert "Harriet Quill" in cached_page(reader, article)
    with committed():
        user_erase(user=person, password="correct horse battery")
    html = fresh_page(reader, article)
    assert "Harriet Quill" not in html
    assert "My story." in html


# consent


def test_a_consent_policy_change_shows_in_the_banner_on_the_next_request(committed, reader, article):
    assert "consent-dialog" in cached_page(reader, article)
    text = ConsentText.objects.first()
    text.banner_title = "We changed how we ask"
    text.save()
    with committed():
        policy_publish_if_changed()
    assert "We changed how we ask" in fresh_page(reader, article)


def _nonce(response):
    return re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)


def test_each_visitor_gets_their_own_nonce_and_csrf_token_from_a_cached_page(article):
    first, second = Client(), Client()
    page(first, article)
    response = page(second, article)
    html = response.content.decode()
    assert response["X-Page-Cache"] == "hit"
    nonce = _nonce(response)
    scripts = re.findall(r"<script [^>]*src=[^>]*>", html)
    assert scripts and all(f'nonce="{nonce}"' in tag for tag in scripts)
    assert "__pagecache" not in html
    # The banner's form carries a token that matches this visitor's CSRF cookie: posting it works.
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    strict = Client(enforce_csrf_checks=True)
    strict.cookies = second.cookies
    answer = strict.post(reverse("consent:save"), {"csrfmiddlewaretoken": token, "action": "reject_all", "next": "/"})
    assert answer.status_code == 302


def test_consent_dependent_parts_stay_per_visitor(article):
    SectionFactory(article=article, kind="video", heading="A demo", video_url="https://www.youtube.com/watch?v=abc123")
    policy = current_policy()
    undecided, allowed = Client(), Client()
    allowed.cookies["twitch_consent"] = cookie.encode(
        consent_id="22222222-2222-4222-8222-222222222222",
        version=policy.number,
        decisions={slug: slug == "youtube" for slug in policy.optional_slugs},
    )
    for visitor in (undecided, allowed, undecided, allowed):
        page(visitor, article)
    plain, embedded = page(undecided, article), page(allowed, article)
    assert plain["X-Page-Cache"] == embedded["X-Page-Cache"] == "hit"
    assert "consent-dialog" in plain.content.decode()
    assert "<iframe" not in plain.content.decode()
    assert "youtube" not in plain["Content-Security-Policy"]
    assert "consent-dialog" not in embedded.content.decode()
    assert "<iframe" in embedded.content.decode()
    assert "youtube" in embedded["Content-Security-Policy"]


def test_a_cached_page_comes_gzipped_with_this_visitors_nonce_and_token(article):
    Client().get(article.get_absolute_url())  # someone else's visit stores the page
    browser = Client(HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    response = page(browser, article)
    assert response["X-Page-Cache"] == "hit"
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    html = gzip.decompress(response.content).decode()
    nonce = _nonce(response)
    scripts = re.findall(r"<script [^>]*src=[^>]*>", html)
    assert scripts and all(f'nonce="{nonce}"' in tag for tag in scripts)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    strict = Client(enforce_csrf_checks=True)
    strict.cookies = browser.cookies
    answer = strict.post(reverse("consent:save"), {"csrfmiddlewaretoken": token, "action": "reject_all", "next": "/"})
    assert answer.status_code == 302
    # Without gzip in Accept-Encoding, the same page comes plain.
    assert "Content-Encoding" not in page(Client(), article)


def test_a_commenters_new_display_name_shows_on_the_next_anonymous_request(committed, reader, article):
    person = VerifiedUserFactory(display_name="Harriet Quill")
    CommentFactory(article=article, author=person, body="Chamomile before bed.")
    assert "Harriet Quill" in cached_page(reader, article)
    member = Client()
    member.force_login(person)
    with committed():
        response = member.post(
            reverse("accounts:settings"),
            {"display_name": "Harriet Q.", "handle": person.handle, "location": "", "bio": ""},
        )
    assert response.status_code == 302
    html = fresh_page(reader, article)
    assert "Harriet Q." in html and "Harriet Quill" not in html


def test_saving_settings_without_a_public_change_keeps_the_cached_pages(committed, reader, article):
    person = VerifiedUserFactory(display_name="Harriet Quill", bio="Old bio.")
    cached_page(reader, article)
    member = Client()
    member.force_login(person)
    with committed():
        member.post(
            reverse("accounts:settings"),
            {
                "display_name": "Harriet Quill",
                "handle": person.handle,
                "location": person.location,
                "bio": "A new bio.",
            },
        )
    assert page(reader, article)["X-Page-Cache"] == "hit"


def test_an_operator_renaming_a_commenter_in_the_admin_shows_on_the_next_request(committed, reader, article):
    from accounts.tests.factories import UserFactory

    person = VerifiedUserFactory(display_name="Harriet Quill")
    CommentFactory(article=article, author=person, body="Chamomile before bed.")
    assert "Harriet Quill" in cached_page(reader, article)
    operator = Client()
    operator.force_login(UserFactory(is_staff=True, is_superuser=True))
    url = reverse("admin:accounts_user_change", args=[person.pk])
    form = operator.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and name != "avatar"}
    data |= {
        "display_name": "H. Quill",
        "groups": [],
        "user_permissions": [],
        "date_joined_0": "2026-01-01",
        "date_joined_1": "10:00:00",
    }
    data.pop("date_joined", None)
    data.pop("password", None)
    data.pop("last_login", None)
    data.pop("handle_changed_at", None)
    with committed():
        response = operator.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    html = fresh_page(reader, article)
    assert "H. Quill" in html and "Harriet Quill" not in html
