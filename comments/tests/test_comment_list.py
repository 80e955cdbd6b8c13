"""The comment section prints exactly what it printed before its comment list moved to Jinja2.

reference/panel_dtl.html is the section as it was, with the list in Django's template language; it is kept here only
as the yardstick. Both are rendered from the same context, for a tree with every case the list shows, and must be the
same byte for byte, except that Jinja2 writes a quote as &#34; / &#39; where Django writes &quot; / &#x27;.
"""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.fallback import FallbackStorage
from django.template import engines
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone

from accounts.tests.factories import UserFactory
from articles.tests.factories import ArticleFactory
from comments.models import Comment
from comments.panel import comments_panel_context
from comments.tests.factories import CommentFactory, VerifiedUserFactory
from tests.security.xss_corpus import HTML, UNICODE, URLS

pytestmark = pytest.mark.django_db

REFERENCE = Path(__file__).parent / "reference" / "panel_dtl.html"
NONCE = "n0nce-for-the-test"
LONG_TEXT = (
    "Magnesium helped me (see https://example.org/sleep?a=1&b=<2> and www.example.com/path).\n\n"
    + "My calf twitched for weeks, then stopped once I slept more. " * 30
    + "\nmail me: someone@example.org"
)


def _normalise(html):
    html = html.replace("&#34;", "&quot;").replace("&#39;", "&#x27;")
    # The form's CSRF token is masked anew each time it is printed.
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', 'name="csrfmiddlewaretoken" value="-"', html)


def _render_both(article, viewer, *, note=None):
    request = RequestFactory().get(article.get_absolute_url())
    request.user = viewer
    request.session = {}
    request._messages = FallbackStorage(request)
    request.csp_nonce = NONCE
    ctx = comments_panel_context(request, article)
    if note is not None:
        ctx["comment_note"] = note
    context = {"ctx": ctx, "csp_nonce": NONCE}
    new = render_to_string("comments/panel.html", context, request)
    old = engines["django"].from_string(REFERENCE.read_text()).render(context, request)
    return _normalise(new), _normalise(old), ctx


@pytest.fixture
def thread():
    """An article whose comments cover every case of the list, hostile text included."""
    now = timezone.now()
    author = VerifiedUserFactory(display_name="The Author", location="")
    owner = VerifiedUserFactory(display_name='O\'Brien "Bob" & co', location=HTML[10])
    staff = VerifiedUserFactory(is_staff=True, is_superuser=True, location="")
    hostile = VerifiedUserFactory(display_name=HTML[0], location=HTML[8])
    pictured = VerifiedUserFactory(display_name=UNICODE[0], location="Zürich")
    pictured.avatar.name = "avatars/7-abcdefgh.jpg"
    pictured.save()
    leaver = VerifiedUserFactory(display_name="Leaves soon")
    article = ArticleFactory(author=author)

    first = CommentFactory(article=article, author=author, body=LONG_TEXT)
    hostile_reply = CommentFactory(parent=first, author=hostile, body=HTML[9])
    own_reply = CommentFactory(parent=hostile_reply, author=owner, body=URLS[0])
    deep = CommentFactory(parent=own_reply, author=pictured, body="Depth three.")
    CommentFactory(parent=deep, author=hostile, body="Depth four, the deepest level.")
    orphaned = CommentFactory(parent=first, author=leaver, body="Written by an account since erased.")
    gone = CommentFactory(article=article, author=owner, body="", is_deleted=True, deleted_at=now)
    CommentFactory(parent=gone, author=pictured, body=" ".join(URLS[:4]))
    held = CommentFactory(article=article, author=owner, body="Held for moderation.", status=Comment.Status.PENDING)
    CommentFactory(article=article, author=pictured, body="\n".join(HTML[:12]))
    CommentFactory(article=article, author=hostile, body="", is_deleted=True, deleted_at=now)
    Comment.objects.filter(pk=orphaned.pk).update(author=None)
    # Ages from years to seconds; the author's comment was edited; the owner's reply is still in its edit window.
    for days, comment in zip((800, 40, 3), (first, hostile_reply, gone), strict=True):
        Comment.objects.filter(pk=comment.pk).update(created_at=now - timedelta(days=days))
    Comment.objects.filter(pk=first.pk).update(edited_at=now - timedelta(days=1))
    Comment.objects.filter(pk=held.pk).update(created_at=now - timedelta(minutes=5))
    return {"article": article, "owner": owner, "staff": staff, "held": held, "own_reply": own_reply}


@pytest.mark.parametrize("who", ["anonymous", "owner", "staff", "outsider"])
def test_comment_list_prints_what_the_django_template_printed(thread, who):
    viewers = {
        "anonymous": AnonymousUser(),
        "owner": thread["owner"],
        "staff": thread["staff"],
        "outsider": UserFactory(),  # signed in, no confirmed address: no reply links
    }
    note = {"text": "Saved <b>it</b>, \"quoted\" & 'single'.", "level": "success", "pk": thread["own_reply"].pk}
    new, old, ctx = _render_both(thread["article"], viewers[who], note=note)
    assert len(ctx["page"].comments) >= 9
    assert new == old


def test_owner_sees_their_held_comment_and_edit_links_escaped(thread):
    new, _, _ = _render_both(thread["article"], thread["owner"])
    assert "Held for moderation." in new and 'class="comment comment-held"' in new
    assert f'href="/comments/{thread["own_reply"].pk}/edit/"' in new
    assert "comment-by-author" in new and "[comment deleted]" in new and "Deleted user" in new
    assert "<script>window" not in new and "&lt;script&gt;window.__xss=1&lt;/script&gt;" in new
    anonymous, _, _ = _render_both(thread["article"], AnonymousUser())
    assert "Held for moderation." not in anonymous and "/edit/" not in anonymous


def test_each_commenter_shows_the_name_picture_and_profile_of_their_account(thread):
    _, _, ctx = _render_both(thread["article"], AnonymousUser())
    comments = ctx["page"].comments
    users = {u.pk: u for u in type(thread["owner"]).objects.filter(pk__in={c.author_id for c in comments})}
    for c in comments:
        user = users.get(c.author_id)
        if user is None:
            assert c.person.name == "Deleted user"
            continue
        assert (c.person.name, c.person.avatar, c.person.url, c.person.location) == (
            user.public_name,
            user.avatar_url,
            user.get_absolute_url(),
            user.location,
        )
