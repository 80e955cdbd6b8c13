"""Filters that turn a comment's plain text into safe HTML and its date into a relative age; the comment list."""

from functools import lru_cache

from django import template
from django.template import engines
from django.utils import timezone
from django.utils.html import avoid_wrapping, linebreaks, urlize
from django.utils.safestring import mark_safe
from django.utils.timesince import TIME_STRINGS, timesince
from django.utils.translation import get_language

register = template.Library()


@register.filter
def comment_html(text):
    """Return plain text as escaped HTML paragraphs with links (rel="nofollow ugc noopener")."""
    return _comment_html(text or "")


# bench: the output depends on the text alone, and urlize is the costliest step of rendering a comment page.
@lru_cache(maxsize=4096)
def _comment_html(text):
    # urlize escapes everything it does not turn into a link, so no HTML from the comment survives.
    html = urlize(text, nofollow=True, autoescape=True)
    html = html.replace('rel="nofollow"', 'rel="nofollow ugc noopener"')
    return mark_safe(linebreaks(html, autoescape=False))  # noqa: S308 - escaped by urlize above


# bench: the largest unit under four weeks is plain arithmetic; timesince() works out calendar months first, which
# cost more than the rest of a comment's rendering on a page of 200 comments. Same text (tested against it).
_SHORT_UNITS = (("week", 7 * 24 * 3600), ("day", 24 * 3600), ("hour", 3600), ("minute", 60))
_FOUR_WEEKS = 28 * 24 * 3600


@lru_cache(maxsize=1024)
def _ago(name, num, language):
    # bench: translating the unit costs more than the rest of a comment's data; a page repeats few (unit, number) pairs.
    return f"{avoid_wrapping(TIME_STRINGS[name] % {'num': num})} ago"


@register.filter
def age(value, now=None):
    """Return how long ago value was, in its largest unit: "3 minutes ago", "6 years ago"."""
    if not value:
        return ""
    now = now or timezone.now()
    seconds = (now - value).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < _FOUR_WEEKS:  # no calendar month fits in less than four weeks: timesince() counts these seconds
        for name, size in _SHORT_UNITS:
            if seconds >= size:
                return _ago(name, int(seconds // size), get_language())
    return f"{timesince(value, now, depth=1)} ago"


@register.simple_tag
def comment_list(ctx):
    """Render the comments of the section's page (decorated by selectors.decorate) with Jinja2, autoescaped."""
    template = engines["jinja2"].get_template("comments/comment_list.html").template
    html = template.render(comments=ctx["page"].comments, can_reply=ctx["can_reply"], note=ctx["comment_note"])
    return mark_safe(html)  # noqa: S308 - Jinja2 autoescapes every value it prints
