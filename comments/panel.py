"""The comment section of the article page, registered as an ArticlePanel from CommentsConfig.ready()."""

from datetime import timedelta
from urllib.parse import urlencode

from django.contrib.messages import get_messages
from django.template.loader import render_to_string
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
    can_comment, muted_since = services.commenter_state(viewer)
    closed_reason = services.comments_closed_reason(article)
    _note_when_the_section_changes(request, article, page.comments)
    shown = {c.pk for c in page.comments}
    comment_note, notes = section_notes(request, shown)
    form, reply = CommentForm(), None
    refused = take_refused_post(request, article=article)
    if refused is not None and can_comment and not closed_reason:
        form, reply = _refused_forms(request, article, refused, shown=shown, muted_since=muted_since)
    return {
        "article": article,
        "page": page,
        "signed_in": signed_in,
        "can_comment": can_comment,
        "closed_reason": closed_reason,
        "can_reply": can_comment and not closed_reason,
        "form": form,
        "reply": reply,
        "muted_since": muted_since,
        "max_length": conf.get("COMMENTS_MAX_LENGTH"),
        "login_url": f"{reverse('account_login')}?{urlencode({'next': article.get_absolute_url() + '#comments'})}",
        "is_moderator": services.is_moderator(viewer),
        "comment_note": comment_note,
        "notes": notes,
    }


def _refused_forms(request, article, refused, *, shown, muted_since):
    """Return (the form at the top of the section, the reply box to open under a comment or None) for a refusal."""
    parent_pk, data, errors = refused
    if parent_pk in shown:
        reply_form = CommentForm.refused(data, errors, reply_to=parent_pk, in_thread=True)
        html = comment_form_html(request, article=article, form=reply_form, muted_since=muted_since)
        return CommentForm(), {"parent_pk": parent_pk, "html": html}
    # The comment answered is gone (deleted, or on no page any more): offer the text as a comment.
    data.pop("parent", None)
    return CommentForm.refused(data, errors), None


def comment_form_html(request, *, article, form, muted_since):
    """Return the comment form as HTML: the reply box under its comment, or the whole form for comments.js."""
    context = {"form": form, "article": article, "muted_since": muted_since}
    if form.id_suffix:
        context["form_id"] = f"reply-form-{form.reply_to}"
    return render_to_string("comments/form.html", context, request=request)


# A refused post waits in the session for the article page the person is sent back to (views._refused), which
# shows it once. Signed-in pages are never cached (articles/page_cache.py), and only signed-in people post.
_REFUSED_KEY = "comments:refused:{}"
_KEPT_FIELDS = ("body", "notify_replies", "token", "submission_key")
_MAX_KEPT_CHARACTERS = 65536  # beyond any comment a person could shorten to the limit; keeps the session small


def keep_refused_post(request, *, article, form, parent_pk):
    """Keep a refused post (what was typed, and why it was refused) for the article's comment section."""
    data = {name: form.data[name] for name in _KEPT_FIELDS if name in form.data}
    data["body"] = data.get("body", "")[:_MAX_KEPT_CHARACTERS]
    if parent_pk is not None:
        data["parent"] = str(parent_pk)
    request.session[_REFUSED_KEY.format(article.pk)] = {"data": data, "errors": form.error_list()}


def take_refused_post(request, *, article):
    """Return (parent pk or None, form data, errors) of the post refused on this article, once; else None."""
    if not request.user.is_authenticated:
        return None
    kept = request.session.pop(_REFUSED_KEY.format(article.pk), None)
    if not kept:
        return None
    parent = kept["data"].get("parent", "")
    return (int(parent) if parent.isdigit() else None), kept["data"], kept["errors"]


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
