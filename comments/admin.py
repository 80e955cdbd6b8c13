"""Moderation in the Django admin: a queue with filters, bulk actions that keep counts exact, and word lists."""

from django.contrib import admin, messages
from django.db import transaction
from django.utils.text import Truncator
from django.utils.translation import ngettext

from accounts.admin_lists import ChosenByLinkFilter, EstimatedCountPaginator

from . import services
from .models import Comment, CommentMute, WordList

ArticleFilter = ChosenByLinkFilter.on("article", Comment)
AuthorFilter = ChosenByLinkFilter.on("author", Comment)


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["short_body", "author_link", "article_link", "status", "is_deleted", "created_at", "status_reason"]
    # Articles and people are chosen by the links in the rows: a sidebar listing them all grows with the site.
    # No date hierarchy either (its list of years reads every row): the date filter below needs no query.
    list_filter = ["status", "is_deleted", "created_at", ArticleFilter, AuthorFilter]
    list_select_related = ["author", "article"]
    search_fields = ["body", "author__username", "author__email", "author__display_name", "article__title"]
    # Each list query stays on an index (comments/models.py): no full count beside the page's own, no facet
    # counts, and sorting only by the posting time (sorting a million rows by text or status is a sort on disk).
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    sortable_by = ["created_at"]
    readonly_fields = [
        "article",
        "author",
        "parent",
        "depth",
        "is_deleted",
        "deleted_at",
        "created_at",
        "edited_at",
        "status_reason",
    ]
    fields = ["article", "author", "parent", "depth", "body", "status", "status_reason", "notify_replies"] + [
        "is_deleted",
        "deleted_at",
        "created_at",
        "edited_at",
    ]
    actions = ["approve", "mark_spam", "remove", "recount"]
    list_per_page = 50

    class Media:
        # The moderation list: the comment text gets room, long article titles wrap, status stays on screen.
        css = {"all": ["css/comments-admin.css"]}

    def has_add_permission(self, request):
        return False  # comments are written on the site

    def view_on_site(self, obj):
        # The comment's own permalink; Django's default would send moderators to the Sites domain (example.com).
        return obj.get_absolute_url()

    @admin.display(description="comment")
    def short_body(self, obj):
        return Truncator(obj.body or "[deleted]").chars(80)

    @admin.display(description="author")
    def author_link(self, obj):
        return AuthorFilter.link(obj.author_id, obj.author, help_text="Show only this person's comments")

    @admin.display(description="article")
    def article_link(self, obj):
        return ArticleFilter.link(obj.article_id, obj.article, help_text="Show only the comments on this article")

    def save_model(self, request, obj, form, change):
        # A status change goes through the service, which keeps the article's count exact.
        new_status = obj.status
        if change and "status" in form.changed_data:
            obj.status = form.initial["status"]
            super().save_model(request, obj, form, change)
            services.comment_moderate(comments=[obj], status=new_status, moderator=request.user)
            obj.refresh_from_db()
        else:
            super().save_model(request, obj, form, change)
            services.refresh_article_pages([obj.article_id])  # bench: a moderator's edit shows at once

    def delete_model(self, request, obj):
        with transaction.atomic():
            article = obj.article
            super().delete_model(request, obj)  # replies go with it
            services.comment_recount(article=article)

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            articles = {c.article for c in queryset.select_related("article")}
            super().delete_queryset(request, queryset)
            for article in articles:
                services.comment_recount(article=article)

    def _moderate(self, request, queryset, status, singular, plural):
        changed = services.comment_moderate(comments=list(queryset), status=status, moderator=request.user)
        self.message_user(request, ngettext(singular, plural, changed) % {"count": changed}, messages.SUCCESS)

    @admin.action(description="Approve (publish) selected comments", permissions=["change"])
    def approve(self, request, queryset):
        self._moderate(
            request, queryset, Comment.Status.PUBLISHED, "%(count)d comment approved.", "%(count)d comments approved."
        )

    @admin.action(description="Mark selected comments as spam", permissions=["change"])
    def mark_spam(self, request, queryset):
        self._moderate(
            request,
            queryset,
            Comment.Status.SPAM,
            "%(count)d comment marked as spam.",
            "%(count)d comments marked as spam.",
        )

    @admin.action(description="Remove selected comments", permissions=["change"])
    def remove(self, request, queryset):
        self._moderate(
            request, queryset, Comment.Status.REMOVED, "%(count)d comment removed.", "%(count)d comments removed."
        )

    @admin.action(description="Recount the comments of the selected comments' articles", permissions=["change"])
    def recount(self, request, queryset):
        articles = {c.article for c in queryset.select_related("article")}
        for article in articles:
            services.comment_recount(article=article)
        text = ngettext("Recounted %(count)d article.", "Recounted %(count)d articles.", len(articles))
        self.message_user(request, text % {"count": len(articles)}, messages.SUCCESS)


@admin.register(WordList)
class WordListAdmin(admin.ModelAdmin):
    list_display = ["word", "action", "created_at"]
    list_filter = ["action"]
    search_fields = ["word"]
    actions = ["make_block", "make_moderate"]

    @admin.action(description="Refuse comments with the selected words", permissions=["change"])
    def make_block(self, request, queryset):
        queryset.update(action=WordList.Action.BLOCK)

    @admin.action(description="Hold comments with the selected words", permissions=["change"])
    def make_moderate(self, request, queryset):
        queryset.update(action=WordList.Action.MODERATE)


@admin.register(CommentMute)
class CommentMuteAdmin(admin.ModelAdmin):
    list_display = ["user", "created_at"]
    list_select_related = ["user"]
    search_fields = ["user__username", "user__email"]
    list_filter = ["created_at"]
    raw_id_fields = ["user"]
