"""The comment section of the article page, registered as an ArticlePanel from CommentsConfig.ready()."""

from urllib.parse import urlencode

from django.urls import reverse

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
    }
