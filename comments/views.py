"""Comment pages: thin views over comments.services and comments.selectors."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from articles.models import Article

from . import services, spam
from .forms import CommentForm, EditForm
from .models import Comment, CommentMute
from .notifications import user_from_mute_token
from .selectors import thread_page_number


def _visible_article(request, pk):
    return get_object_or_404(Article.objects.visible_to(request.user).select_related("author"), pk=pk)


def _visible_comment(request, pk):
    """Return a comment the viewer may see (published, or their own held one), else 404."""
    comment = get_object_or_404(Comment.objects.select_related("article", "author"), pk=pk)
    if comment.status == Comment.Status.PUBLISHED or (
        request.user.is_authenticated and comment.author_id == request.user.pk
    ):
        if Article.objects.visible_to(request.user).filter(pk=comment.article_id).exists():
            return comment
    raise Http404("No such comment.")


def comment_url(comment, viewer=None):
    """Return the article page address that shows the comment."""
    page = thread_page_number(comment, viewer)
    query = f"?{urlencode({'comments': page})}" if page > 1 else ""
    return f"{comment.article.get_absolute_url()}{query}#{comment.anchor}"


def comment_permalink(request, pk):
    """Redirect to the article page (and comment page) that shows the comment."""
    comment = _visible_comment(request, pk)
    return redirect(comment_url(comment, request.user))


def _tell(request, level, text, comment=None):
    """Leave a message for the comment section, next to the comment when there is one (see panel.section_notes).

    The reader lands on the comment (#comment-N) or the section (#comments), far below the page's message bar, so
    these messages are tagged "inline": the article page leaves them to the comment section.
    """
    tags = "inline comments" + (f" comment-{comment.pk}" if comment is not None else "")
    messages.add_message(request, level, text, extra_tags=tags)


def _form_page(request, *, article, form, parent=None, status=200):
    return render(
        request,
        "comments/comment_form_page.html",
        {
            "article": article,
            "form": form,
            "parent": parent,
            "can_comment": services.user_has_verified_email(request.user),
            "closed_reason": services.comments_closed_reason(article),
        },
        status=status,
    )


@require_POST
def comment_post(request, article_pk):
    """Post a comment or a reply; on refusal show the form again with the text kept."""
    article = _visible_article(request, article_pk)
    if not request.user.is_authenticated:
        return redirect_to_login(article.get_absolute_url())
    form = CommentForm(request.POST)
    parent = None
    rate_limited = False
    if form.is_valid():
        parent_pk = form.cleaned_data.get("parent")
        if parent_pk:
            parent = Comment.objects.filter(pk=parent_pk, article=article).select_related("author").first()
            if parent is None:
                form.add_error(None, "The comment you replied to no longer exists.")
        if not form.errors:
            try:
                comment = services.comment_post(
                    article=article,
                    author=request.user,
                    body=form.cleaned_data["body"],
                    parent=parent,
                    notify_replies=form.cleaned_data["notify_replies"],
                    ip=request.META.get("REMOTE_ADDR", ""),
                    request_meta=spam.akismet_meta(request, article),
                    submission_key=form.cleaned_data.get("submission_key"),
                )
            except PermissionDenied as exc:
                form.add_error(None, str(exc))
            except ValidationError as exc:
                # ops: a refusal for posting too often answers 429 (the form keeps the text).
                rate_limited = any(e.code == "rate-limited" for e in getattr(exc, "error_dict", {}).get("body", []))
                errors = exc.message_dict if hasattr(exc, "error_dict") else {None: exc.messages}
                for field, field_messages in errors.items():
                    for message in field_messages:
                        form.add_error("body" if field == "body" else None, message)
            else:
                if comment.status == Comment.Status.PENDING:
                    _tell(
                        request, messages.INFO, "Thank you! Your comment is saved and waits for a moderator.", comment
                    )
                else:
                    _tell(request, messages.SUCCESS, "Your comment is posted.", comment)
                return redirect(comment_url(comment, request.user))
    elif form.data.get("parent"):
        parent = Comment.objects.filter(pk=form.data.get("parent"), article=article).first()
    if spam.check_form_token(form.data.get("token")).code in ("expired", "damaged"):
        # Give a fresh token so the kept text can be posted again.
        form.data = form.data.copy()
        form.data["token"] = spam.make_form_token()
    if rate_limited:
        response = _form_page(request, article=article, form=form, parent=parent, status=429)
        response["Retry-After"] = "15"
        return response
    return _form_page(request, article=article, form=form, parent=parent, status=400)


def comment_reply(request, pk):
    """Show the reply form on its own page (the link behind "Reply" when JavaScript is off)."""
    parent = _visible_comment(request, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    form = CommentForm(initial={"parent": parent.pk})
    return _form_page(request, article=parent.article, form=form, parent=parent)


@login_required
@require_http_methods(["GET", "POST"])
def comment_edit(request, pk):
    """Let the author change their comment during the edit window."""
    comment = _visible_comment(request, pk)
    if not services.can_edit(comment, request.user):
        raise PermissionDenied("You can no longer edit this comment.")
    form = EditForm(request.POST or None, initial={"body": comment.body})
    if request.method == "POST" and form.is_valid():
        try:
            comment = services.comment_edit(comment=comment, user=request.user, body=form.cleaned_data["body"])
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error("body", message)
        else:
            _tell(request, messages.SUCCESS, "Your comment is updated.", comment)
            return redirect(comment_url(comment, request.user))
    return render(request, "comments/comment_edit.html", {"comment": comment, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def comment_delete(request, pk):
    """Ask, then delete the author's own comment."""
    comment = _visible_comment(request, pk)
    if comment.author_id != request.user.pk or comment.is_deleted:
        raise PermissionDenied("You can only delete your own comments.")
    if request.method == "POST":
        services.comment_delete(comment=comment, user=request.user)
        _tell(request, messages.SUCCESS, "Your comment is deleted.")
        return redirect(comment.article.get_absolute_url() + "#comments")
    return render(request, "comments/comment_confirm_delete.html", {"comment": comment})


@csrf_exempt  # the signed token is the authority; mail clients' one-click POST (RFC 8058) carries no CSRF cookie
@require_http_methods(["GET", "POST"])
def mute(request, token):
    """Stop all comment e-mails for the person named in a signed link; no login needed.

    GET only shows the button: link scanners and previews open links in e-mails, and must not mute anyone.
    """
    from django.contrib.auth import get_user_model

    user_pk = user_from_mute_token(token)
    user = get_user_model().objects.filter(pk=user_pk).first() if user_pk else None
    if user is None:
        return render(request, "comments/mute.html", {"invalid": True}, status=400)
    done = request.method == "POST"
    if done:
        CommentMute.objects.get_or_create(user=user)
    return render(request, "comments/mute.html", {"invalid": False, "done": done, "home": reverse("articles:home")})
