"""Writes with side effects: posting, editing, deleting and moderating comments, keeping counts exact."""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Subquery
from django.utils import timezone
from django.utils.translation import ngettext

from articles.models import Article
from articles.page_cache import touch_article, touch_site

from . import conf, spam
from .models import PATH_STEP, Comment, CommentMute


def user_has_verified_email(user):
    """Return whether the user confirmed an e-mail address (allauth), which commenting requires."""
    from allauth.account.models import EmailAddress

    if not user or not user.is_authenticated or not user.is_active:
        return False
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def commenter_state(user):
    """Return (whether the user may comment, when they muted comment e-mails or None) with one query."""
    from allauth.account.models import EmailAddress

    if not user or not user.is_authenticated or not user.is_active:
        return False, None
    muted = CommentMute.objects.filter(user=user).values("created_at")[:1]
    row = EmailAddress.objects.filter(user=user, verified=True).values_list("pk", Subquery(muted)).first()
    return (True, row[1]) if row else (False, None)


def comments_closed_reason(article, now=None):
    """Return why comments on the article are closed, or "" when they are open."""
    if not article.comments_open:
        return "Comments are closed on this article."
    if not article.is_live:
        return "Comments open when the article is published."
    days = conf.get("COMMENTS_CLOSE_AFTER_DAYS")
    if days is not None and article.published_at + timedelta(days=days) < (now or timezone.now()):
        return f"Comments close {days} days after an article is published."
    return ""


def is_moderator(user):
    return bool(user and user.is_authenticated and user.has_perm("comments.change_comment"))


def hash_ip(ip):
    """Return a keyed hash of an IP address, so floods can be matched without storing the address."""
    if not ip:
        return ""
    return hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()


def normalize_body(body):
    """Return the text with plain line breaks and without outer whitespace, as it is stored and counted."""
    # Browsers send a textarea's line breaks as CRLF but count them as one character: so do we.
    return (body or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def too_long_message(length, limit):
    """Return the one message for a text over the limit, worded like the browser's live warning (comments.js)."""
    over = length - limit
    return ngettext(
        "Your comment is %(over)d character too long.", "Your comment is %(over)d characters too long.", over
    ) % {"over": over}


def clean_body(body):
    """Return the body as stored (normalize_body), or raise ValidationError when empty or too long."""
    body = normalize_body(body)
    limit = conf.get("COMMENTS_MAX_LENGTH")
    if not body:
        raise ValidationError({"body": "Please write something before posting."})
    # len() counts Unicode code points, as the browser counter does with [...text].length.
    if len(body) > limit:
        raise ValidationError({"body": too_long_message(len(body), limit)})
    return body


def _adjust_count(article_id, delta):
    if delta:
        Article.objects.filter(pk=article_id).update(comment_count=F("comment_count") + delta)


def refresh_article_pages(article_ids):
    """bench: show a comment change on the articles' cached pages at the next request (after the commit)."""
    touch_article(*Article.objects.filter(pk__in=set(article_ids)).values_list("slug", flat=True))


def _reply_target(parent):
    """Return (comment to attach to, mention) respecting COMMENTS_MAX_DEPTH."""
    max_depth = max(conf.get("COMMENTS_MAX_DEPTH"), 1)
    if parent.depth + 1 < max_depth:
        return parent, ""
    # At the limit: attach to the deepest allowed ancestor and name the person answered.
    target_depth = max_depth - 2
    if target_depth <= 0:
        target = Comment.objects.get(pk=parent.root_id or parent.pk)
    else:
        target = Comment.objects.get(root_id=parent.root_id, path=parent.path[: target_depth * PATH_STEP])
    name = parent.author.public_name if parent.author else "Deleted user"
    return target, f"@{name} "


@transaction.atomic
def comment_post(
    *,
    article,
    author,
    body,
    parent=None,
    notify_replies=True,
    ip="",
    request_meta=None,
    run_spam=True,
    notify=True,
    now=None,
    submission_key=None,
) -> Comment:
    """Post a comment or reply; refuse it (ValidationError) or hold it according to the spam pipeline.

    A submission_key already used by this author returns that comment instead of saving another (double submit).
    """
    if not user_has_verified_email(author):
        raise PermissionDenied("Please confirm your e-mail address before commenting.")
    if submission_key is not None:
        earlier = Comment.objects.filter(author=author, submission_key=submission_key).first()
        if earlier is not None:
            return earlier
    closed = comments_closed_reason(article, now=now)
    if closed:
        raise ValidationError(closed)
    body = clean_body(body)

    mention = ""
    if parent is not None:
        if parent.article_id != article.pk:
            raise ValidationError("You can only reply to a comment on the same article.")
        if parent.is_deleted or parent.status != Comment.Status.PUBLISHED:
            raise ValidationError("This comment can no longer be answered.")
        parent, mention = _reply_target(parent)
        if mention and not body.startswith(mention.strip()):
            body = clean_body(mention + body)

    verdict = spam.assess(article=article, user=author, body=body, request_meta=request_meta) if run_spam else spam.OK
    if verdict.refused:
        # The code and the wait let the view answer a rate limit with HTTP 429 and Retry-After.
        refusal = ValidationError(
            verdict.reason, code=verdict.code or "refused", params={"retry_after": verdict.retry_after}
        )
        raise ValidationError({"body": refusal})

    comment = Comment(
        article=article,
        author=author,
        body=body,
        submission_key=submission_key,
        notify_replies=notify_replies,
        ip_hash=hash_ip(ip),
        status=Comment.Status.PENDING if verdict.held else Comment.Status.PUBLISHED,
        status_reason=verdict.reason[:200],
    )
    try:
        # A savepoint: when a concurrent double submit wins the race, its comment is the answer (below).
        with transaction.atomic():
            if parent is not None:
                # Lock the parent row so concurrent replies get distinct sibling positions (a no-op on SQLite,
                # whose IMMEDIATE transactions already serialise writers). ops: FOR NO KEY UPDATE, not FOR UPDATE:
                # PostgreSQL checks the deferred foreign keys of other new replies at COMMIT with FOR KEY SHARE on
                # this row; FOR UPDATE blocks that while we wait for the article row they hold, a deadlock.
                locked = (
                    Comment.objects.select_for_update(no_key=True)
                    .only("pk", "root", "path", "depth", "reply_seq")
                    .get(pk=parent.pk)
                )
                Comment.objects.filter(pk=locked.pk).update(reply_seq=F("reply_seq") + 1)
                seq = locked.reply_seq + 1
                comment.parent_id = locked.pk
                comment.root_id = locked.root_id or locked.pk
                comment.depth = locked.depth + 1
                comment.path = f"{locked.path}{seq:0{PATH_STEP}d}"
            comment.full_clean()
            comment.save()
    except (IntegrityError, ValidationError):
        # The unique (author, submission_key) constraint caught a concurrent double submit: answer with its twin.
        if submission_key is None:
            raise
        earlier = Comment.objects.filter(author=author, submission_key=submission_key).first()
        if earlier is None:
            raise
        return earlier
    touch_article(article.slug)  # bench
    if comment.is_published:
        _adjust_count(article.pk, +1)
        if notify:
            _notify_on_commit(comment)
    return comment


def can_edit(comment, user, now=None):
    """Return whether user may still edit comment from the site (owner, inside the edit window)."""
    if not user.is_authenticated or comment.author_id != user.pk or comment.is_deleted:
        return False
    if comment.status not in (Comment.Status.PUBLISHED, Comment.Status.PENDING):
        return False
    return (now or timezone.now()) - comment.created_at <= timedelta(seconds=conf.get("COMMENTS_EDIT_WINDOW"))


@transaction.atomic
def comment_edit(*, comment, user, body, now=None) -> Comment:
    """Change a comment's text within the edit window; the spam pipeline runs again."""
    comment = Comment.objects.select_for_update().select_related("article").get(pk=comment.pk)
    if not can_edit(comment, user, now=now):
        raise PermissionDenied("You can no longer edit this comment.")
    body = clean_body(body)
    if body == comment.body:
        return comment
    verdict = spam.assess(article=comment.article, user=user, body=body, exclude_pk=comment.pk, rate_limit=False)
    if verdict.refused:
        raise ValidationError({"body": verdict.reason})
    was_published = comment.is_published
    comment.body = body
    comment.edited_at = now or timezone.now()
    if verdict.held:
        comment.status = Comment.Status.PENDING
        comment.status_reason = verdict.reason[:200]
    comment.full_clean()
    comment.save()
    _adjust_count(comment.article_id, int(comment.is_published) - int(was_published))
    touch_article(comment.article.slug)  # bench
    return comment


@transaction.atomic
def comment_delete(*, comment, user, now=None) -> Comment:
    """Delete a comment for its author or a moderator; replies stay, under a "[comment deleted]" stub."""
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    if comment.author_id != user.pk and not is_moderator(user):
        raise PermissionDenied("You can only delete your own comments.")
    if comment.is_deleted:
        return comment
    was_published = comment.is_published
    comment.is_deleted = True
    comment.deleted_at = now or timezone.now()
    comment.body = ""  # the author asked for the text to go
    comment.save(update_fields=["is_deleted", "deleted_at", "body"])
    _adjust_count(comment.article_id, -int(was_published))
    refresh_article_pages([comment.article_id])  # bench
    return comment


@transaction.atomic
def comment_moderate(*, comments, status, moderator=None) -> int:
    """Set the status of comments (approve, mark spam, remove), keep counts exact; return how many changed."""
    if status not in Comment.Status.values:
        raise ValidationError(f"Unknown status {status!r}.")
    pks = [c.pk for c in comments]
    changed = 0
    deltas = {}
    newly_published = []
    for comment in Comment.objects.select_for_update().filter(pk__in=pks).order_by("pk"):
        if comment.status == status:
            continue
        was_published = comment.is_published
        comment.status = status
        comment.status_reason = f"set by {moderator}"[:200] if moderator else comment.status_reason
        comment.save(update_fields=["status", "status_reason"])
        changed += 1
        delta = int(comment.is_published) - int(was_published)
        deltas[comment.article_id] = deltas.get(comment.article_id, 0) + delta
        if comment.is_published:
            newly_published.append(comment.pk)
    for article_id, delta in deltas.items():
        _adjust_count(article_id, delta)
    if deltas:
        refresh_article_pages(deltas)  # bench
    for pk in newly_published:
        transaction.on_commit(lambda pk=pk: _send_notifications(pk), robust=True)
    return changed


@transaction.atomic
def comment_recount(*, article) -> int:
    """Recount an article's published comments from scratch (repair tool for the admin)."""
    count = Comment.objects.for_article(article).published().count()
    Article.objects.filter(pk=article.pk).update(comment_count=count)
    touch_article(article.slug)  # bench
    return count


def comments_erase_author(user, placeholder=None):
    """Detach a user's comments from their account on erasure; the comments stay, shown as "Deleted user"."""
    Comment.objects.filter(author=user).update(author=None, ip_hash="")
    touch_site()  # bench: the name leaves every cached page at once


def _notify_on_commit(comment):
    # ops: robust: a notification failure is logged by Django and never turns the saved comment into an error.
    transaction.on_commit(lambda: _send_notifications(comment.pk), robust=True)


def _send_notifications(pk):
    from .notifications import notify_new_comment

    notify_new_comment(pk)
