"""The comment section of the article page, registered as an ArticlePanel from CommentsConfig.ready()."""

from datetime import timedelta
from urllib.parse import urlencode

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from articles.page_cache import changes_at

from . import conf, services
from .forms import CommentForm
from .selectors import decorate, thread_page


def comments_panel_context(request, article):
    """Return everything the comment section shows; all its queries run here, not in the template."""
    viewer = request.user
    sort = request.GET.get("sort", "oldest")
    page = thread_page(article=article, viewer=viewer, page=request.GET.get("comments", 1), sort=sort)
    decorate(page.comments, article=article, viewer=viewer)
    signed_in = viewer.is_authenticated
    can_comment = signed_in and services.user_has_verified_email(viewer)
    closed_reason = services.comments_closed_reason(article)
    _note_when_the_section_changes(request, article, page.comments)
    comment_note, notes = section_notes(request, {c.pk for c in page.comments})
    return {
        "article": article,
        "page": page,
        "signed_in": signed_in,
        "can_comment": can_comment,
        "closed_reason": closed_reason,
        "can_reply": can_comment and not closed_reason,
        "form": CommentForm(),
        "max_length": conf.get("COMMENTS_MAX_LENGTH"),
        "login_url": f"{reverse('account_login')}?{urlencode({'next': article.get_absolute_url() + '#comments'})}",
        "is_moderator": services.is_moderator(viewer),
        "comment_note": comment_note,
        "notes": notes,
    }


def section_notes(request, shown_pks):
    """Return (the message about a comment shown on this page, or None; the section's other messages).

    The comment views tag their messages "comments" and "comment-<pk>" (views._tell); the reader lands on that
    comment, so its message is shown inside it, and the rest at the top of the section.
    """
    comment_note, notes = None, []
    for message in get_messages(request):
        tags = (message.extra_tags or "").split()
        if "comments" not in tags:
            continue
        note = {"text": str(message), "level": message.level_tag, "pk": None}
        for tag in tags:
            if tag.startswith("comment-") and tag[8:].isdigit() and int(tag[8:]) in shown_pks:
                note["pk"] = int(tag[8:])
        if note["pk"] is not None and comment_note is None:
            comment_note = note
        else:
            notes.append(note)
    return comment_note, notes


def _note_when_the_section_changes(request, article, comments):
    """Tell the page cache when this section changes with no write: relative dates, comments closing."""
    now = timezone.now()
    newest = max((c.created_at for c in comments), default=None)
    if newest is not None and now - newest < timedelta(hours=1):
        # "just now", "5 minutes ago": a recent comment's date moves every minute; older ones by the hour or
        # more, which the cache's own timeout (an hour at most) covers.
        changes_at(request, now + timedelta(minutes=1))
    days = conf.get("COMMENTS_CLOSE_AFTER_DAYS")
    if days is not None and article.published_at is not None:
        closes = article.published_at + timedelta(days=days)
        if closes > now:
            changes_at(request, closes)
