from datetime import UTC, datetime, timedelta

from django.utils import timezone
from django.utils.timesince import timesince
from hypothesis import example, given
from hypothesis import strategies as st

from comments.templatetags.comments_tags import age, comment_html


def test_age_reads_in_its_largest_unit():
    now = timezone.now()
    assert age(now - timedelta(seconds=20), now) == "just now"
    # timesince joins number and unit with a no-break space so they never wrap apart.
    assert age(now - timedelta(minutes=3, seconds=10), now) == "3\xa0minutes ago"
    assert age(now - timedelta(days=6 * 365 + 40), now) == "6\xa0years ago"


@given(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
    st.timedeltas(min_value=timedelta(minutes=1), max_value=timedelta(days=60)),
)
@example(datetime(2024, 2, 29, 10, 0), timedelta(days=3))
@example(datetime(2024, 2, 29, 23, 59, 59, 999999), timedelta(days=27, hours=23))
@example(
    datetime(2025, 1, 31, 12, 0, 0, 900000), timedelta(days=27, hours=23, minutes=59, seconds=59, microseconds=200000)
)
@example(datetime(2025, 3, 1, 0, 0, 0, 500000), timedelta(hours=1, microseconds=-400000))
def test_age_says_what_timesince_says(start, delta):
    # age() works out short ages itself; it must read exactly as Django's timesince() would (leap days included).
    value = start.replace(tzinfo=UTC)
    now = value + delta
    assert age(value, now) == f"{timesince(value, now, depth=1)} ago"


def test_comment_html_makes_paragraphs_and_safe_links():
    html = comment_html("First line\nsecond line\n\nNew paragraph www.example.org <i>x</i>")
    assert html.startswith("<p>First line<br>second line</p>")
    assert '<a href="http://www.example.org" rel="nofollow ugc noopener">www.example.org</a>' in html
    assert "&lt;i&gt;x&lt;/i&gt;" in html


def test_punctuation_after_a_bracketed_address_is_kept():
    # Django's urlize drops the "!" of "(example.com)!"; the comment must show every character typed.
    assert comment_html("(example.com)!") == "<p>(example.com)!</p>"
    assert comment_html("Read example.com! Then rest.") == (
        '<p>Read <a href="http://example.com" rel="nofollow ugc noopener">example.com</a>! Then rest.</p>'
    )
