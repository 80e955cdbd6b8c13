"""The site's user: an account plus its public profile."""

from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.crypto import get_random_string
from django.utils.text import slugify


def _avatar_path(instance, filename):
    return f"avatars/{instance.pk or 'new'}-{get_random_string(8)}.jpg"


AUTHORS_GROUP = "Authors"


def public_name(*, display_name, email, handle, username):
    """Return the name shown for these account fields (User.public_name, for pages that read them as plain values)."""
    if display_name:
        return display_name
    if email:
        return email.split("@", 1)[0]
    return handle or username


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
        # A handle is the profile URL; every user needs one from the start.
        if not self.handle:
            self.handle = generate_handle(self.email.split("@", 1)[0] if self.email else self.username)
        super().save(*args, **kwargs)


def generate_handle(seed):
    """Return an unused handle derived from seed."""
    base = slugify(seed)[:30] or "user"
    candidate = base
    while User.objects.filter(handle=candidate).exists():
        candidate = f"{base}-{get_random_string(4, 'abcdefghijkmnpqrstuvwxyz23456789')}"
    return candidate


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
