"""Comment pages: thin views over comments.services and comments.selectors."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from articles.models import Article

from . import services, spam
from .forms import CommentEmailsForm, CommentForm, EditForm
from .models import Comment, CommentMute
from .notifications import user_from_mute_token
from .panel import comment_form_html, keep_refused_post
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


def _form_page(request, *, article, form, parent=None):
    can_comment, muted_since = services.commenter_state(request.user)
    return render(
        request,
        "comments/comment_form_page.html",
        {
            "article": article,
            "form": form,
            "parent": parent,
            "can_comment": can_comment,
            "muted_since": muted_since,
            "closed_reason": services.comments_closed_reason(article),
        },
    )


def _wants_json(request):
    """Return whether comments.js posted the form, asking for the outcome as JSON to show it in place."""
    return request.headers.get("Accept", "").startswith("application/json")


@require_POST
def comment_post(request, article_pk):
    """Post a comment or a reply; a refusal is shown in the form it came from, with the text kept."""
    article = _visible_article(request, article_pk)
    if not request.user.is_authenticated:
        return redirect_to_login(article.get_absolute_url())
    form = CommentForm(request.POST)
    form.is_valid()
    parent = _reply_parent(form, article)
    retry_after = 0
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
            retry_after = _add_refusal(form, exc)
        else:
            return _posted(request, comment)
    return _refused(request, article=article, form=form, parent=parent, retry_after=retry_after)


def _reply_parent(form, article):
    """Return the comment the form answers, or None; say so in the form when it is gone."""
    parent_pk = form.cleaned_data.get("parent")
    if not parent_pk:
        return None
    parent = Comment.objects.filter(pk=parent_pk, article=article).select_related("author").first()
    if parent is None:
        form.add_error(None, "The comment you replied to no longer exists.")
    return parent


def _add_refusal(form, exc):
    """Put the service's refusal into the form; return the seconds to wait when the refusal was a rate limit."""
    retry_after = 0
    for error in getattr(exc, "error_dict", {}).get("body", []):
        if error.code == "rate-limited":
            retry_after = error.params["retry_after"]
    errors = exc.message_dict if hasattr(exc, "error_dict") else {None: exc.messages}
    for field, field_messages in errors.items():
        for message in field_messages:
            form.add_error("body" if field == "body" else None, message)
    return retry_after


def _posted(request, comment):
    if comment.status == Comment.Status.PENDING:
        _tell(request, messages.INFO, "Thank you! Your comment is saved and waits for a moderator.", comment)
    else:
        _tell(request, messages.SUCCESS, "Your comment is posted.", comment)
    if _wants_json(request):
        # The permalink, which redirects: a new page load that lands on the comment even when only the #comment-N
        # of the address changes, where a script's navigation would merely scroll the page it is on.
        return JsonResponse({"location": comment.get_absolute_url()})
    return redirect(comment_url(comment, request.user))


def _refused(request, *, article, form, parent, retry_after):
    """Show a refusal where the person was typing, the text kept: in the form on the article page.

    comments.js gets the form again as HTML and swaps it in place (HTTP 429 with Retry-After for a rate limit,
    400 otherwise). Without JavaScript the refused post waits in the session and the article page shows it, the
    reply box open under the comment answered: the reader is back where they were, at the article's own address.
    """
    if spam.check_form_token(form.data.get("token")).code in ("expired", "damaged"):
        # Give a fresh token so the kept text can be posted again.
        form.data = form.data.copy()
        form.data["token"] = spam.make_form_token()
    # The form comes back as it was posted: a reply stays a reply, even to a comment that is gone.
    reply_to = form.cleaned_data.get("parent") or None
    if _wants_json(request):
        shown = CommentForm.refused(form.data, form.error_list(), reply_to=reply_to, in_thread=reply_to is not None)
        html = comment_form_html(
            request, article=article, form=shown, muted_since=services.commenter_state(request.user)[1]
        )
        response = JsonResponse({"form": html}, status=429 if retry_after else 400)
        if retry_after:
            response["Retry-After"] = str(retry_after)
    else:
        keep_refused_post(request, article=article, form=form, parent_pk=reply_to)
        response = redirect(_form_url(request, article, parent))
    # The answer holds what the person typed: never kept by a shared cache.
    response["Cache-Control"] = "private, no-store"
    return response


def _form_url(request, article, parent):
    """Return the article page address that shows the form: the page of comments holding the one answered.

    No #fragment: the refused form's text box has autofocus, which brings it into view with the focus in it, and
    browsers skip autofocus on a page opened at a fragment.
    """
    page = thread_page_number(parent, request.user) if parent is not None else 1
    query = f"?{urlencode({'comments': page})}" if page > 1 else ""
    return f"{article.get_absolute_url()}{query}"


def comment_reply(request, pk):
    """Show the reply form on its own page (the link behind "Reply" when JavaScript is off)."""
    parent = _visible_comment(request, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    form = CommentForm(reply_to=parent.pk)
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


def comment_emails_context(user):
    """Return what the settings page shows of the person's comment e-mails (accounts registry section)."""
    mute = CommentMute.objects.filter(user=user).only("created_at").first()
    return {"muted_since": mute.created_at if mute else None}


@login_required
@require_POST
def comment_emails(request):
    """Turn the signed-in person's comment e-mails back on (or off) from the settings page."""
    form = CommentEmailsForm(request.POST)
    if form.is_valid():
        if form.cleaned_data["emails"] == CommentEmailsForm.ON:
            CommentMute.objects.filter(user=request.user).delete()
            messages.success(request, "Comment e-mails are on again.")
        else:
            CommentMute.objects.get_or_create(user=request.user)
            messages.success(request, "Comment e-mails are muted.")
    return redirect(reverse("accounts:settings") + "#comment-emails")
