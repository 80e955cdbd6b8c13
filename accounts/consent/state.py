"""What one visitor has agreed to: `request.consent`."""

from functools import cached_property

from . import conf
from .policy import policy_by_number


def _changed_slugs(old, new):
    """Return the slugs of services that are new or differ between two policies."""
    return {slug for slug, entry in new.services.items() if old.services.get(slug) != entry}


class ConsentState:
    """The visitor's decisions, checked against the policy in force."""

    def __init__(self, *, policy, payload=None, gpc=False, country="", once=()):
        self.policy = policy
        self.payload = payload or {}
        self.gpc = gpc
        self.country = country
        self.once = frozenset(once)
        self.consent_id = self.payload.get("id")
        self.dirty = False  # the response must (re)issue the cookie
        self.used_required = set()

    @cached_property
    def changed(self):
        """Return the services that changed since the version the visitor answered (empty when current)."""
        version = self.payload.get("v")
        if not self.payload or version == self.policy.number:
            return set()
        old = policy_by_number(version)
        if old is None:
            return set(self.policy.services)
        return _changed_slugs(old, self.policy)

    @cached_property
    def decisions(self):
        """Return {slug: bool} for optional services still valid under the current policy."""
        raw = self.payload.get("d", {})
        return {
            slug: bool(raw[slug]) for slug in self.policy.optional_slugs if slug in raw and slug not in self.changed
        }

    @property
    def decided(self):
        return all(slug in self.decisions for slug in self.policy.optional_slugs)

    @property
    def in_region(self):
        if conf.region_mode() == "everyone":
            return True
        return not self.country or self.country.upper() in conf.EEA_UK

    @property
    def needs_prompt(self):
        return self.in_region and bool(self.policy.optional_slugs) and not self.decided

    @property
    def changed_names(self):
        if not self.payload.get("d"):
            return []
        return [self.policy.services[s]["name"] for s in self.policy.optional_slugs if s in self.changed]

    def allows(self, slug):
        """Return whether the service may run for this visitor on this response."""
        service = self.policy.services.get(slug)
        if service is None:
            return False
        if service["required"]:
            return True
        if slug in self.once and service["embed"] in ("youtube", "vimeo"):
            # "Load video" is an explicit request for this one embed, even from a visitor who refused it before.
            return True
        if slug in self.decisions:
            return self.decisions[slug]
        if not self.in_region:
            # Outside the consent region an undecided visitor gets the defaults, minus marketing under GPC.
            return not (self.gpc and service["purpose"] == "marketing")
        return False

    def use(self, slug):
        """Declare that this response loads a strictly necessary service (e.g. reCAPTCHA on a form).

        Necessary services need no consent, but their hosts enter the CSP only on the pages that use them.
        """
        self.used_required.add(slug)

    def allowed_slugs(self):
        return [slug for slug in self.policy.services if self.allows(slug)]

    def allowed_hosts(self):
        hosts = []
        for slug in self.allowed_slugs():
            if self.policy.services[slug]["required"] and slug not in self.used_required:
                continue
            for host in self.policy.services[slug]["hosts"]:
                if host not in hosts:
                    hosts.append(host)
        return hosts

    def google_consent(self):
        """Return Google Consent Mode v2 values for the stored decisions."""
        analytics = "granted" if self.allows("google-analytics") else "denied"
        ads = "granted" if (self.allows("google-adsense") or self.allows("google-doubleclick")) else "denied"
        return {
            "ad_storage": ads,
            "ad_user_data": ads,
            "ad_personalization": ads,
            "analytics_storage": analytics,
        }

    def for_script(self):
        """Return what static/js/consent.js needs: allowed service slugs and the Consent Mode state."""
        return {"allowed": self.allowed_slugs(), "google": self.google_consent(), "prompt": self.needs_prompt}
