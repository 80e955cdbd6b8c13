import re

import pytest

from articles.rendering import render_markdown
from articles.tests.factories import ArticleFactory, SectionFactory

HOSTILE = [
    "<script>alert('x')</script>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1))",
    '<a href="&#106;avascript:alert(1)">click</a>',
    '<a href="vbscript:msgbox(1)">click</a>',
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "<img src=x onerror=alert(1)>",
    '<p onclick="alert(1)">text</p>',
    '<a href="https://example.org" onmouseover="alert(1)">hover</a>',
    "<svg onload=alert(1)></svg>",
    '<iframe src="https://example.org/"></iframe>',
    "<style>body { display: none }</style>",
    '<div style="position:fixed">covered</div>',
    "<javascript:alert(1)>",
    '<form action="https://example.org/"><input name="x"></form>',
    "<object data='x.swf'></object><embed src='x.swf'>",
]


def _assert_inert(html):
    lowered = html.lower()
    assert "<script" not in lowered
    assert "javascript:" not in lowered and "vbscript:" not in lowered and "data:" not in lowered
    assert not re.search(r"\son[a-z]+\s*=", lowered), html
    assert "style=" not in lowered and "<style" not in lowered
    for tag in ("<iframe", "<svg", "<img", "<form", "<input", "<object", "<embed"):
        assert tag not in lowered


@pytest.mark.parametrize("markdown", HOSTILE)
def test_hostile_markdown_renders_inert(markdown):
    _assert_inert(render_markdown(f"Before.\n\n{markdown}\n\nAfter."))


@pytest.mark.django_db
@pytest.mark.parametrize("markdown", HOSTILE)
def test_hostile_markdown_stays_inert_on_the_article_page(client, markdown):
    section = SectionFactory(body=markdown, article=ArticleFactory())
    html = client.get(section.article.get_absolute_url()).content.decode()
    body = html.split('<div class="article-body">', 1)[1].split("</div>", 1)[0]
    _assert_inert(body)


def test_links_keep_safe_schemes_and_get_nofollow_noopener():
    html = render_markdown("[site](https://example.org/a) [mail](mailto:me@example.org) [here](/articles/x/)")
    assert '<a href="https://example.org/a" rel="nofollow noopener">site</a>' in html
    assert 'href="mailto:me@example.org"' in html
    assert 'href="/articles/x/"' in html


def test_ordinary_markdown_keeps_its_structure():
    html = render_markdown("Some **bold** and *em*.\n\n- one\n- two\n\n1. first\n2. second\n\n> quoted")
    assert "<strong>bold</strong>" in html and "<em>em</em>" in html
    assert "<ul>\n<li>one</li>" in html and "<ol>\n<li>first</li>" in html
    assert "<blockquote>" in html


def test_body_headings_never_compete_with_the_title_or_section_headings():
    html = render_markdown("# Big\n\n## Bigger\n\n### Small")
    assert "<h1" not in html and "<h2" not in html
    assert html.count("<h3>") == 3
