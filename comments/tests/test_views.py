import re
import time

import pytest
from django.core import mail
from django.urls import reverse

from accounts.tests.factories import UserFactory
from articles.tests.factories import ArticleFactory
from comments import services, spam
from comments.models import Comment
from comments.tests.factories import CommentFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


def form_data(body="Thanks for this article.", **extra):
    return {"body": body, "token": spam.make_form_token(at=time.time() - 10), "notify_replies": "on", **extra}


def post_url(article):
    return reverse("comments:comment-post", kwargs={"article_pk": article.pk})


@pytest.fixture
def member(client):
    user = VerifiedUserFactory()
    client.force_login(user)
    return user


def test_reader_who_is_not_signed_in_sees_comments_and_a_sign_in_link(client):
    comment = CommentFactory(body="Visible to everyone")
    html = client.get(comment.article.get_absolute_url()).content.decode()
    assert "Visible to everyone" in html
    login = reverse("account_login")
    assert f'href="{login}?next=%2Farticles%2F{comment.article.slug}%2F%23comments">Sign in to comment</a>' in html
    assert "Post Comment" not in html


def test_signed_in_member_sees_the_form_with_counter(client, member):
    html = client.get(ArticleFactory().get_absolute_url()).content.decode()
    assert 'for="id_body" class="form-label">\n                Comment\n' in html
    assert (
        'id="id_body_counter" aria-live="polite"><span class="comment-count">0</span> of <span class="comment-max">8192</span>'
        in html
    )
    assert "Post Comment" in html
    assert "maxlength" not in html.split('id="comment-form"')[1].split("</form>")[0]


def test_unverified_member_is_told_to_confirm_their_address(client):
    client.force_login(UserFactory())
    html = client.get(ArticleFactory().get_absolute_url()).content.decode()
    assert "Please confirm your e-mail address to comment" in html
    assert "Post Comment" not in html


def test_posting_redirects_to_the_comment(client, member):
    article = ArticleFactory()
    response = client.post(post_url(article), form_data())
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{article.get_absolute_url()}#comment-{comment.pk}"
    html = client.get(response["Location"]).content.decode()
    assert f'id="comment-{comment.pk}"' in html
    assert "Your comment is posted." in html


def comment_item(html, comment):
    """Return the HTML of one comment's list item, up to the next comment."""
    return html.split(f'id="comment-{comment.pk}"')[1].split('id="comment-')[0]


def page_top(html):
    """Return the HTML above the article: where the site's message bar is."""
    return html.split('<main id="main"')[0]


def test_posted_message_shows_inside_the_comment_the_reader_lands_on(client, member):
    article = ArticleFactory()
    CommentFactory.create_batch(3, article=article)
    response = client.post(post_url(article), form_data("My question"))
    comment = Comment.objects.get(body="My question")

    html = client.get(response["Location"]).content.decode()

    assert 'role="status">Your comment is posted.</p>' in comment_item(html, comment)
    assert "Your comment is posted." not in page_top(html)
    assert html.count("Your comment is posted.") == 1
    # Shown once: the next visit has no message.
    assert "Your comment is posted." not in client.get(article.get_absolute_url()).content.decode()


def test_updated_message_shows_inside_the_edited_comment(client, member):
    comment = CommentFactory(author=member, body="Typo hree")
    response = client.post(reverse("comments:comment-edit", kwargs={"pk": comment.pk}), {"body": "Typo here"})

    html = client.get(response["Location"]).content.decode()

    assert "Your comment is updated." in comment_item(html, comment)
    assert "Your comment is updated." not in page_top(html)


def test_deleted_message_shows_at_the_top_of_the_comment_section(client, member):
    comment = CommentFactory(author=member, body="Never mind")
    response = client.post(reverse("comments:comment-delete", kwargs={"pk": comment.pk}))
    assert response["Location"].endswith("#comments")

    html = client.get(response["Location"]).content.decode()

    section = html.split('<section id="comments"')[1]
    below_heading = section.split("</h2>")[1].lstrip()
    assert below_heading.startswith('<div class="comment-notes" role="status"><p class="alert alert-success">Your')
    assert "Your comment is deleted." in below_heading.split("</div>")[0]
    assert "Your comment is deleted." not in page_top(html)


def test_message_about_a_comment_on_another_page_shows_at_the_top_of_the_section(client, member, settings):
    settings.COMMENTS_PER_PAGE = 2
    article = ArticleFactory()
    CommentFactory.create_batch(3, article=article)
    response = client.post(post_url(article), form_data("On page two"))
    assert "?comments=2#comment-" in response["Location"]

    first_page = client.get(article.get_absolute_url()).content.decode()

    assert 'class="comment-notes" role="status"><p class="alert alert-success">Your comment is posted.' in first_page


def test_other_messages_stay_in_the_message_bar_on_the_article_page(client, member):
    from django.contrib.messages import constants
    from django.contrib.messages.storage.session import SessionStorage
    from django.test import RequestFactory

    # A message from elsewhere (e.g. "Signed in as ...") is not about a comment: it stays at the top.
    request = RequestFactory().get("/")
    request.session = client.session
    storage = SessionStorage(request)
    storage.add(constants.INFO, "Welcome back.")
    storage.update(response=None)
    request.session.save()
    article = ArticleFactory()

    html = client.get(article.get_absolute_url()).content.decode()

    assert "Welcome back." in page_top(html)
    assert "Welcome back." not in html.split('<section id="comments"')[1]


def test_posting_without_signing_in_goes_to_login(client):
    article = ArticleFactory()
    response = client.post(post_url(article), form_data())
    assert response.status_code == 302 and reverse("account_login") in response["Location"]
    assert Comment.objects.count() == 0


def refused_page(client, article, data):
    """Post data, which the site refuses, and return the page the person is sent back to (the article)."""
    response = client.post(post_url(article), data, follow=True)
    assert response.redirect_chain[0][0].startswith(article.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_too_long_comment_is_refused_and_the_text_kept(client, member):
    article = ArticleFactory()
    text = "😀" * 8193
    response = client.post(post_url(article), form_data(text))
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    html = client.get(response["Location"]).content.decode()
    assert "Your comment is 1 character too long." in html
    assert text in html
    assert Comment.objects.count() == 0


def test_too_long_message_is_read_with_the_text_box(client, member):
    html = refused_page(client, ArticleFactory(), form_data("a" * 8200))
    assert 'aria-describedby="id_body_error id_body_counter" autofocus aria-invalid="true" id="id_body"' in html
    assert '<div id="id_body_error" class="invalid-feedback">' in html
    assert "Your comment is 8 characters too long." in html
    assert html.count("too long") == 1  # the browser's live warning starts empty and hidden


def test_line_breaks_count_as_one_character_as_in_the_browser(client, member):
    # Browsers send each line break of a textarea as CRLF; their counter counts it as one character.
    text = "\r\n".join(["a" * 91] * 89)  # 8099 letters and 88 line breaks: 8275 as sent, 8187 counted
    response = client.post(post_url(ArticleFactory()), form_data(text))
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert len(comment.body) == 8187 and "\r" not in comment.body


def test_8192_emoji_post_through_the_form(client, member):
    response = client.post(post_url(ArticleFactory()), form_data("😀" * 8192))
    assert response.status_code == 302
    assert len(Comment.objects.get().body) == 8192


def test_whitespace_only_comment_is_refused_with_a_message(client, member):
    assert "Please write something before posting." in refused_page(client, ArticleFactory(), form_data("   \n  "))
    assert Comment.objects.count() == 0


def test_honeypot_and_too_fast_forms_are_refused_keeping_the_text(client, member):
    article = ArticleFactory()
    assert "Bot text" in refused_page(client, article, form_data("Bot text", website="http://spam.example"))
    fast = {"body": "Quick text", "token": spam.make_form_token()}
    html = refused_page(client, article, fast)
    assert re.search(r"That was quick! Please wait [123] seconds? and post again.", html)
    assert "Quick text" in html
    assert Comment.objects.count() == 0


def test_empty_comment_posted_at_once_only_asks_for_text(client, member):
    article = ArticleFactory()
    html = refused_page(client, article, {"body": "  ", "token": spam.make_form_token()})
    assert "Please write something before posting." in html
    assert "That was quick" not in html


def test_comment_pages_show_delete_as_a_danger_button(client, member):
    comment = CommentFactory(author=member)
    html = client.get(reverse("comments:comment-delete", kwargs={"pk": comment.pk})).content.decode()
    assert '<button type="submit" class="btn btn-danger">Delete comment</button>' in html


def test_html_scripts_and_javascript_urls_render_as_text(client):
    body = '<script>alert("x")</script> <b>bold</b> <a href="javascript:alert(1)">click</a> javascript:alert(2)'
    comment = CommentFactory(body=body + "\n\nSee https://example.org/page for more.")
    html = client.get(comment.article.get_absolute_url()).content.decode()
    assert "<script>alert" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;a href=&quot;javascript:alert(1)&quot;&gt;click&lt;/a&gt;" in html
    assert 'href="javascript:' not in html
    assert '<a href="https://example.org/page" rel="nofollow ugc noopener">https://example.org/page</a>' in html
    assert html.count("<p>", html.index(f'id="comment-{comment.pk}"')) >= 2


def test_comment_shows_badge_location_age_and_avatar(client):
    article = ArticleFactory()
    reader = VerifiedUserFactory(display_name="Rita Reader", location="Bristol")
    question = CommentFactory(article=article, author=reader)
    answer = CommentFactory(parent=question, author=article.author)
    html = client.get(article.get_absolute_url()).content.decode()
    reader_part = html.split(f'id="comment-{question.pk}"')[1].split(f'id="comment-{answer.pk}"')[0]
    author_part = html.split(f'id="comment-{answer.pk}"')[1]
    assert "AUTHOR" not in reader_part and "AUTHOR" in author_part
    assert "from Bristol" in reader_part and "Rita Reader" in reader_part
    assert f'src="{reader.avatar_url}"' in reader_part
    assert f'<time datetime="{question.created_at.isoformat()}"' in reader_part
    assert "just now" in reader_part
    assert 'class="comment-replies"' in html


def test_deleted_comment_with_replies_shows_a_stub_and_without_replies_disappears(client, member):
    article = ArticleFactory()
    with_reply = CommentFactory(article=article, author=member, body="I will delete this")
    CommentFactory(parent=with_reply, body="An answer that stays")
    lonely = CommentFactory(article=article, author=member, body="Lonely comment")
    for c in (with_reply, lonely):
        response = client.post(reverse("comments:comment-delete", kwargs={"pk": c.pk}))
        assert response.status_code == 302
    html = client.get(article.get_absolute_url()).content.decode()
    assert "[comment deleted]" in html and "An answer that stays" in html
    assert "I will delete this" not in html and "Lonely comment" not in html
    assert f'id="comment-{lonely.pk}"' not in html
    article.refresh_from_db()
    assert article.comment_count == 1


def test_a_user_cannot_edit_or_delete_another_users_comment_by_post(client, member):
    other = CommentFactory(body="Not yours")
    edit = client.post(reverse("comments:comment-edit", kwargs={"pk": other.pk}), {"body": "Hacked"})
    delete = client.post(reverse("comments:comment-delete", kwargs={"pk": other.pk}))
    assert edit.status_code == 403 and delete.status_code == 403
    other.refresh_from_db()
    assert other.body == "Not yours" and not other.is_deleted


def test_editing_after_the_window_explains_why_on_a_site_page(client, member, settings):
    settings.COMMENTS_EDIT_WINDOW = 0
    comment = CommentFactory(author=member, body="Too late to change")

    response = client.get(reverse("comments:comment-edit", kwargs={"pk": comment.pk}))

    html = response.content.decode()
    assert response.status_code == 403
    assert "<h1>Not allowed</h1>" in html
    assert "You can no longer edit this comment." in html
    assert 'href="/consent/preferences/"' in html  # the site's own layout, footer included


def test_owner_edits_and_the_comment_shows_edited(client, member):
    comment = CommentFactory(author=member, body="Typo hree")
    response = client.post(reverse("comments:comment-edit", kwargs={"pk": comment.pk}), {"body": "Typo here"})
    assert response.status_code == 302
    html = client.get(comment.article.get_absolute_url()).content.decode()
    assert "Typo here" in html and 'class="comment-edited">edited<' in html


def test_held_comment_shows_awaiting_moderation_only_to_its_author(client, member, settings):
    settings.COMMENTS_HOLD_FIRST = True
    article = ArticleFactory()
    response = client.post(post_url(article), form_data("My first ever comment"))
    assert response.status_code == 302
    html = client.get(article.get_absolute_url()).content.decode()
    assert "My first ever comment" in html
    # The count stays the public one, and the held comment says why it is not in it.
    assert '<span class="comment-total">(0)</span>' in html
    assert "only you can see this comment, and it is not counted in the total above" in html
    client.logout()
    assert "My first ever comment" not in client.get(article.get_absolute_url()).content.decode()


def test_held_comment_joins_the_count_once_approved(client, member, settings):
    settings.COMMENTS_HOLD_FIRST = True
    article = ArticleFactory()
    client.post(post_url(article), form_data("Waiting for a moderator"))
    comment = Comment.objects.get()
    services.comment_moderate(comments=[comment], status=Comment.Status.PUBLISHED)

    html = client.get(article.get_absolute_url()).content.decode()
    assert '<span class="comment-total">(1)</span>' in html
    assert "Awaiting moderation" not in html


def test_reply_page_without_javascript_posts_a_reply(client, member):
    parent = CommentFactory(body="Question?")
    page = client.get(reverse("comments:comment-reply", kwargs={"pk": parent.pk}))
    assert "Question?" in page.content.decode() and f'value="{parent.pk}"' in page.content.decode()
    response = client.post(post_url(parent.article), form_data("An answer", parent=parent.pk))
    assert response.status_code == 302
    assert Comment.objects.get(body="An answer").parent_id == parent.pk


def test_threads_are_paginated_and_the_permalink_lands_on_the_right_page(client, settings):
    settings.COMMENTS_PER_PAGE = 2
    article = ArticleFactory()
    comments = [CommentFactory(article=article, body=f"Thread {i}") for i in range(5)]
    reply = CommentFactory(parent=comments[4], body="Late reply")
    response = client.get(reverse("comments:comment-permalink", kwargs={"pk": reply.pk}))
    assert response["Location"] == f"{article.get_absolute_url()}?comments=3#comment-{reply.pk}"
    page3 = client.get(response["Location"]).content.decode()
    assert "Late reply" in page3 and "Thread 0" not in page3
    assert "Comment page 3 of 3" in page3
    newest = client.get(article.get_absolute_url() + "?sort=newest").content.decode()
    assert newest.index("Thread 4") < newest.index("Thread 3") and "Thread 0" not in newest


def test_closed_article_shows_no_form(client, member):
    html = client.get(ArticleFactory(comments_open=False).get_absolute_url()).content.decode()
    assert "Comments are closed on this article." in html and "Post Comment" not in html


def test_mute_link_stops_emails_without_login(client, django_capture_on_commit_callbacks):
    from comments.notifications import mute_token

    article = ArticleFactory()
    url = reverse("comments:mute", kwargs={"token": mute_token(article.author)})
    # ops: opening the link shows the button (mail scanners open links); the button's POST mutes.
    assert "Stop comment e-mails" in client.get(url).content.decode()
    response = client.post(url)
    assert response.status_code == 200 and "no more e-mails" in response.content.decode()
    from comments import services

    with django_capture_on_commit_callbacks(execute=True):
        services.comment_post(article=article, author=VerifiedUserFactory(), body="Hello")
    assert mail.outbox == []
    bad = client.get(reverse("comments:mute", kwargs={"token": "forged"}))
    assert bad.status_code == 400


def test_mail_clients_one_click_post_mutes_without_csrf():
    from django.test import Client

    from comments.models import CommentMute
    from comments.notifications import mute_token

    user = VerifiedUserFactory()
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        reverse("comments:mute", kwargs={"token": mute_token(user)}), {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert CommentMute.objects.filter(user=user).exists()


class _Nesting:
    """Map each rendered comment id to the id of the comment whose <li> encloses it."""

    def __init__(self, html):
        from html.parser import HTMLParser

        self.parent_of = {}
        stack = []
        outer = self

        class Parser(HTMLParser):
            def handle_starttag(self, tag, attrs):
                if tag == "li":
                    ident = dict(attrs).get("id", "")
                    enclosing = next((s for s in reversed(stack) if s), None)
                    if ident.startswith("comment-"):
                        outer.parent_of[ident] = enclosing
                    stack.append(ident if ident.startswith("comment-") else "")

            def handle_endtag(self, tag):
                if tag == "li":
                    stack.pop()

        Parser().feed(html)
        self.balanced = stack == []


def test_thread_nesting_matches_the_tree_across_branches_and_levels(client, settings):
    settings.COMMENTS_MAX_DEPTH = 10
    article = ArticleFactory()
    a = CommentFactory(article=article)
    a1 = CommentFactory(parent=a)
    a11 = CommentFactory(parent=a1)
    a111 = CommentFactory(parent=a11)
    a2 = CommentFactory(parent=a)
    b = CommentFactory(article=article)
    b1 = CommentFactory(parent=b)
    c = CommentFactory(article=article)
    html = client.get(article.get_absolute_url()).content.decode()
    section = html[
        html.index('<section id="comments"') : html.index("</section>", html.index('<section id="comments"'))
    ]
    nesting = _Nesting(section)
    assert nesting.balanced
    expected = {a: None, a1: a, a11: a1, a111: a11, a2: a, b: None, b1: b, c: None}
    assert nesting.parent_of == {f"comment-{k.pk}": (f"comment-{v.pk}" if v else None) for k, v in expected.items()}
