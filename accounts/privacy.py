"""Privacy rights: "Download my data" and "Delete my account".

Upper apps add their part through accounts.registry (exporters and erasers registered from their
AppConfig.ready()), so this module never imports articles or comments.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from .registry import registry

PLACEHOLDER_HANDLE = "former-author"
PLACEHOLDER_NAME = "Former author"


def _iso(value):
    return value.isoformat() if value else None


def user_export_data(*, user):
    """Return everything the site holds about user, as JSON-serialisable data."""
    from allauth.account.models import EmailAddress
    from allauth.socialaccount.models import SocialAccount
    from allauth.usersessions.models import UserSession

    data = {
        "format": "twitchsite-user-export/1",
        "exported_at": timezone.now().isoformat(),
        "profile": {
            "username": user.username,
            "handle": user.handle,
            "display_name": user.display_name,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "location": user.location,
            "bio": user.bio,
            "avatar": user.avatar.url if user.avatar else None,
            "profile_url": user.get_absolute_url(),
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
            "handle_changed_at": _iso(user.handle_changed_at),
            "former_handles": list(user.former_handles.values_list("handle", flat=True)),
            "groups": sorted(user.groups.values_list("name", flat=True)),
        },
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
        ],
        "social_accounts": [
            {"provider": s.provider, "uid": s.uid, "date_joined": _iso(s.date_joined), "last_login": _iso(s.last_login)}
            for s in SocialAccount.objects.filter(user=user).order_by("provider")
        ],
        "sessions": [
            {
                "started_at": _iso(s.created_at),
                "ip": s.ip,
                "browser": s.user_agent,
                "last_seen_at": _iso(s.last_seen_at),
            }
            for s in UserSession.objects.filter(user=user).order_by("created_at")
        ],
    }
    for name, exporter in registry.exporters.items():
        data[name] = exporter(user)
    return data


def former_author_account():
    """Return the placeholder account that keeps what must stay attributed to someone (articles)."""
    User = get_user_model()
    placeholder, created = User.objects.get_or_create(
        handle=PLACEHOLDER_HANDLE,
        defaults={"username": PLACEHOLDER_HANDLE, "display_name": PLACEHOLDER_NAME, "email": ""},
    )
    if created:
        placeholder.set_unusable_password()
        placeholder.save(update_fields=["password"])
    return placeholder


def user_erase(*, user, password):
    """Erase user's personal data after checking password; keep their contributions without a link to them."""
    if not user.check_password(password):
        raise ValidationError("That password is not right. Your account was not deleted.", code="password")
    if user.handle == PLACEHOLDER_HANDLE:
        raise ValidationError("The placeholder account cannot be erased.", code="placeholder")

    from allauth.account.models import EmailAddress
    from allauth.socialaccount.models import SocialAccount

    from .services import user_sign_out_everywhere

    with transaction.atomic():
        placeholder = former_author_account()
        for eraser in registry.erasers.values():
            eraser(user, placeholder)
        SocialAccount.objects.filter(user=user).delete()
        EmailAddress.objects.filter(user=user).delete()
        # Old profile addresses stop leading anywhere.
        user.former_handles.all().delete()
        user_sign_out_everywhere(user=user)
        old_avatar = user.avatar.name if user.avatar else None
        storage = user.avatar.storage

        # The row stays (deactivated, with no personal data) so nothing that points at it is lost.
        anonymous = f"deleted-{user.pk}"
        user.username = anonymous
        user.handle = anonymous
        user.email = ""
        user.first_name = user.last_name = ""
        user.display_name = "Deleted user"
        user.location = ""
        user.bio = ""
        user.avatar = ""
        user.last_login = None
        user.handle_changed_at = None
        user.is_active = False
        user.is_staff = False
        user.is_superuser = False
        user.set_unusable_password()
        user.full_clean(exclude=["password"])
        user.save()
        user.groups.clear()
        user.user_permissions.clear()
        if old_avatar:
            transaction.on_commit(lambda: storage.delete(old_avatar))
    return user
