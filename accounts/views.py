"""Public profile pages, the settings page and the privacy actions: thin views over forms and services."""

import hashlib
import json

from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.html import escape
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_POST

from .forms import DeleteAccountForm, ProfileForm
from .models import AUTHORS_GROUP
from .privacy import user_erase, user_export_data
from .registry import profile_changed, registry
from .services import user_sign_out_everywhere

# What other people see of a person next to their comments and articles.
PUBLIC_PROFILE_FIELDS = {"display_name", "handle", "avatar", "location"}


def _moved_to(handle):
    """Return the active user who left handle for another one, or raise Http404."""
    return get_object_or_404(get_user_model().objects.filter(is_active=True).formerly_known_as(handle))


def profile(request, handle):
    """Show a user's public profile with the sections other apps registered; a former handle redirects."""
    from django.contrib.auth.models import Group

    person = (
        get_user_model()
        .objects.prefetch_related(
            Prefetch("groups", queryset=Group.objects.filter(name=AUTHORS_GROUP), to_attr="author_groups")
        )
        .filter(handle=handle, is_active=True)
        .first()
    )
    if person is None:
        return redirect(_moved_to(handle), permanent=True)
    sections = [(template, context(person, request.user)) for _order, template, context in registry.profile_sections]
    return render(
        request,
        "accounts/user_detail.html",
        {"person": person, "is_author": bool(person.author_groups), "sections": sections},
    )


@login_required
def settings_page(request):
    """Let the signed-in user edit their public profile."""
    user = request.user
    old_avatar = user.avatar.name if user.avatar else None
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=user)
        if form.is_valid():
            with transaction.atomic():
                saved = form.save()
                if PUBLIC_PROFILE_FIELDS.intersection(form.changed_data):
                    # Pages that show the person (their comments, their articles) must show the new name at once.
                    transaction.on_commit(lambda: profile_changed(saved))
            if old_avatar and saved.avatar.name != old_avatar:
                saved.avatar.storage.delete(old_avatar)
            messages.success(request, "Your profile is saved.")
            return redirect("accounts:settings")
        # The form keeps what was typed; the user object must not show unsaved values in the header.
        user.refresh_from_db()
    else:
        form = ProfileForm(instance=user)
    sections = [(template, context(user)) for _order, template, context in registry.settings_sections]
    return render(request, "accounts/settings.html", {"form": form, "sections": sections})


@login_required
@require_POST
@never_cache
def export_data(request):
    """Send the user's data as a JSON file."""
    data = user_export_data(user=request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False, default=str), content_type="application/json; charset=utf-8"
    )
    stamp = timezone.now().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="twitchsite-data-{request.user.handle}-{stamp}.json"'
    return response


@login_required
@never_cache
def delete_account(request):
    """Ask for the password again, then erase the account's personal data."""
    user = request.user
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        try:
            user_erase(user=user, password=form.cleaned_data["password"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            logout(request)
            messages.success(request, "Your account is deleted. Your comments now show as written by a deleted user.")
            return redirect("/")
    return render(request, "accounts/delete_account.html", {"form": form})


@login_required
@require_POST
def sign_out_everywhere(request):
    """End every session of the user, on every device, this one included."""
    user_sign_out_everywhere(user=request.user)
    logout(request)
    messages.success(request, "You are signed out on every device.")
    return redirect("account_login")


# Background colours with white text at WCAG AA contrast.
_AVATAR_COLOURS = ["#0b6e4f", "#1a56db", "#9b1c1c", "#6b21a8", "#92400e", "#155e75", "#3f6212", "#9d174d"]


@cache_control(public=True, max_age=86400)
def default_avatar(request, handle):
    """Return a generated SVG picture with the user's initials; a former handle redirects."""
    person = get_user_model().objects.only("display_name", "handle").filter(handle=handle).first()
    if person is None:
        return redirect(_moved_to(handle).avatar_url, permanent=True)
    colour = _AVATAR_COLOURS[int(hashlib.sha256(handle.encode()).hexdigest(), 16) % len(_AVATAR_COLOURS)]
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img">'
        f'<rect width="64" height="64" fill="{colour}"/>'
        '<text x="32" y="32" dy=".35em" text-anchor="middle" fill="#fff" '
        'font-family="system-ui, sans-serif" font-size="26" font-weight="600">'
        f"{escape(person.initials)}</text></svg>"
    )
    return HttpResponse(svg, content_type="image/svg+xml")
