"""The site's user: an account plus its public profile."""

from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.crypto import get_random_string

from .names import unique_handle


def _avatar_path(instance, filename):
    return f"avatars/{instance.pk or 'new'}-{get_random_string(8)}.jpg"


AUTHORS_GROUP = "Authors"


def public_name(*, display_name, handle, username="", email=""):
    """Return the name shown for these account fields (User.public_name, for pages that read them as plain values)."""
    # Never the e-mail address, nor the user name, which allauth makes from it. Both are accepted so that callers
    # may pass a whole row, and ignored.
    return display_name or handle or "Reader"


class UserQuerySet(models.QuerySet):
    def with_verified_email(self):
        """Annotate has_verified_email_flag: True when the user confirmed at least one address."""
        from allauth.account.models import EmailAddress

        return self.annotate(
            has_verified_email_flag=Exists(EmailAddress.objects.filter(user=OuterRef("pk"), verified=True))
        )

    def verified(self):
        return self.with_verified_email().filter(has_verified_email_flag=True)

    def authors(self):
        return self.filter(groups__name=AUTHORS_GROUP)

    def formerly_known_as(self, handle):
        """Filter to the user who used handle before (their old profile addresses redirect to the new one)."""
        return self.filter(former_handles__handle=handle)


class UserManager(DjangoUserManager.from_queryset(UserQuerySet)):
    pass


class User(AbstractUser):
    """A reader, commenter or author. The e-mail address is never shown publicly."""

    handle = models.SlugField(
        "public handle",
        max_length=40,
        unique=True,
        blank=True,
        help_text="Used in the profile address /users/your-handle/.",
    )
    display_name = models.CharField("display name", max_length=80, blank=True)
    location = models.CharField("location", max_length=80, blank=True, help_text='Shown on the profile after "from".')
    bio = models.TextField("bio", max_length=500, blank=True)
    avatar = models.ImageField("profile picture", upload_to=_avatar_path, blank=True)
    handle_changed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = UserManager()

    class Meta:
        verbose_name = "user"
        verbose_name_plural = "users"

    def __str__(self):
        return self.public_name

    @property
    def public_name(self):
        """Return the name shown to other people: never the e-mail address."""
        return public_name(display_name=self.display_name, email=self.email, handle=self.handle, username=self.username)

    @property
    def has_verified_email(self):
        """Return True when the user confirmed an e-mail address (required before commenting)."""
        flag = getattr(self, "has_verified_email_flag", None)
        if flag is not None:
            return flag
        from allauth.account.models import EmailAddress

        return self.pk is not None and EmailAddress.objects.filter(user=self, verified=True).exists()

    @property
    def is_author(self):
        return any(g.name == AUTHORS_GROUP for g in self.groups.all())

    @property
    def initials(self):
        parts = [p for p in self.public_name.replace(".", " ").replace("_", " ").split() if p]
        return "".join(p[0] for p in parts[:2]).upper() or "?"

    @property
    def avatar_url(self):
        """Return the profile picture's URL, or the generated initials picture when there is none."""
        if self.avatar:
            return self.avatar.url
        return reverse("accounts:default-avatar", kwargs={"handle": self.handle})

    def get_absolute_url(self):
        return reverse("accounts:profile", kwargs={"handle": self.handle})

    def save(self, *args, **kwargs):
        # A handle is the profile URL; every user needs one from the start. Made from the display name or from
        # random words, never from the e-mail address or the user name (allauth makes that from the address).
        if not self.handle:
            self.handle = generate_handle(self.display_name)
        super().save(*args, **kwargs)


def handle_is_taken(handle, *, exclude_pk=None):
    """Return True when handle is someone's handle now, or was someone else's and still redirects to them."""
    current = User.objects.filter(handle=handle)
    former = HandleHistory.objects.filter(handle=handle)
    if exclude_pk:
        current = current.exclude(pk=exclude_pk)
        former = former.exclude(user_id=exclude_pk)
    return current.exists() or former.exists()


def generate_handle(seed=""):
    """Return an unused handle made from seed (a display name), or from random words when seed is empty."""
    return unique_handle(seed, is_taken=handle_is_taken)


class HandleHistory(models.Model):
    """A handle a person used before: its profile address redirects to their current one."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="former_handles")
    handle = models.SlugField("former handle", max_length=40, unique=True)
    changed_at = models.DateTimeField("changed on", auto_now_add=True)

    class Meta:
        verbose_name = "former handle"
        verbose_name_plural = "former handles"
        ordering = ["-changed_at"]

    def __str__(self):
        return self.handle

    def get_absolute_url(self):
        return self.user.get_absolute_url()


# consent: the consent models live in their own package; imported here so migrations stay in accounts.
from .consent.models import (  # noqa: E402, F401
    ConsentDailyStat,
    ConsentRecord,
    ConsentText,
    PolicyVersion,
    Purpose,
    Service,
    StorageItem,
)
