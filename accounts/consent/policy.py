"""The policy in force, read from the latest PolicyVersion and cached, since every page needs it."""

from dataclasses import dataclass, field
from functools import cached_property

from django.core.cache import cache

from .models import PolicyVersion

CACHE_KEY = "consent:policy:current"
CACHE_SECONDS = 60


@dataclass(frozen=True)
class Policy:
    """A published policy version with quick look-ups by service."""

    pk: int | None
    number: int | None
    snapshot: dict = field(default_factory=dict)

    @cached_property
    def purposes(self):
        return self.snapshot.get("purposes", [])

    @cached_property
    def texts(self):
        return self.snapshot.get("texts", {})

    @cached_property
    def services(self):
        """Return {slug: service entry + purpose slug + required flag}."""
        out = {}
        for p in self.purposes:
            for s in p["services"]:
                out[s["slug"]] = {**s, "purpose": p["slug"], "required": p["required"]}
        return out

    @cached_property
    def optional_slugs(self):
        return [slug for slug, s in self.services.items() if not s["required"]]

    def purpose_of(self, slug):
        service = self.services.get(slug)
        return service["purpose"] if service else None

    def slugs_for_purpose(self, purpose_slug):
        return [slug for slug, s in self.services.items() if s["purpose"] == purpose_slug]


EMPTY = Policy(pk=None, number=None, snapshot={})


def current_policy():
    """Return the latest published Policy (cached for a minute; publishing clears it)."""
    data = cache.get(CACHE_KEY)
    if data is None:
        version = PolicyVersion.objects.order_by("-number").only("pk", "number", "snapshot").first()
        data = (version.pk, version.number, version.snapshot) if version else (None, None, {})
        cache.set(CACHE_KEY, data, CACHE_SECONDS)
    return Policy(pk=data[0], number=data[1], snapshot=data[2])


def policy_by_number(number):
    """Return an older published Policy by number (immutable, so cached for a day), or None."""
    key = f"consent:policy:{number}"
    data = cache.get(key)
    if data is None:
        version = PolicyVersion.objects.filter(number=number).only("pk", "number", "snapshot").first()
        if version is None:
            return None
        data = (version.pk, version.number, version.snapshot)
        cache.set(key, data, 86400)
    return Policy(pk=data[0], number=data[1], snapshot=data[2])


def forget_current_policy():
    cache.delete(CACHE_KEY)
