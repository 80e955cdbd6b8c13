"""The picture library in the admin: authors keep their own pictures and choose shared ones, editors see all.

Besides the list and form: a bulk upload, a JSON preview for the article form's chooser, and delete pages that
name the articles still showing a picture.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.contrib import admin, messages
from django.contrib.admin import actions as admin_actions
from django.contrib.admin.options import IS_POPUP_VAR, TO_FIELD_VAR
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import CharField, Exists, OuterRef, Q, Value
from django.db.models.functions import Cast, Concat
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy, ngettext

from ..models import Article, Section
from .forms import PictureAdminForm, PictureUploadFormSet
from .markdown import referenced_ids
from .models import Picture
from .services import picture_create, picture_delete, picture_update
from .widgets import preview_data, thumbnail_html

LEAD, SECTION, TEXT = "lead picture", "picture section", "in the text"
UPLOAD_REFUSED = (
    "Nothing was stored: correct the rows marked below. Browsers do not keep chosen files after a refused upload, "
    "so choose the files again; everything you typed is still there."
)


def sees_all_pictures(request):
    """Return whether the user works on the whole library (superusers and editors) or on their own pictures."""
    # articles.admin imports this module to register it, so its helper is looked up when first needed.
    from ..admin import sees_all_articles

    return sees_all_articles(request)


# where pictures are used


def uses_by_picture(picture_ids):
    """Return {picture id: {article id: ways it shows the picture}}: lead picture, picture section, in the text."""
    uses = defaultdict(lambda: defaultdict(set))
    wanted = set(picture_ids)
    if not wanted:
        return uses
    for article_id, picture_id in (
        Article.objects.filter(lead_picture__in=wanted).order_by().values_list("pk", "lead_picture")
    ):
        uses[picture_id][article_id].add(LEAD)
    for article_id, picture_id in (
        Section.objects.filter(picture__in=wanted).order_by().values_list("article", "picture")
    ):
        uses[picture_id][article_id].add(SECTION)
    mentions = reduce(or_, (Q(body__contains=f"picture:{pk}") for pk in wanted))
    for article_id, body in Section.objects.filter(mentions).order_by().values_list("article", "body"):
        for picture_id in wanted.intersection(referenced_ids(body)):
            uses[picture_id][article_id].add(TEXT)
    return uses


def in_use():
    """Return a filter for pictures some article shows (as lead picture, picture section, or in its text)."""
    reference = Concat(Value("picture:"), Cast(OuterRef("pk"), CharField()), Value(")"), output_field=CharField())
    return (
        Q(Exists(Article.objects.filter(lead_picture=OuterRef("pk"))))
        | Q(Exists(Section.objects.filter(picture=OuterRef("pk"))))
        | Q(Exists(Section.objects.filter(body__contains=reference)))
    )


@dataclass(frozen=True)
class Use:
    """One article showing a picture, as the current user may see it."""

    title: str
    ways: str
    admin_url: str
    page_url: str
    blocks_delete: bool


@dataclass(frozen=True)
class Usage:
    picture: Picture
    uses: list = field(default_factory=list)

    @property
    def blocking(self):
        return [use for use in self.uses if use.blocks_delete]

    @property
    def text_only(self):
        return [use for use in self.uses if not use.blocks_delete]


def usages(request, pictures):
    """Return a Usage per picture; drafts of other authors are counted but not named."""
    found = uses_by_picture([picture.pk for picture in pictures])
    articles = Article.objects.in_bulk({pk for per in found.values() for pk in per})
    sees_all = sees_all_pictures(request)
    result = []
    for picture in pictures:
        uses = []
        for article_id, ways in found.get(picture.pk, {}).items():
            article = articles.get(article_id)
            if article is not None:
                uses.append(_use(article, ways, editable=sees_all or article.author_id == request.user.pk))
        result.append(Usage(picture, sorted(uses, key=lambda use: use.title.lower())))
    return result


def _use(article, ways, *, editable):
    shown = editable or article.is_live
    return Use(
        title=article.title if shown else "A draft by another author",
        ways=", ".join(way for way in (LEAD, SECTION, TEXT) if way in ways),
        admin_url=reverse("admin:articles_article_change", args=[article.pk]) if editable else "",
        page_url=article.get_absolute_url() if shown else "",
        blocks_delete=bool(ways & {LEAD, SECTION}),
    )


# the list


class InUseFilter(admin.SimpleListFilter):
    title = "use in articles"
    parameter_name = "use"

    def lookups(self, request, model_admin):
        return [("used", "In use"), ("unused", "Not used")]

    def queryset(self, request, queryset):
        if self.value() == "used":
            return queryset.filter(in_use())
        if self.value() == "unused":
            return queryset.exclude(in_use())
        return queryset


class PictureChangeList(ChangeList):
    """The library list; each picture on the page carries the number of articles showing it (three queries)."""

    def get_results(self, request):
        super().get_results(request)
        found = uses_by_picture([picture.pk for picture in self.result_list])
        for picture in self.result_list:  # the page's queryset keeps these instances for the template
            picture.article_count = len(found.get(picture.pk, ()))


@admin.register(Picture)
class PictureAdmin(admin.ModelAdmin):
    form = PictureAdminForm
    list_display = ["thumbnail", "title", "picture_id", "uploaded_by", "is_shared", "used_in", "uploaded"]
    # The thumbnail links first: in the chooser's popup a click on it picks the picture.
    list_display_links = ["thumbnail", "title"]
    list_select_related = ["owner"]
    list_per_page = 50
    search_fields = ["title", "alt_text", "caption", "credit"]
    readonly_fields = ["preview", "owner", "dimensions", "created_at"]
    actions = ["delete_selected"]
    view_on_site = False  # the preview shows the picture; its file alone is no page of the site

    class Media:
        css = {"all": ["css/pictures-admin.css"]}
        js = ["js/picture-focal.js"]

    # who sees what

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

    def get_object(self, request, object_id, from_field=None):
        picture = super().get_object(request, object_id, from_field)
        if picture is None and str(object_id).isdigit() and Picture.objects.filter(pk=object_id).exists():
            raise Http404("No picture you may see has this id.")
        return picture

    @staticmethod
    def owns(request, picture):
        """Return whether the user may change or delete picture (None: pictures in general)."""
        return picture is None or sees_all_pictures(request) or picture.owner_id == request.user.pk

    def has_change_permission(self, request, obj=None):
        return self.owns(request, obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.owns(request, obj) and super().has_delete_permission(request, obj)

    def get_list_filter(self, request):
        filters = ["shared", "decorative", InUseFilter]
        if sees_all_pictures(request):
            filters.insert(2, ("owner", admin.RelatedOnlyFieldListFilter))
        return filters

    def get_changelist(self, request, **kwargs):
        return PictureChangeList

    # list columns

    @admin.display(description="picture")
    def thumbnail(self, picture):
        return thumbnail_html(picture)

    @admin.display(description="ID")
    def picture_id(self, picture):
        return picture.pk

    @admin.display(description="uploaded by", ordering="owner")
    def uploaded_by(self, picture):
        return picture.owner.public_name

    @admin.display(description="shared", boolean=True, ordering="shared")
    def is_shared(self, picture):
        return picture.shared

    @admin.display(description="used in")
    def used_in(self, picture):
        count = getattr(picture, "article_count", 0)
        if not count:
            return "not used"
        return ngettext("%(count)d article", "%(count)d articles", count) % {"count": count}

    @admin.display(description="uploaded", ordering="created_at")
    def uploaded(self, picture):
        return date_format(localtime(picture.created_at), "j M Y")

    # the form

    def get_fieldsets(self, request, obj=None):
        descriptions = ("Description", {"fields": ["title", "alt_text", "decorative", "caption", "credit"]})
        focal = (
            "Focal point",
            {
                "fields": [("focal_x", "focal_y")],
                "description": "The point that crops (cards, thumbnails, link previews) keep in view. "
                + ("Click the picture above to set it, or type" if obj else "Optional: type")
                + " two numbers from 0 to 1; left empty, the middle.",
            },
        )
        if obj is None:
            return [(None, {"fields": ["file"]}), descriptions, ("Sharing", {"fields": ["shared"]}), focal]
        return [
            (None, {"fields": ["preview", "file"]}),
            focal,
            descriptions,
            ("Sharing and file", {"fields": ["shared", "owner", "dimensions", "created_at"]}),
        ]

    @admin.display(description="picture")
    def preview(self, picture):
        if not picture.file:
            return "-"
        stored = (picture.renditions or {}).get("full", {}).get("jpeg") or []
        if stored:
            width, height, name = stored[0]
            src = picture.file.storage.url(name)
        else:
            src, width, height = picture.file.url, picture.width, picture.height
        return format_html(
            '<span class="picture-focal-frame"><img class="picture-focal-image" src="{}" width="{}" height="{}" '
            'alt="{}"></span>',
            src,
            width,
            height,
            picture.alt_text,
        )

    @admin.display(description="size")
    def dimensions(self, picture):
        return f"{picture.width} × {picture.height} pixels"

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context["usage"] = usages(request, [obj])[0]
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.owner = request.user
        picture_update(picture=obj, clean=form.clean_picture)

    # deleting

    def render_delete_form(self, request, context):
        context["usage"] = usages(request, [context["object"]])[0]
        return super().render_delete_form(request, context)

    @admin.action(permissions=["delete"], description=gettext_lazy("Delete selected %(verbose_name_plural)s"))
    def delete_selected(self, request, queryset):
        response = admin_actions.delete_selected(self, request, queryset)
        if isinstance(response, TemplateResponse):  # the confirmation page, not the redirect after deleting
            response.context_data["usages"] = [usage for usage in usages(request, list(queryset)) if usage.uses]
        return response

    def delete_model(self, request, obj):
        picture_delete(picture=obj)

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            for picture in queryset:
                picture_delete(picture=picture)

    # bulk upload and the chooser's preview

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("upload/", wrap(self.upload_view), name="articles_picture_upload"),
            path("<path:object_id>/preview/", wrap(self.preview_view), name="articles_picture_preview"),
            *super().get_urls(),
        ]

    def upload_view(self, request):
        """Add several pictures at once, each with its descriptions: all of them are stored, or none."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            formset = PictureUploadFormSet(request.POST, request.FILES, prefix="pictures")
            if formset.is_valid():
                return self._upload_store(request, formset)
            if any(formset.errors):
                self.message_user(request, UPLOAD_REFUSED, messages.ERROR)
        else:
            formset = PictureUploadFormSet(prefix="pictures")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Upload pictures",
            "formset": formset,
            "media": self.media + formset.media,
            "is_popup": IS_POPUP_VAR in request.GET,
            "changelist_url": self._changelist_url(request),
        }
        return TemplateResponse(request, "admin/articles/picture/upload.html", context)

    def _upload_store(self, request, formset):
        with transaction.atomic():
            pictures = [
                picture_create(owner=request.user, clean=form.clean_picture, **form.descriptions())
                for form in formset.chosen_forms()
            ]
            for picture in pictures:
                self.log_addition(request, picture, [{"added": {}}])
        count = len(pictures)
        text = ngettext("%(count)d picture added.", "%(count)d pictures added.", count) % {"count": count}
        self.message_user(request, text, messages.SUCCESS)
        return redirect(self._changelist_url(request))

    def _changelist_url(self, request):
        url = reverse("admin:articles_picture_changelist")
        if IS_POPUP_VAR in request.GET:
            # Uploaded from the chooser's popup: back to the list there, to pick one of the new pictures.
            url += "?" + urlencode({IS_POPUP_VAR: 1, TO_FIELD_VAR: "id"})
        return url

    def preview_view(self, request, object_id):
        """Return the title and thumbnail of a picture the user may choose, as JSON for the chooser."""
        picture = self.get_object(request, unquote(object_id))
        if picture is None or not self.has_view_permission(request, picture):
            raise Http404("No picture you may choose has this id.")
        return JsonResponse(preview_data(picture))
