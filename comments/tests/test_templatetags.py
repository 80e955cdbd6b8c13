from datetime import timedelta

from django.utils import timezone

from comments.templatetags.comments_tags import age, comment_html


def test_age_reads_in_its_largest_unit():
    now = timezone.now()
    assert age(now - timedelta(seconds=20), now) == "just now"
    # timesince joins number and unit with a no-break space so they never wrap apart.
    assert age(now - timedelta(minutes=3, seconds=10), now) == "3\xa0minutes ago"
    assert age(now - timedelta(days=6 * 365 + 40), now) == "6\xa0years ago"


def test_comment_html_makes_paragraphs_and_safe_links():
    html = comment_html("First line\nsecond line\n\nNew paragraph www.example.org <i>x</i>")
    assert html.startswith("<p>First line<br>second line</p>")
    assert '<a href="http://www.example.org" rel="nofollow ugc noopener">www.example.org</a>' in html
    assert "&lt;i&gt;x&lt;/i&gt;" in html
