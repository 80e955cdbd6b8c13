"""Writes on the picture library: add a picture, replace its file, make its renditions."""

from django.core.files.base import ContentFile
from django.db import transaction
from django_tasks import task

from .models import Picture
from .renditions import renditions_make


def picture_file_set(*, picture, clean):
    """Put a CleanPicture into picture.file (saved with the picture); its renditions follow after the commit."""
    picture.file_hash = clean.sha256
    picture.file.save(f"{clean.sha256[:20]}.jpg", ContentFile(clean.content), save=False)
    picture.width, picture.height = clean.width, clean.height
    picture.renditions = {}


@transaction.atomic
def picture_create(*, owner, clean, title, alt_text="", decorative=False, caption="", credit="", shared=False):
    """Add a picture to the library and have its renditions made once the row is committed."""
    picture = Picture(
        owner=owner,
        title=title,
        alt_text=alt_text,
        decorative=decorative,
        caption=caption,
        credit=credit,
        shared=shared,
    )
    picture_file_set(picture=picture, clean=clean)
    picture.full_clean(exclude=["file"])
    picture.save()
    picture_renditions_schedule(picture=picture)
    return picture


def picture_renditions_schedule(*, picture):
    """Make the picture's renditions once the current transaction commits (in a worker where one is configured)."""
    pk = picture.pk
    transaction.on_commit(lambda: picture_renditions_task.enqueue(pk))


@task()
def picture_renditions_task(picture_id):
    picture_renditions_build(picture_id=picture_id)


def picture_renditions_build(*, picture_id):
    """Store the renditions of a picture and record them; refresh the article texts that show it."""
    picture = Picture.objects.filter(pk=picture_id).first()
    if picture is None or not picture.file:
        return None
    made = renditions_make(picture)
    # Only if the file is still the one the renditions were made from (a newer upload schedules its own run).
    Picture.objects.filter(pk=picture.pk, file_hash=picture.file_hash).update(renditions=made)
    picture.renditions = made
    _texts_refresh(picture)
    return made


def _texts_refresh(picture):
    # Section texts hold the rendered <picture> of the pictures they show; render them again with the new files.
    from ..models import Section
    from ..page_cache import touch_site

    for section in Section.objects.filter(body__contains=f"picture:{picture.pk}"):
        section.save(update_fields=["body_html"])
    touch_site()


@transaction.atomic
def picture_update(*, picture, clean=None):
    """Save a picture from the admin form (a new one too); a CleanPicture replaces its file in the same row."""
    stored = Picture.objects.filter(pk=picture.pk).values("focal_x", "focal_y").first() if picture.pk else None
    if clean is not None:
        picture_file_set(picture=picture, clean=clean)
    picture.full_clean(exclude=["file"])
    picture.save()
    # The crops (cards, thumbnails, link previews) are cut around the focal point: a new one needs new renditions.
    focal_moved = stored is not None and (stored["focal_x"], stored["focal_y"]) != (picture.focal_x, picture.focal_y)
    if clean is not None or focal_moved:
        picture_renditions_schedule(picture=picture)
    # Alt text and caption are written into the texts that show the picture; pages show them at once.
    _texts_refresh(picture)
    return picture


@transaction.atomic
def picture_delete(*, picture):
    """Delete a picture no article shows as lead or section picture; texts that referred to it show its alt text."""
    pk = picture.pk
    picture.delete()  # the article and section foreign keys PROTECT it: ProtectedError while it is used there
    _texts_refresh(Picture(pk=pk))
