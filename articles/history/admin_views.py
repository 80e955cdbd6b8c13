"""Admin screens of an article's history: revision list, comparison, revert, recovery of deleted articles.

ArticleAdmin mixes this in; each view is thin: it checks permissions, asks snapshots/diff/services, renders.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from reversion.models import Version

from ..models import Article
from .diff import compare, snapshot_word_counts
from .services import RecoverError, article_recover, article_revert
from .snapshots import _fields, article_versions, snapshot_of, snapshots_for_revisions

TEMPLATE_DIR = "admin/articles/article"


class ArticleHistoryAdminMixin:
    """Views and URLs for the history of articles; expects ModelAdmin permission helpers."""

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        wrap = self.admin_site.admin_view
        return [
            path("recover/", wrap(self.recover_list_view), name=f"{prefix}_recover_list"),
            path("recover/<int:version_id>/", wrap(self.recover_view), name=f"{prefix}_recover"),
            path("<path:object_id>/history/compare/", wrap(self.compare_view), name=f"{prefix}_compare"),
            path(
                "<path:object_id>/history/<int:revision_id>/revert/",
                wrap(self.revert_view),
                name=f"{prefix}_revert",
            ),
            *super().get_urls(),
        ]

    # helpers

    def _history_article(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if article is None or not self.has_view_or_change_permission(request, article):
            raise Http404("No such article.")
        return article

    def _context(self, request, article, title, **extra):
        return {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "object": article,
            "title": title,
            "can_revert": self.has_revert_permission(request, article),
            **extra,
        }

    # views

    def history_view(self, request, object_id, extra_context=None):
        """List the article's revisions, newest first: who, when, the note, and words added/removed."""
        article = self._history_article(request, object_id)
        paginator = Paginator(article_versions(article), settings.HISTORY_PER_PAGE)
        page = paginator.get_page(request.GET.get("page"))
        # One extra version: the revision before the oldest on this page, to count that one's changes.
        start = page.start_index() - 1 if paginator.count else 0
        versions = list(paginator.object_list[start : start + paginator.per_page + 1])
        shown = versions[: page.end_index() - start]  # without evaluating page.object_list again
        snapshots = snapshots_for_revisions([v.revision_id for v in versions])
        entries = []
        for index, version in enumerate(shown):
            previous = versions[index + 1] if index + 1 < len(versions) else None
            added, removed = snapshot_word_counts(
                snapshots[previous.revision_id] if previous else None, snapshots[version.revision_id]
            )
            entries.append(
                {
                    "revision": version.revision,
                    "previous": previous.revision if previous else None,
                    "added": added,
                    "removed": removed,
                    "is_current": page.number == 1 and index == 0,
                }
            )
        context = self._context(
            request,
            article,
            f"History of “{article}”",
            entries=entries,
            page_obj=page,
            default_old=entries[1]["revision"].pk if len(entries) > 1 else None,
            default_new=entries[0]["revision"].pk if entries else None,
            **(extra_context or {}),
        )
        return TemplateResponse(request, f"{TEMPLATE_DIR}/history.html", context)

    def compare_view(self, request, object_id):
        """Show two revisions of the article side by side, older on the left."""
        article = self._history_article(request, object_id)
        try:
            ids = {int(request.GET["old"]), int(request.GET["new"])}
        except (KeyError, ValueError):
            messages.warning(request, "Choose two revisions to compare.")
            return redirect(reverse("admin:articles_article_history", args=[article.pk]))
        versions = list(article_versions(article).filter(revision_id__in=ids))
        if len(versions) != len(ids):
            raise Http404("No such revision of this article.")
        versions.reverse()  # oldest first
        old, new = versions[0], versions[-1]
        snapshots = snapshots_for_revisions([old.revision_id, new.revision_id])
        rows = compare(snapshots[old.revision_id], snapshots[new.revision_id])
        context = self._context(
            request,
            article,
            f"Compare revisions of “{article}”",
            old=old.revision,
            new=new.revision,
            rows=rows,
        )
        return TemplateResponse(request, f"{TEMPLATE_DIR}/compare.html", context)

    def revert_view(self, request, object_id, revision_id):
        """Confirm, then revert the article to one of its revisions (a new revision records the revert)."""
        article = self._history_article(request, object_id)
        if not self.has_revert_permission(request, article):
            raise PermissionDenied
        version = get_object_or_404(article_versions(article), revision_id=revision_id)
        history_url = reverse("admin:articles_article_history", args=[article.pk])
        if request.method == "POST":
            note = request.POST.get("note", "").strip()[:200]
            if article_revert(article=article, revision=version.revision, user=request.user, note=note):
                messages.success(request, f"“{article}” was reverted; the revert is the newest revision.")
            else:
                messages.info(request, "The article already equals that revision; nothing was changed.")
            return redirect(history_url)
        target = snapshots_for_revisions([version.revision_id])[version.revision_id]
        context = self._context(
            request,
            article,
            f"Revert “{article}”?",
            target=version.revision,
            rows=compare(snapshot_of(article), target),
            history_url=history_url,
        )
        return TemplateResponse(request, f"{TEMPLATE_DIR}/revert_confirm.html", context)

    def _deleted_versions(self, request):
        """Return the last version of every deleted article this user may recover."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        versions = Version.objects.get_deleted(Article).select_related("revision", "revision__user")
        if self.sees_all_articles(request):
            return list(versions)
        return [v for v in versions if _fields(v.serialized_data).get("author") == request.user.pk]

    def recover_list_view(self, request):
        """List deleted articles that can be brought back."""
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Recover deleted articles",
            "deleted": self._deleted_versions(request),
        }
        return TemplateResponse(request, f"{TEMPLATE_DIR}/recover_list.html", context)

    def recover_view(self, request, version_id):
        """Confirm, then recover one deleted article with its sections."""
        version = next((v for v in self._deleted_versions(request) if v.pk == version_id), None)
        if version is None:
            raise Http404("No such deleted article.")
        if request.method == "POST":
            try:
                article = article_recover(version=version, user=request.user)
            except RecoverError:
                messages.error(request, "This article cannot be recovered: its address (slug) or topic is taken.")
                return redirect(reverse("admin:articles_article_recover_list"))
            messages.success(request, f"“{article}” was recovered with its sections.")
            return redirect(reverse("admin:articles_article_change", args=[article.pk]))
        snapshot = snapshots_for_revisions([version.revision_id])[version.revision_id]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Recover “{version.object_repr}”?",
            "version": version,
            "snapshot": snapshot,
            "sections": [fields for _pk, fields in snapshot.ordered_sections()],
        }
        return TemplateResponse(request, f"{TEMPLATE_DIR}/recover_confirm.html", context)
