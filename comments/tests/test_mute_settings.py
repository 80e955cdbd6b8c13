"""Muted comment e-mails: the settings page says so and turns them back on; the comment form says so too."""

from datetime import UTC, datetime

import pytest
from django.core import mail
from django.urls import reverse

from articles.tests.factories import ArticleFactory
from comments import services
from comments.models import CommentMute
from comments.tests.factories import CommentFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

SETTINGS = "/settings/"
SWITCH = "/settings/comment-emails/"


@pytest.fixture
def member(client):
    user = VerifiedUserFactory()
    client.force_login(user)
    return user


def mute(user, when=datetime(2026, 3, 14, 9, 30, tzinfo=UTC)):
    CommentMute.objects.create(user=user)
    CommentMute.objects.filter(user=user).update(created_at=when)


def emails_section(html):
    return html.split('<section id="comment-emails"')[1].split("</section>")[0]


def test_settings_page_says_comment_emails_are_on(client, member):
    section = emails_section(client.get(SETTINGS).content.decode())
    assert "Comment e-mails: <strong>on</strong>." in section
    assert f'action="{SWITCH}"' in section
    assert "Turn back on" not in section


def test_settings_page_says_since_when_comment_emails_are_muted(client, member):
    mute(member)
    section = emails_section(client.get(SETTINGS).content.decode())
    assert "Comment e-mails: <strong>muted</strong> since March 14, 2026." in section
    assert '<input type="hidden" name="emails" value="on">' in section
    assert '<button type="submit" class="btn btn-primary">Turn back on</button>' in section


def test_turning_them_back_on_ends_the_mute_and_replies_are_e_mailed_again(
    client, member, django_capture_on_commit_callbacks
):
    mute(member)
    response = client.post(SWITCH, {"emails": "on"})
    assert response.status_code == 302 and response["Location"] == f"{SETTINGS}#comment-emails"
    assert not CommentMute.objects.filter(user=member).exists()
    page = client.get(response["Location"]).content.decode()
    assert "Comment e-mails are on again." in page
    assert "Comment e-mails: <strong>on</strong>." in emails_section(page)

    question = CommentFactory(author=member, notify_replies=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.comment_post(article=question.article, author=VerifiedUserFactory(), body="An answer", parent=question)
    assert [m.to for m in mail.outbox if "replied to your comment" in m.subject] == [[member.email]]


def test_the_settings_page_can_mute_them_too(client, member):
    client.post(SWITCH, {"emails": "off"})
    assert CommentMute.objects.filter(user=member).exists()
    client.post(SWITCH, {"emails": "off"})  # twice is the same as once
    assert CommentMute.objects.filter(user=member).count() == 1


def test_the_switch_takes_only_signed_in_posts(client):
    response = client.post(SWITCH, {"emails": "on"})
    assert response.status_code == 302 and reverse("account_login") in response["Location"]
    client.force_login(VerifiedUserFactory())
    assert client.get(SWITCH).status_code == 405


def test_the_switch_changes_only_the_signed_in_persons_emails(client, member):
    other = VerifiedUserFactory()
    mute(other)
    client.post(SWITCH, {"emails": "on"})
    assert CommentMute.objects.filter(user=other).exists()


def test_while_muted_the_comment_form_says_replies_are_not_e_mailed_and_offers_no_box(client, member):
    mute(member)
    article = ArticleFactory()
    parent = CommentFactory(article=article)
    for url in (article.get_absolute_url(), reverse("comments:comment-reply", kwargs={"pk": parent.pk})):
        html = client.get(url).content.decode()
        form = html.split('class="comment-form')[1].split("</form>")[0]
        assert "Comment e-mails are muted (since March 14, 2026), so replies to you will not be e-mailed." in form
        assert f'<a href="{SETTINGS}#comment-emails">Turn them back on in your settings</a>' in form
        assert 'name="notify_replies"' not in form


def test_while_on_the_comment_form_offers_the_box_ticked(client, member):
    html = client.get(ArticleFactory().get_absolute_url()).content.decode()
    form = html.split('id="comment-form"')[1].split("</form>")[0]
    assert 'name="notify_replies"' in form and "checked" in form.split('name="notify_replies"')[1].split(">")[0]
    assert "Comment e-mails are muted" not in form
