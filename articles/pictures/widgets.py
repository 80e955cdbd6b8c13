"""Admin widgets of the picture library: thumbnails, and the chooser that picks a library picture for an article."""

from django.contrib.admin.widgets import ForeignKeyRawIdWidget
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .models import Picture

THUMB_SIZE = 64


def thumbnail_urls(picture):
    """Return (1x, 2x) addresses of the picture's 64px square thumbnail, or the master's while renditions are made."""
    stored = (picture.renditions or {}).get("thumb", {}).get("jpeg") or []
    if not stored:
        url = picture.file.url if picture.file else ""
        return url, ""
    small = default_storage.url(stored[0][2])
    double = default_storage.url(stored[1][2]) if len(stored) > 1 else ""
    return small, double


def thumbnail_html(picture, *, alt=None):
    """Return a small square <img> of the picture; its alt text names the picture when it has none of its own."""
    small, double = thumbnail_urls(picture)
    if not small:
        return ""
    alt = (picture.alt_text or picture.title) if alt is None else alt
    srcset = format_html(' srcset="{} 1x, {} 2x"', small, double) if double else ""
    return format_html(
        '<img class="picture-thumb" src="{}"{} width="{}" height="{}" alt="{}" loading="lazy" decoding="async">',
        small,
        srcset,
        THUMB_SIZE,
        THUMB_SIZE,
        alt,
    )


def preview_data(picture):
    """Return what the chooser shows of a chosen picture (the admin's JSON preview endpoint answers with it)."""
    small, _double = thumbnail_urls(picture)
    return {"id": picture.pk, "title": picture.title, "alt": picture.alt_text, "thumbnail": small}


class PictureChooserWidget(ForeignKeyRawIdWidget):
    """Django's raw-id lookup, showing the chosen picture as a thumbnail and title, with Choose and Clear buttons.

    The popup is the library's change list (search, filters, thumbnails); picture-chooser.js fills in the preview
    after a choice. Without JavaScript the labelled ID field still works: the ID is shown in the library.
    """

    template_name = "admin/articles/picture/chooser_widget.html"

    class Media:
        css = {"all": ["css/pictures-admin.css"]}
        js = ["js/picture-chooser.js"]

    def __init__(self, rel, admin_site, attrs=None, using=None, *, upload_link=False):
        attrs = {"inputmode": "numeric", "autocomplete": "off", **(attrs or {})}
        super().__init__(rel, admin_site, attrs, using)
        self.upload_link = upload_link
        self.current = None  # the picture the form's object already has, when it was loaded with it

    def label_and_url_for_value(self, value):
        # The template shows the picture itself, looked up among the pictures the user may choose (chosen()).
        return "", ""

    def chosen(self, value):
        """Return the chosen picture when it is one the form field offers, else None."""
        # ModelChoiceField hands its widget the choices: their queryset is the user's library (plus the current one).
        if value in (None, ""):
            return None
        if self.current is not None and str(self.current.pk) == str(value):
            return self.current
        queryset = getattr(getattr(self, "choices", None), "queryset", None)
        if queryset is None:
            return None
        try:
            return queryset.filter(pk=value).first()
        except (ValueError, TypeError, ValidationError):
            return None

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        site = self.admin_site.name
        picture = self.chosen(value)
        context.update(
            picture=picture,
            thumbnail=thumbnail_html(picture) if picture else "",
            preview_url=reverse(f"{site}:articles_picture_preview", args=["__id__"]),
            upload_url=reverse(f"{site}:articles_picture_upload") if self.upload_link else "",
        )
        return context

    def render(self, name, value, attrs=None, renderer=None):
        context = self.get_context(name, value, attrs)
        context["input"] = self._render("django/forms/widgets/text.html", context, renderer)
        # The project's template engine: the form renderer only sees Django's and the apps' own templates.
        return mark_safe(render_to_string(self.template_name, context))  # noqa: S308 (a template, autoescaped)


def picture_formfield(db_field, request, admin_site, *, upload_link=False, **kwargs):
    """Return the form field for a foreign key to Picture: the chooser, offering the pictures the user may see."""
    kwargs["widget"] = PictureChooserWidget(
        db_field.remote_field, admin_site, using=kwargs.get("using"), upload_link=upload_link
    )
    kwargs["queryset"] = Picture.objects.visible_to(request.user)
    return db_field.formfield(**kwargs)
