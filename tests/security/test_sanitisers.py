"""Property tests: the Markdown renderer and the comment formatter always sanitise and never lose the text."""

import html
import re
from html.parser import HTMLParser

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from articles.rendering import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, render_markdown
from comments.templatetags.comments_tags import comment_html

from .xss_corpus import VECTORS

SAFE_SCHEMES = ("http", "https", "mailto")


class Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(output):
    parser = Tags()
    parser.feed(output)
    parser.close()
    return parser


def assert_url_is_safe(url):
    # What a browser's URL parser sees: entities decoded, C0 controls and spaces trimmed, tabs and newlines removed.
    seen = re.sub(r"[\t\n\r]", "", html.unescape(url).strip("".join(map(chr, range(0x21))))).lower()
    scheme = seen.split(":", 1)[0] if re.match(r"^[a-z][a-z0-9+.-]*:", seen) else None
    assert scheme is None or scheme in SAFE_SCHEMES, url


hostile_text = st.one_of(
    st.text(),
    st.sampled_from(VECTORS),
    st.lists(st.one_of(st.sampled_from(VECTORS), st.text(max_size=20)), min_size=2, max_size=6).map("".join),
)
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(hostile_text)
def test_markdown_output_only_holds_allowed_tags_attributes_and_url_schemes(text):
    parsed = parse(render_markdown(text))
    for tag, attrs in parsed.tags:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs.items():
            assert name in ALLOWED_ATTRIBUTES.get(tag, set()) | {"rel"}, (tag, name)
            if name == "href":
                assert_url_is_safe(value or "")


# Plain prose: letters and the punctuation people type, but none of the characters that make HTML or
# Markdown definitions ([ ] < > & \ { } |), which an author's text may legitimately turn into markup.
prose = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüß .,!?;:'\"-*_#()\n"))


@PROPERTY
@given(prose)
def test_markdown_keeps_every_word_of_plain_prose(text):
    # Emphasis markers (* and _) may join two words ("*A*A" renders as <em>A</em>A), so compare the letters in order.
    letters = "".join(re.findall(r"[^\W\d_]+", text))
    out_letters = "".join(re.findall(r"[^\W\d_]+", "".join(parse(render_markdown(text)).text)))
    assert out_letters == letters


@PROPERTY
@given(hostile_text)
def test_comment_html_only_makes_paragraphs_breaks_and_safe_links(text):
    parsed = parse(comment_html(text))
    for tag, attrs in parsed.tags:
        assert tag in ("p", "br", "a"), tag
        if tag == "a":
            assert set(attrs) <= {"href", "rel"}
            assert attrs["rel"] == "nofollow ugc noopener"
            assert_url_is_safe(attrs["href"])


@PROPERTY
@given(hostile_text)
@example("00.ORG)!")  # Django's urlize dropped the "!" after a bracketed address
def test_comment_html_shows_exactly_what_was_typed(text):
    shown = "".join(parse(comment_html(text)).text)
    # Paragraphs and line breaks become tags; every other character is shown as typed.
    assert "".join(shown.split()) == "".join(text.split())
