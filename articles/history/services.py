"""Writes on an article's history: record a revision, bump the edit version, revert, recover, publish."""

import json

import reversion
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.timezone import localtime

from ..models import Article, Section
from .snapshots import latest_snapshot, snapshot_of, snapshots_for_revisions


class RecoverError(Exception):
    """A deleted article cannot come back as it was."""


class EditConflict(Exception):
    """Someone saved the article after the editor loaded it."""


def article_version_bump(*, article, expected):
    """Move the article from version expected to expected + 1 in one conditional UPDATE; raise EditConflict if stale."""
    updated = Article.objects.filter(pk=article.pk, version=expected).update(version=F("version") + 1)
    if not updated:
        raise EditConflict(f"{article} is no longer at version {expected}")
    article.version = expected + 1
    return article.version


def edit_dates_apply(*, article, minor, now=None):
    """Move "Updated on" to now for a substantive edit of a published article; a minor edit keeps it."""
    if minor or article.status != Article.Status.PUBLISHED:
        return
    now = now or timezone.now()
    article.updated_on = max(now, article.published_at) if article.published_at else now


def revision_record(*, article, user, comment):
    """Add the article and its sections to the open revision unless they equal its latest revision.

    Call inside reversion.create_revision(manage_manually=True); return whether a revision will be saved.
    """
    latest = latest_snapshot(article)
    if latest is not None and latest.content() == snapshot_of(article).content():
        return False
    reversion.add_to_revision(article)
    reversion.set_user(user)
    reversion.set_comment(comment)
    return True


def _revision_label(revision):
    when = date_format(localtime(revision.date_created), "DATETIME_FORMAT")
    return f"{when}" + (f" ({revision.comment})" if revision.comment else "")


def _restore(revision, *, into):
    """Make into (an Article, saved or not) and its sections equal to what revision holds; return into.

    Only the fields the revision stores are written, through ordinary saves: fields left out of the
    revision (comment_count, modified_at) keep their live values, and body_html is rendered again.
    """
    article_ct, section_ct = ContentType.objects.get_for_model(Article), ContentType.objects.get_for_model(Section)
    versions = list(revision.version_set.filter(content_type__in=[article_ct, section_ct]))
    [article_version] = [v for v in versions if v.content_type_id == article_ct.pk]
    stored = next(serializers.deserialize(article_version.format, article_version.serialized_data)).object
    for name in json.loads(article_version.serialized_data)[0]["fields"]:
        if name != "version":
            attname = Article._meta.get_field(name).attname
            setattr(into, attname, getattr(stored, attname))
    into.save()
    if into.created_at != stored.created_at:
        # auto_now_add stamps a re-inserted (recovered) article with now; it was created back then.
        Article.objects.filter(pk=into.pk).update(created_at=stored.created_at)
        into.created_at = stored.created_at
    keep = []
    for version in versions:
        if version.content_type_id == section_ct.pk:
            section = next(serializers.deserialize(version.format, version.serialized_data)).object
            section.article_id = into.pk
            section.save()
            keep.append(section.pk)
    Section.objects.filter(article_id=into.pk).exclude(pk__in=keep).delete()
    return into


def article_revert(*, article, revision, user, note=""):
    """Make the article and its sections equal to revision again, recorded as a new revision.

    Sections added since are deleted and removed ones restored. Only the edit version keeps counting up,
    so an editor who loaded the article before the revert still gets a conflict. Return False when the
    article already equals the revision.
    """
    target = snapshots_for_revisions([revision.pk])[revision.pk]
    with transaction.atomic(), reversion.create_revision(manage_manually=True):
        current = Article.objects.select_for_update().get(pk=article.pk)
        if snapshot_of(current).content() == target.content():
            return False
        current.version += 1
        _restore(revision, into=current)
        article.refresh_from_db()
        comment = f"Reverted to the revision of {_revision_label(revision)}"
        reversion.add_to_revision(current)
        reversion.set_user(user)
        reversion.set_comment(f"{comment}: {note}" if note else comment)
    return True


def article_recover(*, version, user):
    """Bring back a deleted article with the sections of its last revision; return the article.

    Raise RecoverError when its address (slug) is taken or its topic or author is gone.
    """
    try:
        with transaction.atomic(), reversion.create_revision(manage_manually=True):
            # Carry on counting versions from where the deleted article stopped.
            last_number = json.loads(version.serialized_data)[0]["fields"].get("version", 0)
            article = _restore(version.revision, into=Article(pk=int(version.object_id), version=last_number + 1))
            reversion.add_to_revision(article)
            reversion.set_user(user)
            reversion.set_comment("Recovered after deletion")
    except (IntegrityError, ObjectDoesNotExist) as error:
        raise RecoverError(str(error)) from error
    return article


def article_set_status(*, article, status, user, now=None):
    """Publish or unpublish an article as one recorded edit; return False when it already had that status."""
    now = now or timezone.now()
    with transaction.atomic(), reversion.create_revision(manage_manually=True):
        current = Article.objects.select_for_update().get(pk=article.pk)
        if current.status == status:
            return False
        current.status = status
        if status == Article.Status.PUBLISHED and current.published_at is None:
            current.published_at = now
        current.full_clean()
        current.version += 1
        current.save()
        label = "Published" if status == Article.Status.PUBLISHED else "Unpublished (back to draft)"
        reversion.add_to_revision(current)
        reversion.set_user(user)
        reversion.set_comment(f"{label} from the article list")
    return True
