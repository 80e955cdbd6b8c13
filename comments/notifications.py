"""E-mails about new comments: to the article's author and to the person answered, with a one-click mute link."""

import logging

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse

from . import conf
from .models import Comment, CommentMute

MUTE_SALT = "comments.mute"
logger = logging.getLogger(__name__)


def mute_token(user):
    return signing.dumps({"u": user.pk}, salt=MUTE_SALT)


def user_from_mute_token(token):
    """Return the user id in a mute token, or None when the token is forged or damaged."""
    try:
        return signing.loads(token, salt=MUTE_SALT)["u"]
    except (signing.BadSignature, KeyError, TypeError):
        return None


def _site_url():
    return conf.get("COMMENTS_SITE_URL").rstrip("/")


def recipients_for(comment):
    """Return [(user, reason)] to e-mail about a published comment: at most one entry per person."""
    chosen = {}
    article_author = comment.article.author
    if article_author and article_author.pk != comment.author_id:
        chosen[article_author.pk] = (article_author, "article")
    parent = comment.parent
    if (
        parent is not None
        and parent.author is not None
        and parent.notify_replies
        and parent.author_id != comment.author_id
        and parent.author_id not in chosen
    ):
        chosen[parent.author_id] = (parent.author, "reply")
    muted = set(CommentMute.objects.filter(user_id__in=chosen).values_list("user_id", flat=True))
    return [
        (user, reason) for pk, (user, reason) in chosen.items() if pk not in muted and user.email and user.is_active
    ]


def notify_new_comment(pk):
    """E-mail the people who want to know about this newly published comment."""
    comment = Comment.objects.select_related("article__author", "author", "parent__author").filter(pk=pk).first()
    if comment is None or not comment.is_published:
        return 0
    sent = 0
    for user, reason in recipients_for(comment):
        mute_url = _site_url() + reverse("comments:mute", kwargs={"token": mute_token(user)})
        context = {
            "comment": comment,
            "recipient": user,
            "reason": reason,
            "commenter": comment.author.public_name if comment.author else "Deleted user",
            "comment_url": _site_url() + comment.get_absolute_url(),
            "mute_url": mute_url,
            "site_name": settings.SITE_NAME,
        }
        if reason == "article":
            subject = f"New comment on “{comment.article.title}”"
        else:
            subject = f"{context['commenter']} replied to your comment on “{comment.article.title}”"
        message = EmailMessage(
            subject=subject,
            body=render_to_string("comments/email/new_comment.txt", context),
            to=[user.email],
            headers={"List-Unsubscribe": f"<{mute_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
        )
        if _send(message, comment_pk=comment.pk, user_pk=user.pk):
            sent += 1
    return sent


def _send(message, *, comment_pk, user_pk, attempts=2):
    """Send one e-mail, retrying once; log a failure (ids only, never the address) instead of raising.

    The comment is already committed when this runs: a mail server that is down must neither lose it nor turn
    the commenter's request into an error page.
    """
    for attempt in range(1, attempts + 1):
        try:
            message.send()
        except Exception:  # noqa: BLE001 - SMTP errors, refused connections, timeouts: all mean "not sent"
            logger.warning("comment e-mail failed (attempt %s of %s)", attempt, attempts, exc_info=True)
        else:
            return True
    logger.error("comment e-mail not sent: comment %s, recipient user %s", comment_pk, user_pk)
    return False
