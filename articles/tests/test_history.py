import pytest
import reversion

from articles.history.diff import compare, snapshot_word_counts, word_counts, word_diff_html
from articles.history.snapshots import Snapshot, latest_snapshot, snapshot_of
from articles.tests.factories import ArticleFactory, SectionFactory


def test_word_counts_count_added_and_removed_words():
    assert word_counts("the quick brown fox", "the slow brown fox jumps") == (2, 1)
    assert word_counts("", "three new words") == (3, 0)
    assert word_counts("same text here", "same  text\nhere") == (0, 0)  # whitespace alone is no change


def test_word_diff_marks_only_the_changed_words():
    old, new = word_diff_html("Sleep seven hours", "Sleep eight hours")

    assert old == "Sleep <del>seven </del>hours"
    assert new == "Sleep <ins>eight </ins>hours"


def test_word_diff_escapes_markup_on_both_sides():
    old, new = word_diff_html('<b onclick="x()">bold</b>', "<script>alert(1)</script> & more")

    assert "<script>" not in new and "<b " not in old
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in new
    assert "&amp;" in new


def test_word_diff_keeps_line_breaks_visible():
    _old, new = word_diff_html("one", "one\ntwo")

    assert "<br>" in new


def _snapshot(title="Title", sections=None, **fields):
    return Snapshot(article={"title": title, "summary": "", "status": "published", **fields}, sections=sections or {})


def test_compare_shows_word_rows_for_texts_and_value_rows_for_fields():
    old = _snapshot("Old title", {"1": {"order": 1, "heading": "Causes", "body": "Coffee", "kind": "text"}})
    new = _snapshot(
        "New title",
        {
            "1": {"order": 1, "heading": "Causes", "body": "Coffee and stress", "kind": "text"},
            "2": {"order": 2, "heading": "Added", "body": "Fresh", "kind": "text"},
        },
        status="draft",
    )

    rows = {row.label: row for row in compare(old, new)}

    assert rows["Title"].words and "<ins>New </ins>" in rows["Title"].new
    assert (rows["Status"].old, rows["Status"].new) == ("Published", "Draft")
    assert "<ins>and stress</ins>" in rows["Section Causes (text)"].new
    assert "Section added: Added (text)" in rows
    assert "Section Causes (heading)" not in rows  # unchanged texts are left out


def test_compare_lists_removed_sections():
    old = _snapshot(sections={"5": {"order": 1, "heading": "Gone", "body": "bye", "kind": "text"}})

    rows = compare(old, _snapshot())

    assert [row.label for row in rows] == ["Section removed: Gone (heading)", "Section removed: Gone (text)"]


def test_snapshot_word_counts_cover_title_and_sections():
    old = _snapshot("A b", {"1": {"heading": "h", "body": "one two"}})
    new = _snapshot("A b c", {"1": {"heading": "h", "body": "one"}, "2": {"heading": "", "body": "x y"}})

    assert snapshot_word_counts(old, new) == (3, 1)
    assert snapshot_word_counts(None, old) == (5, 0)


@pytest.mark.django_db
def test_snapshot_content_ignores_the_version_counter():
    article = ArticleFactory()
    SectionFactory(article=article)
    with reversion.create_revision():
        article.save()
    article.version += 5
    article.save()

    assert latest_snapshot(article).content() == snapshot_of(article).content()
    article.title = "Changed"
    assert latest_snapshot(article).content() != snapshot_of(article).content()
