"""Read an article and its sections, as stored in a revision or as they are now, into plain snapshots."""

import json
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from reversion.models import Version

from ..models import Article, Section

# Bookkeeping that changes on every save or is derived from other fields: never a change by itself.
ARTICLE_IGNORED = frozenset({"version", "modified_at", "comment_count", "search_vector"})
SECTION_IGNORED = frozenset({"article", "body_html"})


@dataclass
class Snapshot:
    """An article and its sections at one moment: field dicts as django-reversion serialises them."""

    article: dict
    sections: dict[str, dict] = field(default_factory=dict)  # section pk (str) -> fields

    def ordered_sections(self):
        """Return [(pk, fields)] in reading order."""
        return sorted(self.sections.items(), key=lambda item: (item[1].get("order", 0), int(item[0])))

    def content(self):
        """Return what an edit can change, for equality checks."""
        article = {k: v for k, v in self.article.items() if k not in ARTICLE_IGNORED}
        sections = {
            pk: {k: v for k, v in fields.items() if k not in SECTION_IGNORED} for pk, fields in self.sections.items()
        }
        return article, sections


def _fields(serialized_data):
    return json.loads(serialized_data)[0]["fields"]


def _content_types():
    return ContentType.objects.get_for_model(Article), ContentType.objects.get_for_model(Section)


def snapshot_from_versions(versions):
    """Return the Snapshot held by the versions of one revision (article version plus section versions)."""
    article_ct, section_ct = _content_types()
    article, sections = {}, {}
    for version in versions:
        if version.content_type_id == article_ct.pk:
            article = _fields(version.serialized_data)
        elif version.content_type_id == section_ct.pk:
            sections[str(version.object_id)] = _fields(version.serialized_data)
    return Snapshot(article=article, sections=sections)


def snapshots_for_revisions(revision_ids):
    """Return {revision id: Snapshot} for the given revisions, in one query."""
    by_revision = {rid: [] for rid in revision_ids}
    versions = Version.objects.filter(revision_id__in=list(revision_ids)).only(
        "revision_id", "content_type_id", "object_id", "serialized_data"
    )
    for version in versions:
        by_revision[version.revision_id].append(version)
    return {rid: snapshot_from_versions(vs) for rid, vs in by_revision.items()}


def snapshot_of(article):
    """Return the Snapshot of the article and its sections as they are in the database now."""
    data = json.loads(serializers.serialize("json", [article, *Section.objects.filter(article=article)]))
    sections = {str(item["pk"]): item["fields"] for item in data[1:]}
    return Snapshot(article=data[0]["fields"], sections=sections)


def article_versions(article_or_pk):
    """Return the article's own versions (one per revision), newest first, with revision and user."""
    pk = getattr(article_or_pk, "pk", article_or_pk)
    return (
        Version.objects.get_for_object_reference(Article, pk)
        .select_related("revision", "revision__user")
        .order_by("-revision__date_created", "-revision_id")
    )


def latest_snapshot(article):
    """Return the Snapshot in the article's newest revision, or None when it has none."""
    version = article_versions(article).first()
    if version is None:
        return None
    return snapshots_for_revisions([version.revision_id])[version.revision_id]


def revision_of_version_number(article, number):
    """Return the newest revision whose article had the given version number, or None."""
    for version in article_versions(article):
        if _fields(version.serialized_data).get("version") == number:
            return version.revision
    return None
