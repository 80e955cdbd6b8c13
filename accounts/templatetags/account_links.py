"""Account template tags: where the header's "Log in" and "Sign up" bring the reader back to."""

from django import template
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

register = template.Library()


def _account_pages_prefix():
    # Every allauth page lives under the same prefix as the login page ("/accounts/").
    return reverse("account_login").rstrip("/").rsplit("/", 1)[0] + "/"


@register.simple_tag(takes_context=True)
def return_path(context):
    """Return the path to come back to after logging in or signing up, or "" when there is none."""
    request = context.get("request")
    if request is None:
        return ""
    if not request.path.startswith(_account_pages_prefix()):
        # The page's own path, never its query string: anonymous pages are cached per address, and the path is the
        # same for everyone who gets that copy.
        return request.path
    # An account page (never cached) passes on the page it was opened from.
    wanted = request.GET.get("next", "")
    safe = wanted.startswith("/") and url_has_allowed_host_and_scheme(wanted, allowed_hosts={request.get_host()})
    return wanted if safe else ""
