"""Admin for topics and articles: authors edit their own articles, editors all; every save is a revision."""

import json

import reversion
from django import forms
from django.contrib import admin, messages
from django.contrib.admin import widgets as admin_widgets
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count, Q
from django.forms.models import BaseInlineFormSet
from django.http import Http404
from django.utils import timezone
from django.utils.translation import ngettext

from accounts.admin_lists import ChosenByLinkFilter, EstimatedCountPaginator

from .history.admin_views import ArticleHistoryAdminMixin
from .history.diff import compare
from .history.services import article_set_status, article_version_bump, edit_dates_apply, revision_record
from .history.snapshots import article_versions, revision_of_version_number, snapshot_of, snapshots_for_revisions
from .models import Article, Section, Topic
from .page_cache import touch_site
from .pictures import admin as pictures_admin  # noqa: F401 (registers the picture library)
from .pictures.forms import BODY_PICTURE_HELP, allow_current_picture, check_picture_references
from .pictures.widgets import picture_formfield

EDIT_META_FIELDS = {"change_note", "minor_edit", "base_version"}
AuthorFilter = ChosenByLinkFilter.on("author", Article)


class LabelledSplitDateTime(admin_widgets.AdminSplitDateTime):
    """The admin's date and time inputs, each with an accessible name (the stock widget leaves them unlabelled)."""

    def __init__(self, label, attrs=None):
        super().__init__(attrs)
        self.widgets[0].attrs["aria-label"] = f"{label}: date"
        self.widgets[1].attrs["aria-label"] = f"{label}: time"


def sees_all_articles(request):
    """Return whether the user edits every article (superusers and the Editors group) or only their own."""
    if not hasattr(request, "_sees_all_articles"):
        user = request.user
        request._sees_all_articles = user.is_active and (
            user.is_superuser or user.groups.filter(name="Editors").exists()
        )
    return request._sees_all_articles


class RefreshPagesMixin:
    """bench: every change made through this admin (forms, list edits, actions, deletes) refreshes cached pages."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        touch_site()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        touch_site()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        touch_site()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        touch_site()

    def response_action(self, request, queryset):
        response = super().response_action(request, queryset)
        touch_site()
        return response


@admin.register(Topic)
class TopicAdmin(RefreshPagesMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "order", "in_navigation", "article_total"]
    list_editable = ["order", "in_navigation"]
    list_filter = ["in_navigation"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ("name",)}
    actions = ["show_in_navigation", "hide_from_navigation"]

    def view_on_site(self, obj):
        # The page's own path: Django's default goes through the Sites framework's domain (example.com).
        return obj.get_absolute_url()

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_total=Count("articles")).order_by("order", "name")

    @admin.display(description="articles", ordering="article_total")
    def article_total(self, topic):
        return topic.article_total

    def has_view_permission(self, request, obj=None):
        # Authors pick a topic (autocomplete) for their articles, so they may look topics up.
        return super().has_view_permission(request, obj) or request.user.has_perm("articles.add_article")

    @admin.action(description="Show the selected topics in the navigation", permissions=["change"])
    def show_in_navigation(self, request, queryset):
        count = queryset.update(in_navigation=True)
        text = ngettext(
            "%(count)d topic is now in the navigation.", "%(count)d topics are now in the navigation.", count
        )
        self.message_user(request, text % {"count": count}, messages.SUCCESS)

    @admin.action(description="Hide the selected topics from the navigation", permissions=["change"])
    def hide_from_navigation(self, request, queryset):
        count = queryset.update(in_navigation=False)
        text = ngettext(
            "%(count)d topic is no longer in the navigation.",
            "%(count)d topics are no longer in the navigation.",
            count,
        )
        self.message_user(request, text % {"count": count}, messages.SUCCESS)


class SectionFormSet(BaseInlineFormSet):
    """Sections whose order is left empty take their place in the form: after the sections above them."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        field = form.fields["order"]
        field.required = False
        field.help_text = "Leave empty to place this section after the sections above it."
        if form.instance.pk is None:
            # Empty, not the model's 0, in new sections (also those "Add another section" adds), so an author
            # who writes three sections in a row gets them in that order without numbering them.
            field.initial = None

    def clean(self):
        super().clean()
        highest = 0
        orders = []
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or (form.instance.pk is None and not form.has_changed()):
                continue  # invalid (the form shows its errors) or an extra form left empty (not saved)
            if self.can_delete and self._should_delete_form(form):
                continue
            order = form.cleaned_data.get("order")
            if order is None:
                order = highest + 1
                form.cleaned_data["order"] = form.instance.order = order
            highest = max(highest, order)
            orders.append(order)
        # Each section's place is also its link anchor in the table of contents: two at one place would collide.
        shared = sorted({order for order in orders if orders.count(order) > 1})
        if shared:
            raise ValidationError(
                "Two sections cannot share a place in the article (order %(orders)s). Give each its own number, "
                "or leave the order of new sections empty to put them after the ones above.",
                params={"orders": ", ".join(str(order) for order in shared)},
            )


class SectionAdminForm(forms.ModelForm):
    """A section: a picture section needs its picture, and pictures in the text must be in the user's library."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        chooser = self.fields.get("picture")
        self.library = chooser.queryset if chooser else None  # the user's pictures, before the current one is let in
        allow_current_picture(self, "picture")
        if "body" in self.fields:
            self.fields["body"].help_text = BODY_PICTURE_HELP

    def clean_body(self):
        body = self.cleaned_data["body"]
        if self.library is not None:
            check_picture_references(body, library=self.library, before=self.instance.body if self.instance.pk else "")
        return body

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == Section.Kind.PICTURE and not cleaned.get("picture") and "picture" not in self.errors:
            self.add_error("picture", "Choose a picture for this picture section.")
        return cleaned


class SectionInline(admin.StackedInline):
    model = Section
    form = SectionAdminForm
    formset = SectionFormSet
    fields = ["order", "kind", "picture", "heading", "body", "video_url"]
    raw_id_fields = ["picture"]
    extra = 1
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    verbose_name = "section (capsule)"
    verbose_name_plural = "sections (capsules), in reading order"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("picture")  # for the choosers' thumbnails

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "picture":
            return picture_formfield(db_field, request, self.admin_site, **kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_view_permission(self, request, obj=None):
        return ArticleAdmin.owns(request, obj) and super().has_view_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return ArticleAdmin.owns(request, obj) and super().has_change_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        return ArticleAdmin.owns(request, obj) and super().has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return ArticleAdmin.owns(request, obj) and super().has_delete_permission(request, obj)


class ArticleAdminForm(forms.ModelForm):
    change_note = forms.CharField(
        label="Change note",
        max_length=200,
        required=False,
        help_text="What you changed and why, in a few words. Shown in the article's history.",
    )
    minor_edit = forms.BooleanField(
        label="Minor edit",
        required=False,
        help_text='A typo or formatting fix: keeps the "Updated on" date readers see.',
    )
    # The version the editor started from; a save from an older version is an edit conflict.
    base_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Article
        fields = [
            "title",
            "slug",
            "topic",
            "author",
            "summary",
            "lead_picture",
            "status",
            "published_at",
            "updated_on",
            "comments_open",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.conflict_from = None
        # The model's help text says "/articles/<slug>/", which the admin prints as HTML: the "<slug>" vanished.
        slug_help = "The end of the article's address, /articles/this-part/. Filled in from the title."
        self.fields["slug"].help_text = slug_help
        self.fields["published_at"].help_text = (
            "Readers see the article from this moment on. A time in the future schedules it; "
            "left empty, publishing sets it to now."
        )
        if self.instance.pk:
            self.fields["base_version"].initial = self.instance.version
        allow_current_picture(self, "lead_picture")
        author = self.fields.get("author")
        if author is not None and self.instance.author_id:
            # The article's own author stays choosable, even one who no longer writes here.
            writers = author.queryset.values("pk")
            author.queryset = (
                get_user_model()
                .objects.filter(Q(pk__in=writers) | Q(pk=self.instance.author_id))
                .order_by("display_name", "pk")
            )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == Article.Status.PUBLISHED and not cleaned.get("published_at"):
            # Like the "Publish" list action: publishing without a time publishes now (the database would
            # otherwise refuse it with a bare "Constraint ... is violated").
            if "published_at" not in self.errors:
                cleaned["published_at"] = timezone.now()
        if self.instance.pk:
            base = cleaned.get("base_version")
            # instance was loaded with SELECT ... FOR UPDATE in this transaction: its version is the saved one.
            if base is None or base != self.instance.version:
                self.conflict_from = base
                raise ValidationError(
                    "Someone else saved this article after you opened it, so your changes were NOT saved yet. "
                    "What they changed is shown in the “Edit conflict” box; everything you typed is still in the form. "
                    "Merge what you need and save again: that save will replace their version.",
                    code="edit_conflict",
                )
        return cleaned


@admin.register(Article)
class ArticleAdmin(RefreshPagesMixin, ArticleHistoryAdminMixin, admin.ModelAdmin):
    form = ArticleAdminForm
    inlines = [SectionInline]
    list_display = ["title", "topic", "author_link", "status", "published_at", "updated_on", "comment_count"]
    # Authors are chosen by the links in the rows, not from a sidebar listing every one; the publish-time filter
    # needs no query, where a date hierarchy's list of years reads every article.
    list_filter = ["status", "topic", AuthorFilter, "published_at", "comments_open"]
    list_select_related = ["topic", "author"]
    search_fields = ["title", "summary", "slug", "sections__heading", "sections__body"]
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ["topic"]
    raw_id_fields = ["lead_picture"]
    actions = ["publish", "unpublish"]
    change_form_template = "admin/articles/article/change_form.html"
    change_list_template = "admin/articles/article/change_list.html"

    def view_on_site(self, obj):
        # The page's own path (a preview for drafts): Django's default goes through the Sites domain, example.com.
        return obj.get_absolute_url()

    @admin.display(description="author", ordering="author")
    def author_link(self, obj):
        return AuthorFilter.link(obj.author_id, obj.author, help_text="Show only this author's articles")

    # who sees what

    @staticmethod
    def owns(request, article):
        """Return whether the user may act on article (None: on articles in general)."""
        return article is None or sees_all_articles(request) or article.author_id == request.user.pk

    def sees_all_articles(self, request):
        return sees_all_articles(request)

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("topic", "author")
        return queryset if sees_all_articles(request) else queryset.filter(author=request.user)

    def get_object(self, request, object_id, from_field=None):
        queryset = self.get_queryset(request)
        if request.method == "POST" and transaction.get_connection().in_atomic_block:
            # Lock the row for the rest of the save: a concurrent save waits, then sees the new version.
            queryset = queryset.select_for_update(of=("self",))
        field = Article._meta.pk if from_field is None else Article._meta.get_field(from_field)
        try:
            return queryset.get(**{field.name: field.to_python(object_id)})
        except (Article.DoesNotExist, ValidationError, ValueError):
            if Article.objects.filter(pk__in=[object_id] if str(object_id).isdigit() else []).exists():
                raise Http404("No article you may edit has this id.") from None
            return None

    def has_view_permission(self, request, obj=None):
        return self.owns(request, obj) and super().has_view_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self.owns(request, obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.owns(request, obj) and super().has_delete_permission(request, obj)

    def has_revert_permission(self, request, obj=None):
        return self.owns(request, obj) and request.user.has_perm("articles.revert_article")

    # the form

    def get_fieldsets(self, request, obj=None):
        main = ["title", "slug", "topic", "author", "summary", "lead_picture"]
        if not sees_all_articles(request):
            main.remove("author")  # an author always writes as themself
        edit = ["change_note", "minor_edit", "base_version"] if obj else ["change_note"]
        return [
            (None, {"fields": main}),
            ("Publishing", {"fields": ["status", "published_at", "updated_on", "comments_open"]}),
            ("About this edit", {"fields": edit}),
        ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.DateTimeField):
            kwargs["widget"] = LabelledSplitDateTime(db_field.verbose_name.replace('"', ""))
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "lead_picture":
            return picture_formfield(db_field, request, self.admin_site, upload_link=True, **kwargs)
        if db_field.name == "author":
            # Only people who write (staff, Authors, Editors) can be an article's author: a site with a hundred
            # thousand readers would otherwise put every one of them in this list (seconds and megabytes a page).
            writers = Q(is_staff=True) | Q(groups__name__in=["Authors", "Editors"])
            kwargs["queryset"] = get_user_model().objects.filter(writers).distinct().order_by("display_name", "pk")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_changeform_initial_data(self, request):
        return {"author": request.user.pk, **super().get_changeform_initial_data(request)}

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method != "POST":
            return super().changeform_view(request, object_id, form_url, extra_context)
        # One save of the form (article plus every section) is one revision, or none when nothing changed.
        with reversion.create_revision(manage_manually=True):
            return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        if not change:
            if not sees_all_articles(request):
                obj.author = request.user
            obj.version = 1
            obj.save()
        # An existing article is saved in save_related, once the sections tell whether anything changed.

    def save_related(self, request, form, formsets, change):
        article = form.instance
        note = form.cleaned_data.get("change_note", "").strip()
        if change:
            changed = set(form.changed_data) - EDIT_META_FIELDS
            if not changed and not any(formset.has_changed() for formset in formsets):
                request._article_unchanged = True
                super().save_related(request, form, formsets, change)  # saves nothing; the admin log needs it
                return
            article_version_bump(article=article, expected=form.cleaned_data["base_version"])
            if "updated_on" not in changed:
                edit_dates_apply(article=article, minor=form.cleaned_data.get("minor_edit", False))
            article.save()
        super().save_related(request, form, formsets, change)
        summary = LogEntry(
            change_message=json.dumps(self.construct_change_message(request, form, formsets, not change))
        ).get_change_message()
        revision_record(article=article, user=request.user, comment=note or summary or "Saved")

    def response_change(self, request, obj):
        if getattr(request, "_article_unchanged", False):
            self.message_user(request, "Nothing was changed, so no new revision was recorded.", messages.INFO)
        return super().response_change(request, obj)

    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        # After a save that changed nothing, Django's "was changed successfully" would contradict the note above.
        if getattr(request, "_article_unchanged", False) and level == messages.SUCCESS:
            return
        super().message_user(request, message, level, *args, **kwargs)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context["adminform"].form
        if obj is not None and form.is_bound and "edit_conflict" in _error_codes(form):
            context.update(self._conflict_context(form, obj))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _conflict_context(self, form, article):
        """Return what the other person changed since the editor's version; let the next save go through."""
        base_revision = revision_of_version_number(article, form.conflict_from) if form.conflict_from else None
        latest = article_versions(article).first()
        # The form has already copied the editor's input onto article: read the saved state again.
        current = snapshot_of(Article.objects.get(pk=article.pk))
        rows = None
        if base_revision is not None:
            rows = compare(snapshots_for_revisions([base_revision.pk])[base_revision.pk], current)
        form.data = form.data.copy()
        form.data[form.add_prefix("base_version")] = str(article.version)
        return {"conflict": True, "conflict_rows": rows, "conflict_revision": latest.revision if latest else None}

    # list actions

    def _set_status(self, request, queryset, status):
        changed, refused = 0, []
        for article in queryset:
            try:
                changed += article_set_status(article=article, status=status, user=request.user)
            except ValidationError as error:
                refused.append(f"“{article}”: {' '.join(error.messages)}")
        if refused:
            self.message_user(request, "Not changed: " + "; ".join(refused), messages.WARNING)
        return changed

    @admin.action(description="Publish the selected articles", permissions=["change"])
    def publish(self, request, queryset):
        count = self._set_status(request, queryset, Article.Status.PUBLISHED)
        text = ngettext("%(count)d article published.", "%(count)d articles published.", count)
        self.message_user(request, text % {"count": count}, messages.SUCCESS)

    @admin.action(description="Unpublish the selected articles (back to draft)", permissions=["change"])
    def unpublish(self, request, queryset):
        count = self._set_status(request, queryset, Article.Status.DRAFT)
        text = ngettext("%(count)d article moved back to draft.", "%(count)d articles moved back to draft.", count)
        self.message_user(request, text % {"count": count}, messages.SUCCESS)


def _error_codes(form):
    return {error.code for error in form.errors.as_data().get("__all__", [])}
