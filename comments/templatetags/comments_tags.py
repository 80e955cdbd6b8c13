"""Filters that turn a comment's plain text into safe HTML and its date into a relative age; the comment list."""

import re
from functools import lru_cache
from html import unescape

from django import template
from django.template import engines
from django.utils import timezone
from django.utils.html import avoid_wrapping, escape, linebreaks, strip_tags, urlize
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
    html = "".join(_linkify(part) for part in _SPACES.split(text))
    return mark_safe(linebreaks(html, autoescape=False))  # noqa: S308 - every part escaped by _linkify


_SPACES = re.compile(r"(\s+)")


def _linkify(word):
    """Return one word escaped, with a link when it is an address; never lose a character of it."""
    if "." not in word and ":" not in word:
        return escape(word)  # no address without a dot or a scheme: skip urlize, the costliest step
    # urlize escapes everything it does not turn into a link, so no HTML from the comment survives. It can also
    # drop punctuation after a closing bracket ("(example.com)!" loses the "!"): then show the word unlinked.
    html = urlize(word, nofollow=True, autoescape=True)
    if unescape(strip_tags(html)) != word:
        return escape(word)
    return html.replace('rel="nofollow"', 'rel="nofollow ugc noopener"')


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
    html = template.render(
        comments=ctx["page"].comments, can_reply=ctx["can_reply"], note=ctx["comment_note"], reply=ctx.get("reply")
    )
    return mark_safe(html)  # noqa: S308 - Jinja2 autoescapes every value it prints
