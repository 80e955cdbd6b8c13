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

# Published versions never change, so each process keeps the Policy objects it built (snapshot parsed, look-ups
# computed) under the version's identity, and the shared cache only says which version is current: a page view
# reads a few bytes from the cache instead of unpickling the whole snapshot. The identity includes the content
# hash, so a database rolled back and published again (tests) never meets a stale object.
_BUILT = {}
_BUILT_LIMIT = 16


def _identity(version):
    return (version.pk, version.number, version.sha256)


def _built(version):
    identity = _identity(version)
    policy = _BUILT.get(identity)
    if policy is None:
        if len(_BUILT) >= _BUILT_LIMIT:
            _BUILT.clear()
        policy = _BUILT[identity] = Policy(pk=version.pk, number=version.number, snapshot=version.snapshot)
    return policy


def _load(identity):
    policy = _BUILT.get(identity)
    if policy is None:
        version = PolicyVersion.objects.filter(pk=identity[0], sha256=identity[2]).first()
        policy = _built(version) if version else None
    return policy


def current_policy():
    """Return the latest published Policy (which one is current is cached for a minute; publishing clears it)."""
    identity = cache.get(CACHE_KEY)
    policy = _load(identity) if identity else None
    if policy is None:
        version = PolicyVersion.objects.order_by("-number").first()
        if version is None:
            return EMPTY
        policy = _built(version)
        cache.set(CACHE_KEY, _identity(version), CACHE_SECONDS)
    return policy


def policy_by_number(number):
    """Return an older published Policy by number, or None."""
    version = PolicyVersion.objects.filter(number=number).first()
    return _built(version) if version else None


def forget_current_policy():
    cache.delete(CACHE_KEY)
