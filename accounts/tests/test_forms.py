from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from accounts.forms import ProfileForm, SignupForm
from accounts.tests.factories import UserFactory, VerifiedUserFactory
from accounts.tests.images import exif_with_gps, image_upload

pytestmark = pytest.mark.django_db


def profile_data(user, **extra):
    return {"display_name": user.public_name, "handle": user.handle, "location": "", "bio": "", **extra}


def open_saved(user):
    user.avatar.open("rb")
    try:
        return Image.open(BytesIO(user.avatar.read()))
    finally:
        user.avatar.close()


@pytest.mark.parametrize(
    ("fmt", "mode", "frames"), [("JPEG", "RGB", 1), ("PNG", "RGBA", 1), ("WEBP", "RGB", 1), ("GIF", "RGB", 3)]
)
def test_avatar_upload_becomes_a_square_jpeg_thumbnail(fmt, mode, frames):
    user = UserFactory()
    form = ProfileForm(
        profile_data(user), {"avatar": image_upload(fmt, size=(900, 500), mode=mode, frames=frames)}, instance=user
    )

    assert form.is_valid(), form.errors
    form.save()

    user.refresh_from_db()
    saved = open_saved(user)
    assert saved.format == "JPEG"
    assert saved.size == (256, 256)


def test_avatar_metadata_is_removed():
    user = UserFactory()
    upload = image_upload("JPEG", exif=exif_with_gps())
    assert Image.open(BytesIO(upload.read())).getexif()  # the upload does carry EXIF
    upload.seek(0)

    form = ProfileForm(profile_data(user), {"avatar": upload}, instance=user)
    assert form.is_valid(), form.errors
    form.save()

    user.refresh_from_db()
    assert not open_saved(user).getexif()


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("notes.png", b"this is not a picture at all", content_type="image/png"),
        SimpleUploadedFile("page.jpg", b"<html><script>alert(1)</script></html>", content_type="image/jpeg"),
    ],
)
def test_a_non_image_is_refused_with_a_clear_message(upload):
    user = UserFactory()
    form = ProfileForm(profile_data(user), {"avatar": upload}, instance=user)

    assert not form.is_valid()
    assert form.errors["avatar"] == ["Upload a JPEG, PNG, WebP or GIF picture."]


def test_an_image_in_another_format_is_refused():
    user = UserFactory()
    form = ProfileForm(profile_data(user), {"avatar": image_upload("BMP")}, instance=user)

    assert not form.is_valid()
    assert "Upload a JPEG, PNG, WebP or GIF picture." in form.errors["avatar"]


def test_an_image_over_the_size_limit_is_refused(settings):
    settings.ACCOUNTS_AVATAR_MAX_BYTES = 100 * 1024
    user = UserFactory()
    upload = image_upload("PNG", size=(300, 300), noise=True)
    assert upload.size > 250 * 1024

    form = ProfileForm(profile_data(user), {"avatar": upload}, instance=user)

    assert not form.is_valid()
    assert "; the limit is 100.0\xa0KB." in form.errors["avatar"][0]


def test_refused_upload_saves_nothing_through_the_settings_page(client, settings):
    settings.ACCOUNTS_AVATAR_MAX_BYTES = 100 * 1024
    user = VerifiedUserFactory(display_name="Kept", location="Oslo")
    client.force_login(user)
    big = image_upload("PNG", size=(300, 300), noise=True)

    response = client.post(
        reverse("accounts:settings"),
        {"display_name": "Changed", "handle": user.handle, "location": "Bergen", "bio": "", "avatar": big},
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "the limit is" in html
    assert 'value="Changed"' in html  # the form keeps what was typed
    user.refresh_from_db()
    assert (user.display_name, user.location, bool(user.avatar)) == ("Kept", "Oslo", False)


def test_replacing_the_avatar_deletes_the_old_file(client):
    user = VerifiedUserFactory()
    client.force_login(user)
    client.post(reverse("accounts:settings"), {**profile_data(user), "avatar": image_upload("PNG")})
    user.refresh_from_db()
    first = user.avatar.name

    client.post(reverse("accounts:settings"), {**profile_data(user), "avatar": image_upload("JPEG")})

    user.refresh_from_db()
    assert user.avatar.name != first
    assert not user.avatar.storage.exists(first)


@pytest.mark.parametrize("handle", ["admin", "deleted-12", "has space", "UPPER@case"])
def test_signup_refuses_reserved_or_malformed_handles(handle):
    form = SignupForm(
        data={"email": "a@example.org", "handle": handle, "password1": "long enough pw", "password2": "long enough pw"}
    )

    assert not form.is_valid()
    assert "handle" in form.errors


def test_signup_lowercases_the_handle():
    form = SignupForm(
        data={
            "email": "a@example.org",
            "handle": "Mixed-Case",
            "password1": "long enough pw",
            "password2": "long enough pw",
        }
    )

    assert form.is_valid(), form.errors
    assert form.cleaned_data["handle"] == "mixed-case"


def test_clearing_the_avatar_goes_back_to_the_initials_picture(client):
    user = VerifiedUserFactory()
    client.force_login(user)
    client.post(reverse("accounts:settings"), {**profile_data(user), "avatar": image_upload("PNG")})
    user.refresh_from_db()
    stored = user.avatar.name

    client.post(reverse("accounts:settings"), {**profile_data(user), "avatar-clear": "on"})

    user.refresh_from_db()
    assert not user.avatar
    assert user.avatar_url.endswith("/avatar.svg")
    assert not user.avatar.storage.exists(stored)


def test_settings_offers_to_remove_the_picture_without_showing_its_storage_path(client):
    user = VerifiedUserFactory()
    client.force_login(user)
    client.post(reverse("accounts:settings"), {**profile_data(user), "avatar": image_upload("PNG")})
    user.refresh_from_db()

    html = client.get(reverse("accounts:settings")).content.decode()

    assert '<label class="form-check-label" for="avatar-clear_id">Remove my profile picture</label>' in html
    assert user.avatar.name not in html.replace(user.avatar.url, "")
    assert "Currently" not in html
