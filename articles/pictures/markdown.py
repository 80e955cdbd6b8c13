"""Pictures inside an article's Markdown text: ![optional alt text](picture:12) shows library picture 12.

Markdown turns the reference into a placeholder with a random token (authors cannot type it), the sanitiser runs
as for any text, and then each placeholder becomes the picture's <picture> element, or a <figure> with its caption
when the picture stands in a paragraph of its own.
"""

import re
import secrets

from django.utils.html import escape
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

REFERENCE = re.compile(r"^picture:(\d+)$")


def referenced_ids(text):
    """Return the ids of the library pictures a Markdown text refers to, in order of appearance."""
    return [int(pk) for pk in re.findall(r"\]\(\s*picture:(\d+)\s*\)", text or "")]


class _PictureReferences(Treeprocessor):
    def __init__(self, md, token, found):
        super().__init__(md)
        self.token, self.found = token, found

    def run(self, root):
        for element in root.iter("img"):
            match = REFERENCE.match(element.get("src") or "")
            if not match:
                continue
            index = len(self.found)
            self.found.append((int(match[1]), element.get("alt") or ""))
            tail = element.tail
            element.clear()
            # A span the sanitiser strips, leaving only the placeholder text.
            element.tag, element.text, element.tail = "span", f"{self.token}{index}x", tail


class PictureReferencesExtension(Extension):
    def __init__(self, token, found, **kwargs):
        self.token, self.found = token, found
        super().__init__(**kwargs)

    def extendMarkdown(self, md):  # noqa: N802 (Markdown's API name)
        md.treeprocessors.register(_PictureReferences(md, self.token, self.found), "twitchsite_pictures", 4)


def new_placeholder_token():
    return f"pic{secrets.token_hex(8)}n"


def replace_placeholders(html, token, found, pictures):
    """Return html with each placeholder replaced by its picture; a missing picture leaves its alt text."""
    from .html import figure_element, picture_element

    def element(index, alone):
        pk, alt = found[index]
        picture = pictures.get(pk)
        if picture is None:
            return escape(alt)
        alt = alt or None
        return figure_element(picture, alt=alt) if alone else picture_element(picture, "full", alt=alt)

    html = re.sub(rf"<p>{token}(\d+)x</p>", lambda m: element(int(m[1]), alone=True), html)
    return re.sub(rf"{token}(\d+)x", lambda m: element(int(m[1]), alone=False), html)
