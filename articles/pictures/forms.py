"""Admin forms of the picture library: one picture, a row of the bulk upload, and the checks article forms share."""

import re
from pathlib import PurePath

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.forms import BaseFormSet, formset_factory

from .markdown import referenced_ids
from .models import Picture
from .processing import clean_upload

ACCEPT = "image/jpeg,image/png,image/webp,image/avif,image/gif"
UPLOAD_ROWS = 5  # empty rows without JavaScript; the script adds one per chosen file
UPLOAD_MAX = 50
ALT_TEXT_MISSING = (
    "Describe what the picture shows for readers who cannot see it, "
    "or tick “decorative only” if it adds nothing they would miss."
)
BODY_PICTURE_HELP = (
    "Markdown. To show a library picture in the text, write ![alternative text](picture:ID) on a line of its own "
    "(with its caption) or within a sentence; the ID is shown in the picture library. "
    "Left empty, the alternative text is the picture's own."
)


def title_from_name(name):
    """Return a title made from an uploaded file's name: "harbour_at-dawn.jpg" becomes "Harbour at dawn"."""
    words = re.sub(r"[\s_.-]+", " ", PurePath(name or "").stem).strip()
    return (words[:1].upper() + words[1:])[:200] or "Untitled picture"


class PictureFormMixin:
    """The upload (checked and cleaned by clean_upload, stored only by the service), the title and the alt text."""

    def _setup_picture_fields(self):
        self.clean_picture = None  # the CleanPicture of a valid upload, for the service
        self.fields["title"].required = False
        self.fields["title"].help_text = "For finding the picture in the library. Left empty: the file's name."
        self.fields["file"].widget.attrs["accept"] = ACCEPT

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload:
            self.clean_picture = clean_upload(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if not cleaned.get("title") and "title" not in self.errors:
            if upload:
                cleaned["title"] = title_from_name(upload.name)
            elif "file" not in self.errors:
                self.add_error("title", "Give the picture a title, to find it in the library.")
        if not cleaned.get("decorative") and not cleaned.get("alt_text") and "alt_text" not in self.errors:
            self.add_error("alt_text", ALT_TEXT_MISSING)
        if upload and self.errors and "file" not in self.errors:
            self.add_error("file", "The file was fine, but browsers forget it when a form comes back: choose it again.")
        return cleaned


class PictureAdminForm(PictureFormMixin, forms.ModelForm):
    """The library's add and change form; a file chosen on an existing picture replaces it everywhere it is used."""

    file = forms.FileField(
        label="Picture file",
        help_text=Picture._meta.get_field("file").help_text,
        widget=forms.FileInput,
        error_messages={"required": "Choose the picture file to upload."},
    )

    class Meta:
        model = Picture
        # Excluded, not left out of `fields`: the admin passes its own field list (with "file"), and only Meta.exclude
        # keeps the declared upload field away from the model (the service stores the cleaned file; the owner is
        # the uploader).
        exclude = ["file", "owner"]  # noqa: DJ006

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("focal_x", "focal_y"):
            if name in self.fields:
                self.fields[name].validators += [MinValueValidator(0), MaxValueValidator(1)]
                self.fields[name].widget.attrs.update(min="0", max="1", step="0.01")
        if "title" in self.fields:  # not on the read-only view of someone else's picture
            self._setup_picture_fields()
            if self.instance.pk:
                self.fields["file"].required = False
                self.fields["file"].label = "Replace with a new file"
                self.fields["file"].help_text = (
                    "Only to replace this picture: every article that shows it shows the new file. "
                    + self.fields["file"].help_text
                )


class PictureUploadForm(PictureFormMixin, forms.ModelForm):
    """One row of the bulk upload: a file and its descriptions."""

    file = forms.FileField(
        label="Picture file",
        widget=forms.FileInput,
        error_messages={"required": "Choose a picture file for this row, or empty the row."},
    )
    field_order = ["file", "title", "alt_text", "decorative", "caption", "credit", "shared"]

    class Media:
        js = ["js/picture-upload.js"]

    class Meta:
        model = Picture
        fields = ["title", "alt_text", "decorative", "caption", "credit", "shared"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._setup_picture_fields()

    def descriptions(self):
        """Return the row's fields for picture_create."""
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class BasePictureUploadFormSet(BaseFormSet):
    def chosen_forms(self):
        """Return the rows with a picture in them (the empty rows are left out)."""
        return [form for form in self.forms if form.has_changed()]

    def clean(self):
        super().clean()
        if not any(self.errors) and not self.chosen_forms():
            raise ValidationError("Choose at least one picture file to upload.", code="empty")


PictureUploadFormSet = formset_factory(
    PictureUploadForm,
    formset=BasePictureUploadFormSet,
    extra=UPLOAD_ROWS,
    max_num=UPLOAD_MAX,
    absolute_max=UPLOAD_MAX,
    validate_max=True,
)


def allow_current_picture(form, name):
    """Let the form keep the picture it already has, even one outside the user's library (an editor chose it)."""
    field = form.fields.get(name)
    current = getattr(form.instance, f"{name}_id", None)
    if field is None or not current:
        return
    field.queryset = field.queryset | Picture.objects.filter(pk=current)
    if form.instance._meta.get_field(name).is_cached(form.instance):
        # Loaded with the row (select_related): the chooser shows it without a query of its own.
        field.widget.current = getattr(form.instance, name)


def check_picture_references(text, *, library, before=""):
    """Raise ValidationError for each picture:ID in text that is not in library; references kept from before pass."""
    wanted = set(referenced_ids(text)) - set(referenced_ids(before))
    if not wanted:
        return
    missing = sorted(wanted - set(library.filter(pk__in=wanted).values_list("pk", flat=True)))
    if missing:
        raise ValidationError(
            [
                ValidationError(
                    "Picture %(id)s does not exist or is not in your library.",
                    code="picture_unknown",
                    params={"id": pk},
                )
                for pk in missing
            ]
        )
