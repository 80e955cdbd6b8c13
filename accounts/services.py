"""Account services: writes with side effects, and the rules other apps ask about a user."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from .models import AUTHORS_GROUP, HandleHistory


def user_can_comment(user):
    """Return True when user may post comments: signed in, active, with a verified e-mail address."""
    return bool(user and user.is_authenticated and user.is_active and user.has_verified_email)


def user_sign_out_everywhere(*, user):
    """End every session of user that allauth's session tracking knows, the current one included."""
    from allauth.usersessions.models import UserSession

    ended = 0
    for session in UserSession.objects.filter(user=user):
        session.end()
        ended += 1
    return ended


@transaction.atomic
def users_add_to_authors(*, users):
    """Add users to the Authors group (creating it when missing); return how many were added."""
    group, _ = Group.objects.get_or_create(name=AUTHORS_GROUP)
    users = list(users)
    already = set(group.user_set.filter(pk__in=[u.pk for u in users]).values_list("pk", flat=True))
    new = [u for u in users if u.pk not in already]
    group.user_set.add(*new)
    # Authors write in the admin, which only staff may open.
    get_user_model().objects.filter(pk__in=[u.pk for u in new], is_staff=False).update(is_staff=True)
    return len(new)


@transaction.atomic
def former_handle_record(*, user, handle):
    """Keep handle, which user has just left, so that its profile address redirects to their current one."""
    # Back to a handle they used before: it is theirs again, not a former one.
    HandleHistory.objects.filter(user=user, handle=user.handle).delete()
    if handle and handle != user.handle:
        HandleHistory.objects.update_or_create(handle=handle, defaults={"user": user})
