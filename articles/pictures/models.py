"""The picture library: one clean master file per picture, its descriptions and its stored renditions."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse


def _master_path(picture, filename):
    # The name carries the content hash (set by the upload service), so every rendition name derived from it is
    # fingerprinted: a replaced file gets new names, and caches may keep the old ones for ever.
    return f"pictures/{picture.file_hash[:2]}/{picture.file_hash[:20]}.jpg"


class PictureQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Return the pictures user may see and choose: editors all; authors their own and the shared ones."""
        if user.is_superuser or user.groups.filter(name="Editors").exists():
            return self
        return self.filter(Q(owner=user) | Q(shared=True))


class Picture(models.Model):
    title = models.CharField(max_length=200, help_text="For finding the picture in the library; readers do not see it.")
    file = models.ImageField(
        "picture file",
        upload_to=_master_path,
        width_field="width",
        height_field="height",
        help_text="JPEG, PNG, WebP, AVIF or GIF. It is re-encoded: camera data and GPS positions are removed.",
    )
    width = models.PositiveIntegerField(editable=False, default=0)
    height = models.PositiveIntegerField(editable=False, default=0)
    file_hash = models.CharField(max_length=64, editable=False, db_index=True)
    alt_text = models.CharField(
        "alternative text",
        max_length=300,
        blank=True,
        help_text="What the picture shows, for readers who cannot see it. Required unless the picture is decorative.",
    )
    decorative = models.BooleanField(
        "decorative only",
        default=False,
        help_text="Tick only when the picture adds nothing a reader would miss; screen readers then skip it.",
    )
    caption = models.CharField(max_length=300, blank=True, help_text="Shown under the picture in articles.")
    credit = models.CharField(
        "credit and licence", max_length=200, blank=True, help_text="Who made it and under which licence."
    )
    focal_x = models.FloatField(
        "focal point, across",
        null=True,
        blank=True,
        help_text="0 is the left edge, 1 the right. Crops (cards, thumbnails) keep this point in view.",
    )
    focal_y = models.FloatField(
        "focal point, down", null=True, blank=True, help_text="0 is the top edge, 1 the bottom."
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="pictures",
        verbose_name="uploaded by",
    )
    shared = models.BooleanField(
        "shared with all authors", default=False, help_text="Other authors may use a shared picture in their articles."
    )
    # {kind: {format: [[width, height, storage name], ...]}}, written once the renditions are stored.
    renditions = models.JSONField(default=dict, blank=True, editable=False)
    created_at = models.DateTimeField("uploaded", auto_now_add=True)
    modified_at = models.DateTimeField("last modified", auto_now=True)

    objects = PictureQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "picture"
        constraints = [
            models.CheckConstraint(
                condition=Q(decorative=True) | ~Q(alt_text=""), name="picture_alt_text_or_decorative"
            ),
            models.CheckConstraint(
                condition=Q(focal_x__isnull=True) | Q(focal_x__gte=0, focal_x__lte=1), name="picture_focal_x_range"
            ),
            models.CheckConstraint(
                condition=Q(focal_y__isnull=True) | Q(focal_y__gte=0, focal_y__lte=1), name="picture_focal_y_range"
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.file.url if self.file else ""

    def get_admin_url(self):
        return reverse("admin:articles_picture_change", args=[self.pk])

    @property
    def alt(self):
        """Return the alt attribute readers get: empty for a decorative picture."""
        return "" if self.decorative else self.alt_text

    @property
    def focal_point(self):
        return (
            self.focal_x if self.focal_x is not None else 0.5,
            self.focal_y if self.focal_y is not None else 0.5,
        )
