"""Public profile pages."""

import hashlib

from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import escape
from django.views.decorators.cache import cache_control

from .registry import registry


def profile(request, handle):
    """Show a user's public profile with the sections other apps registered."""
    person = get_object_or_404(get_user_model(), handle=handle, is_active=True)
    sections = [(template, context(person, request.user)) for _order, template, context in registry.profile_sections]
    return render(request, "accounts/user_detail.html", {"person": person, "sections": sections})


# Background colours with white text at WCAG AA contrast.
_AVATAR_COLOURS = ["#0b6e4f", "#1a56db", "#9b1c1c", "#6b21a8", "#92400e", "#155e75", "#3f6212", "#9d174d"]


@cache_control(public=True, max_age=86400)
def default_avatar(request, handle):
    """Return a generated SVG picture with the user's initials."""
    person = get_object_or_404(
        get_user_model().objects.only("display_name", "email", "username", "handle"), handle=handle
    )
    colour = _AVATAR_COLOURS[int(hashlib.sha256(handle.encode()).hexdigest(), 16) % len(_AVATAR_COLOURS)]
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img">'
        f'<rect width="64" height="64" fill="{colour}"/>'
        '<text x="32" y="32" dy=".35em" text-anchor="middle" fill="#fff" '
        'font-family="system-ui, sans-serif" font-size="26" font-weight="600">'
        f"{escape(person.initials)}</text></svg>"
    )
    return HttpResponse(svg, content_type="image/svg+xml")
