"""Turn authors' Markdown into sanitised HTML."""

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "em",
    "h3",
    "h4",
    "h5",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "td": {"align"}, "th": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}


class _SubHeadings(Treeprocessor):
    """Turn # and ## headings into h3: the page owns h1 (the title) and h2 (section headings)."""

    def run(self, root):
        for element in root.iter():
            if element.tag in ("h1", "h2"):
                element.tag = "h3"


class SubHeadingsExtension(Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Markdown's API name)
        md.treeprocessors.register(_SubHeadings(md), "twitchsite_subheadings", 5)


def render_markdown(text, extensions=()):
    """Return Markdown text as HTML that is safe to show: no scripts, no event handlers, no javascript: links."""
    html = markdown.markdown(
        text or "", extensions=["extra", "sane_lists", SubHeadingsExtension(), *extensions], output_format="html"
    )
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener",
        strip_comments=True,
    )


def render_article_text(text):
    """Return an article section's Markdown as safe HTML, with its library pictures (picture:ID) in place."""
    from .pictures.markdown import PictureReferencesExtension, new_placeholder_token, replace_placeholders
    from .pictures.models import Picture

    token, found = new_placeholder_token(), []
    html = render_markdown(text, extensions=[PictureReferencesExtension(token, found)])
    if not found:
        return html
    pictures = Picture.objects.in_bulk({pk for pk, _alt in found})
    return replace_placeholders(html, token, found, pictures)
