"""Forms: sign-up with an optional display name and handle, the profile settings, and account deletion."""

from allauth.account.forms import ChangePasswordForm as AllauthChangePasswordForm
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.validators import validate_slug
from django.db import transaction
from django.utils import timezone

from .avatars import process_avatar
from .models import handle_is_taken
from .services import former_handle_record

RESERVED_HANDLES = {"admin", "administrator", "staff", "support", "twitchsite", "deleted", "former-author", "me"}


def clean_new_handle(value, *, exclude_pk=None):
    """Return the handle lower-cased after checking it is well formed, not reserved and free."""
    value = (value or "").strip().lower()
    if not value:
        return value
    validate_slug(value)
    if value in RESERVED_HANDLES or value.startswith("deleted-"):
        raise forms.ValidationError("This handle is reserved. Please choose another.")
    if handle_is_taken(value, exclude_pk=exclude_pk):
        raise forms.ValidationError("This handle is taken. Please choose another.")
    return value


class LoginForm(AllauthLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The page shows its own "Forgot password?" link, with a comfortable target size.
        self.fields["password"].help_text = ""
        # People type their handle or the admin's user name ("admin") here; say what works instead.
        self.fields["login"].error_messages["invalid"] = (
            "Log in with your e-mail address; a handle or user name does not work here."
        )
        if "remember" in self.fields:
            self.fields["remember"].label = "Remember me"


class ChangePasswordForm(AllauthChangePasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["oldpassword"].help_text = ""  # the page links to the reset itself


class SignupForm(AllauthSignupForm):
    display_name = forms.CharField(
        label="Display name (optional)",
        max_length=80,
        required=False,
        help_text="Shown next to your comments. Leave empty and you appear as “Reader” and a number; "
        "you can change it later in your settings.",
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    handle = forms.CharField(
        label="Public handle (optional)",
        max_length=40,
        required=False,
        help_text="Your profile address will be /users/your-handle/. Letters, numbers, hyphens and underscores. "
        "Leave empty and we make one from your display name, or from random words.",
        widget=forms.TextInput(attrs={"autocomplete": "username"}),
    )

    field_order = ["email", "display_name", "handle", "password1", "password2"]

    def clean_display_name(self):
        return " ".join(self.cleaned_data.get("display_name", "").split())

    def clean_handle(self):
        return clean_new_handle(self.cleaned_data.get("handle"))


class AvatarInput(forms.ClearableFileInput):
    clear_checkbox_label = "Remove my profile picture"


class ProfileForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ["display_name", "handle", "location", "bio", "avatar"]
        # A plain file field: process_avatar does the image checks with clearer messages than Django's.
        field_classes = {"avatar": forms.FileField}
        labels = {"avatar": "Profile picture"}
        help_texts = {
            "display_name": "Shown next to your articles and comments.",
            "handle": "Your profile address is /users/your-handle/. You can change it once a month; "
            "the old address keeps leading to your profile.",
            "location": 'Optional. Shown on your profile as "from" followed by what you write, e.g. "from Cork".',
            "bio": "Plain text, up to 500 characters.",
        }
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 5, "maxlength": 500}),
            "avatar": AvatarInput(attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True
        self.fields["handle"].required = True
        self.fields["avatar"].help_text = (
            f"JPEG, PNG, WebP or GIF, at most {settings.ACCOUNTS_AVATAR_MAX_BYTES // (1024 * 1024)} MB. "
            "We crop it to a square and remove its metadata."
        )
        self._old_handle = self.instance.handle

    def clean_handle(self):
        handle = self.cleaned_data["handle"].strip().lower()
        if handle == self._old_handle:
            return handle
        handle = clean_new_handle(handle, exclude_pk=self.instance.pk)
        changed = self.instance.handle_changed_at
        days = settings.ACCOUNTS_HANDLE_CHANGE_DAYS
        if changed and timezone.now() - changed < timezone.timedelta(days=days):
            again = (changed + timezone.timedelta(days=days)).date()
            raise forms.ValidationError(f"You can change your handle once a month; next on {again:%B %-d, %Y}.")
        return handle

    def clean_avatar(self):
        avatar = self.cleaned_data.get("avatar")
        if avatar and hasattr(avatar, "content_type"):  # a new upload, not the stored file
            return process_avatar(avatar)
        return avatar

    def save(self, commit=True):
        user = super().save(commit=False)
        moved = user.handle != self._old_handle
        if moved:
            user.handle_changed_at = timezone.now()
        if commit:
            with transaction.atomic():
                user.save()
                if moved:
                    former_handle_record(user=user, handle=self._old_handle)
        return user


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That password is not right. Your account was not deleted.")
        return password
