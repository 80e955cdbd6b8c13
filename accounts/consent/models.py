"""Consent data: what the site may load (purposes, services), what visitors agreed to (records)."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse


class PurposeQuerySet(models.QuerySet):
    def optional(self):
        return self.filter(is_required=False)


class Purpose(models.Model):
    """Why the site loads something: strictly necessary, features, marketing, statistics."""

    name = models.CharField("name", max_length=80)
    slug = models.SlugField("slug", max_length=40, unique=True)
    description = models.TextField("description", help_text="Shown to visitors in the consent dialog.")
    order = models.PositiveSmallIntegerField("order", default=0)
    is_required = models.BooleanField(
        "strictly necessary",
        default=False,
        help_text="Always on and cannot be switched off. Only for what the site cannot work without.",
    )
    necessity_rationale = models.TextField(
        "why it is necessary",
        blank=True,
        help_text="Required for strictly necessary purposes: the reason no consent is needed.",
    )

    objects = PurposeQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "consent purpose"
        verbose_name_plural = "consent purposes"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(is_required=False) | ~models.Q(necessity_rationale=""),
                name="consent_purpose_required_has_rationale",
            )
        ]

    def __str__(self):
        return self.name


class ServiceQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class Service(models.Model):
    """A vendor or tool the site may load, with the hosts it contacts and what it stores."""

    class Embed(models.TextChoices):
        NONE = "none", "None"
        YOUTUBE = "youtube", "YouTube video"
        VIMEO = "vimeo", "Vimeo video"
        SCRIPT = "script", "Script"

    name = models.CharField("vendor or service name", max_length=100)
    slug = models.SlugField("slug", max_length=60, unique=True)
    purpose = models.ForeignKey(Purpose, on_delete=models.PROTECT, related_name="services", verbose_name="purpose")
    description = models.CharField("one-line description", max_length=300)
    privacy_policy_url = models.URLField("privacy policy URL")
    hosts = models.TextField(
        "hosts",
        blank=True,
        help_text="One host name per line, e.g. www.youtube-nocookie.com. Added to the Content-Security-Policy "
        "only for visitors who consented.",
    )
    embed = models.CharField("embed kind", max_length=10, choices=Embed.choices, default=Embed.NONE)
    script_url = models.URLField(
        "script URL",
        blank=True,
        max_length=500,
        help_text="For script services: the address loaded after consent, with its parameters "
        "(e.g. https://www.googletagmanager.com/gtag/js?id=G-XXXX).",
    )
    gtag_id = models.CharField(
        "Google tag ID",
        max_length=40,
        blank=True,
        help_text="For Google tags: the measurement ID passed to gtag('config', ...) after the script loads.",
    )
    order = models.PositiveSmallIntegerField("order", default=0)
    is_active = models.BooleanField("active", default=True, help_text="Inactive services are not offered or loaded.")

    objects = ServiceQuerySet.as_manager()

    class Meta:
        ordering = ["purpose__order", "order", "name"]
        verbose_name = "third-party service"
        verbose_name_plural = "third-party services"

    def __str__(self):
        return self.name

    @property
    def host_list(self):
        return [h.strip().lower() for h in self.hosts.splitlines() if h.strip()]


class StorageItem(models.Model):
    """A cookie or browser storage entry a service sets."""

    class Party(models.TextChoices):
        FIRST = "first", "First party (our domain)"
        THIRD = "third", "Third party"

    class Kind(models.TextChoices):
        COOKIE = "cookie", "Cookie"
        LOCAL_STORAGE = "local", "Local storage"
        SESSION_STORAGE = "session", "Session storage"

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="storage_items")
    name_pattern = models.CharField("name or pattern", max_length=100, help_text="Use * as a wildcard, e.g. _ga_*.")
    duration = models.CharField("how long it is kept", max_length=60)
    party = models.CharField("party", max_length=6, choices=Party.choices, default=Party.THIRD)
    kind = models.CharField("kind", max_length=8, choices=Kind.choices, default=Kind.COOKIE)

    class Meta:
        ordering = ["pk"]
        verbose_name = "stored item"
        verbose_name_plural = "stored items"

    def __str__(self):
        return f"{self.name_pattern} ({self.duration})"


class ConsentText(models.Model):
    """The banner's words and the privacy policy; the first row is the one in use."""

    banner_title = models.CharField("banner title", max_length=120)
    banner_text = models.TextField("banner text")
    privacy_policy_url = models.CharField(
        "privacy policy address", max_length=300, default="/privacy/", help_text="A path on this site or a full URL."
    )
    privacy_policy_text = models.TextField("privacy policy", blank=True, help_text="Shown at /privacy/ when set.")

    class Meta:
        verbose_name = "banner and privacy text"
        verbose_name_plural = "banner and privacy texts"

    def __str__(self):
        return self.banner_title


class PolicyVersion(models.Model):
    """An immutable snapshot of everything a visitor consents to."""

    number = models.PositiveIntegerField("version", unique=True)
    snapshot = models.JSONField("snapshot")
    sha256 = models.CharField("SHA-256", max_length=64, db_index=True)
    created_at = models.DateTimeField("created", auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        get_latest_by = "number"
        verbose_name = "policy version"
        verbose_name_plural = "policy versions"

    def __str__(self):
        return f"Version {self.number}"


class ConsentRecordQuerySet(models.QuerySet):
    def for_consent_id(self, consent_id):
        return self.filter(consent_id=consent_id).select_related("policy_version").order_by("created_at", "pk")

    def latest_for_user(self, user):
        return self.filter(user=user).select_related("policy_version").order_by("-created_at", "-pk").first()


class ConsentRecord(models.Model):
    """One decision by one visitor: appended, never changed."""

    class Action(models.TextChoices):
        ACCEPT_ALL = "accept_all", "Accept all"
        REJECT_ALL = "reject_all", "Reject all"
        CUSTOM = "custom", "Custom choice"
        WITHDRAW = "withdraw", "Withdrawal"
        GPC = "gpc", "Global Privacy Control signal"
        CONTEXTUAL = "contextual", "Contextual (on the content)"

    consent_id = models.UUIDField("consent ID", default=uuid.uuid4, db_index=True)
    policy_version = models.ForeignKey(
        PolicyVersion, on_delete=models.PROTECT, related_name="records", verbose_name="policy version"
    )
    decisions = models.JSONField("decisions", blank=True, help_text="Service slug: allowed.")
    action = models.CharField("action", max_length=12, choices=Action.choices)
    page_path = models.CharField("page", max_length=500, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consent_records",
        verbose_name="user",
    )
    ip_hash = models.CharField("keyed hash of the IP address", max_length=64, blank=True)
    country = models.CharField("country", max_length=2, blank=True)
    language = models.CharField("language", max_length=35, blank=True)
    created_at = models.DateTimeField("time", auto_now_add=True, db_index=True)

    objects = ConsentRecordQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "consent record"
        verbose_name_plural = "consent records"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(action__in=["accept_all", "reject_all", "custom", "withdraw", "gpc", "contextual"]),
                name="consent_record_action_valid",
            )
        ]

    def __str__(self):
        return f"{self.consent_id} {self.action} {self.created_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return reverse("admin:accounts_consentrecord_change", args=[self.pk])


class ConsentDailyStat(models.Model):
    """One day's consent figures for one policy version, built by `manage.py consent_rollup`."""

    day = models.DateField("day")
    policy_version = models.ForeignKey(
        PolicyVersion, on_delete=models.CASCADE, related_name="daily_stats", verbose_name="policy version"
    )
    shown = models.PositiveIntegerField("banners shown", default=0)
    answered = models.PositiveIntegerField("answers", default=0)
    accept_all = models.PositiveIntegerField("accept all", default=0)
    reject_all = models.PositiveIntegerField("reject all", default=0)
    custom = models.PositiveIntegerField("custom", default=0)
    other = models.PositiveIntegerField("other (withdraw, GPC, contextual)", default=0)
    purpose_accepts = models.JSONField("acceptances per purpose", default=dict)
    service_accepts = models.JSONField("acceptances per service", default=dict)

    class Meta:
        ordering = ["-day", "-policy_version__number"]
        verbose_name = "daily consent statistic"
        verbose_name_plural = "daily consent statistics"
        constraints = [models.UniqueConstraint(fields=["day", "policy_version"], name="consent_stat_one_per_day")]

    def __str__(self):
        return f"{self.day} v{self.policy_version.number}"

    def rate(self, count):
        return round(100 * count / self.answered) if self.answered else 0
