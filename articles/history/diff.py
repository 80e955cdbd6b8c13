"""Compare two snapshots: word-level diffs (difflib) for texts, old and new values for the other fields."""

import difflib
import re
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.timezone import localtime

from ..models import Article, Picture, Section, Topic
from ..pictures.html import picture_element

# A token is a word with the whitespace after it; words are compared, tokens are shown.
_TOKEN = re.compile(r"\S+\s*")

ARTICLE_TEXT_FIELDS = [("title", "Title"), ("summary", "Summary")]
ARTICLE_VALUE_FIELDS = [
    ("slug", "Slug"),
    ("topic", "Topic"),
    ("author", "Author"),
    ("status", "Status"),
    ("published_at", "Publish time"),
    ("updated_on", '"Updated on" date'),
    ("comments_open", "Comments open"),
    ("lead_picture", "Lead picture"),
]
SECTION_TEXT_FIELDS = [("heading", "heading"), ("body", "text")]
SECTION_VALUE_FIELDS = [("kind", "kind"), ("picture", "picture"), ("video_url", "video URL"), ("order", "position")]
PICTURE_FIELDS = {"lead_picture", "picture"}


def tokens(text):
    text = text or ""
    found = _TOKEN.findall(text)
    lead = text[: len(text) - len(text.lstrip())]
    if lead and found:
        found[0] = lead + found[0]
    return found


def _opcodes(old_tokens, new_tokens):
    matcher = difflib.SequenceMatcher(
        None, [t.strip() for t in old_tokens], [t.strip() for t in new_tokens], autojunk=False
    )
    return matcher.get_opcodes()


def word_counts(old_text, new_text):
    """Return (words added, words removed) between two texts."""
    added = removed = 0
    for tag, i1, i2, j1, j2 in _opcodes(tokens(old_text), tokens(new_text)):
        if tag in ("replace", "delete"):
            removed += i2 - i1
        if tag in ("replace", "insert"):
            added += j2 - j1
    return added, removed


def _escaped(text):
    # Escape first, then keep line breaks visible without any CSS.
    return mark_safe(escape(text).replace("\n", "<br>\n"))  # noqa: S308 - escaped on the line itself


def _join(parts):
    return mark_safe("".join(parts))  # noqa: S308 - every part is built with format_html


def word_diff_html(old_text, new_text):
    """Return (old side, new side) as safe HTML: removed words in <del>, added words in <ins>, all escaped."""
    old_tokens, new_tokens = tokens(old_text), tokens(new_text)
    left, right = [], []
    for tag, i1, i2, j1, j2 in _opcodes(old_tokens, new_tokens):
        old_part, new_part = "".join(old_tokens[i1:i2]), "".join(new_tokens[j1:j2])
        if tag == "equal":
            left.append(_escaped(old_part))
            right.append(_escaped(new_part))
            continue
        if old_part:
            left.append(format_html("<del>{}</del>", _escaped(old_part)))
        if new_part:
            right.append(format_html("<ins>{}</ins>", _escaped(new_part)))
    return _join(left), _join(right)


def snapshot_texts(snapshot):
    """Return every text of a snapshot whose words count: title, summary, section headings and bodies."""
    texts = {f"a.{name}": snapshot.article.get(name, "") for name, _label in ARTICLE_TEXT_FIELDS}
    for pk, fields in snapshot.sections.items():
        for name, _label in SECTION_TEXT_FIELDS:
            texts[f"s{pk}.{name}"] = fields.get(name, "")
    return texts


def snapshot_word_counts(old, new):
    """Return (words added, words removed) from snapshot old (None for nothing) to snapshot new."""
    old_texts = snapshot_texts(old) if old is not None else {}
    new_texts = snapshot_texts(new)
    added = removed = 0
    for key in old_texts.keys() | new_texts.keys():
        a, r = word_counts(old_texts.get(key, ""), new_texts.get(key, ""))
        added += a
        removed += r
    return added, removed


@dataclass
class DiffRow:
    label: str
    old: str
    new: str
    words: bool  # True: a word-level diff; False: a plain old/new value


class _Names:
    """Resolve topic and author ids of snapshots to names, one query per model."""

    def __init__(self, snapshots):
        topic_ids = {s.article.get("topic") for s in snapshots} - {None}
        user_ids = {s.article.get("author") for s in snapshots} - {None}
        self.topics = {t.pk: t.name for t in Topic.objects.filter(pk__in=topic_ids)}
        self.users = {u.pk: u.public_name for u in get_user_model().objects.filter(pk__in=user_ids)}
        picture_ids = {s.article.get("lead_picture") for s in snapshots}
        picture_ids |= {f.get("picture") for s in snapshots for f in s.sections.values()}
        self.pictures = Picture.objects.in_bulk(picture_ids - {None})

    def value(self, name, raw):
        if raw in (None, ""):
            return "(empty)"
        if name == "topic":
            return self.topics.get(raw, f"deleted topic #{raw}")
        if name == "author":
            return self.users.get(raw, f"deleted user #{raw}")
        if name in PICTURE_FIELDS:
            return self._picture(raw)
        if name == "status":
            return dict(Article.Status.choices).get(raw, raw)
        if name == "kind":
            return dict(Section.Kind.choices).get(raw, raw)
        if name in ("published_at", "updated_on"):
            when = parse_datetime(raw)
            return date_format(localtime(when), "DATETIME_FORMAT") if when else raw
        if isinstance(raw, bool):
            return "Yes" if raw else "No"
        return str(raw)

    def _picture(self, pk):
        """Return a thumbnail and the title of library picture pk, safe HTML, or a note when it is gone."""
        picture = self.pictures.get(pk)
        if picture is None:
            return f"deleted picture #{pk}"
        return format_html(
            '<span class="diff-picture">{}<span>{} (#{})</span></span>',
            picture_element(picture, "thumb", css_class="diff-thumb"),
            picture.title,
            picture.pk,
        )


def compare(old, new):
    """Return the DiffRows that differ between two snapshots, article fields first, then sections in order."""
    names = _Names([old, new])
    rows = []
    for name, label in ARTICLE_TEXT_FIELDS:
        a, b = old.article.get(name, ""), new.article.get(name, "")
        if a != b:
            rows.append(DiffRow(label, *word_diff_html(a, b), words=True))
    for name, label in ARTICLE_VALUE_FIELDS:
        a, b = names.value(name, old.article.get(name)), names.value(name, new.article.get(name))
        if a != b:  # compared as shown: a change of microseconds is no change to a person
            rows.append(DiffRow(label, a, b, words=False))

    seen = set()
    ordered = [pk for pk, _f in new.ordered_sections()] + [pk for pk, _f in old.ordered_sections()]
    for pk in ordered:
        if pk in seen:
            continue
        seen.add(pk)
        a, b = old.sections.get(pk), new.sections.get(pk)
        current = b or a
        title = current.get("heading") or f"#{current.get('order', '')}"
        if a is None:
            label = f"Section added: {title}"
        elif b is None:
            label = f"Section removed: {title}"
        else:
            label = f"Section {title}"
        for name, field_label in SECTION_TEXT_FIELDS:
            x, y = (a or {}).get(name, ""), (b or {}).get(name, "")
            if x != y:
                rows.append(DiffRow(f"{label} ({field_label})", *word_diff_html(x, y), words=True))
        for name, field_label in SECTION_VALUE_FIELDS:
            x, y = names.value(name, (a or {}).get(name)), names.value(name, (b or {}).get(name))
            # For an added or removed section only its picture or video says more than its texts.
            if x != y and (name in ("video_url", "picture") or (a is not None and b is not None)):
                rows.append(DiffRow(f"{label} ({field_label})", x, y, words=False))
    return rows
