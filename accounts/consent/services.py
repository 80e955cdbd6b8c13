"""Writes about consent: publishing policy versions, recording decisions, withdrawing, purging."""

import fnmatch
import ipaddress
import uuid
from datetime import timedelta
from http.cookies import SimpleCookie

from django.core.cache import cache
from django.db import transaction
from django.http.request import split_domain_port
from django.utils import timezone
from django.utils.crypto import salted_hmac

from . import conf, cookie
from .models import ConsentRecord, ConsentText, PolicyVersion, Purpose, Service
from .policy import current_policy, forget_current_policy
from .snapshot import build_snapshot, publish_if_changed


def policy_publish_if_changed():
    """Publish a new PolicyVersion when texts, purposes or services changed; return (version, created)."""
    with transaction.atomic():
        snapshot = build_snapshot(purpose_model=Purpose, service_model=Service, text_model=ConsentText)
        version, created = publish_if_changed(version_model=PolicyVersion, snapshot=snapshot)
    if created:
        transaction.on_commit(forget_current_policy)
        forget_current_policy()
    return version, created


def ip_hash(ip):
    """Return a keyed hash of an IP address (never the address itself)."""
    return salted_hmac("accounts.consent.ip", ip or "", algorithm="sha256").hexdigest() if ip else ""


def decisions_for(*, policy, action, allowed=(), previous=None, gpc=False):
    """Return {slug: bool} for every optional service of the policy after an action."""
    previous = previous or {}
    optional = policy.optional_slugs
    if action == ConsentRecord.Action.ACCEPT_ALL:
        return dict.fromkeys(optional, True)
    if action in (ConsentRecord.Action.REJECT_ALL, ConsentRecord.Action.WITHDRAW):
        return dict.fromkeys(optional, False)
    if action == ConsentRecord.Action.CUSTOM:
        return {slug: slug in allowed for slug in optional}
    if action == ConsentRecord.Action.CONTEXTUAL:
        return {**previous, **{slug: True for slug in allowed if slug in optional}}
    if action == ConsentRecord.Action.GPC:
        return {**previous, **{slug: False for slug in optional if policy.purpose_of(slug) == "marketing"}}
    raise ValueError(f"Unknown consent action {action!r}")


@transaction.atomic
def consent_record(*, consent_id, policy, decisions, action, page_path="", user=None, ip="", country="", language=""):
    """Append one ConsentRecord (the proof of one decision) and return it."""
    if policy.pk is None:
        raise ValueError("No policy version is published yet.")
    record = ConsentRecord(
        consent_id=consent_id,
        policy_version_id=policy.pk,
        decisions=decisions,
        action=action,
        page_path=page_path[:500],
        user=user if user is not None and user.is_authenticated else None,
        ip_hash=ip_hash(ip),
        country=(country or "")[:2].upper(),
        language=(language or "")[:35],
    )
    record.full_clean()
    record.save()
    if record.user_id:
        # The user's consent follows them to other devices: their next page there must see this decision.
        transaction.on_commit(lambda: forget_user_payload(record.user_id))
        forget_user_payload(record.user_id)
    return record


def consent_decide(*, request, action, allowed=()):
    """Record a visitor's decision and return (record, cookie value, services withdrawn).

    The caller sets the cookie on the response and deletes the withdrawn services' cookies.
    """
    state = request.consent
    policy = state.policy
    previous = state.decisions
    decisions = decisions_for(policy=policy, action=action, allowed=set(allowed), previous=previous, gpc=state.gpc)
    consent_id = state.consent_id or str(uuid.uuid4())
    user = getattr(request, "user", None)
    record = consent_record(
        consent_id=consent_id,
        policy=policy,
        decisions=decisions,
        action=action,
        page_path=request.POST.get("next") or request.path,
        user=user,
        ip=request.META.get("REMOTE_ADDR", ""),
        country=state.country,
        language=getattr(request, "LANGUAGE_CODE", "") or request.headers.get("Accept-Language", "")[:35],
    )
    withdrawn = [slug for slug, was in previous.items() if was and not decisions.get(slug)]
    value = cookie.encode(
        consent_id=consent_id,
        version=policy.number,
        decisions=decisions,
        user_id=user.pk if user is not None and user.is_authenticated else None,
        gpc=state.gpc,
    )
    return record, value, withdrawn


def first_party_cookies_to_delete(*, policy, slugs, cookie_names):
    """Return the names among cookie_names that the given services set on our domain."""
    patterns = [
        item["name"]
        for slug in slugs
        for item in policy.services.get(slug, {}).get("storage", [])
        if item["party"] == "first" and item["kind"] == "cookie"
    ]
    return sorted({name for name in cookie_names for p in patterns if fnmatch.fnmatchcase(name, p)})


def cookie_domains(host):
    """Return the domains a script on this host may have set cookies on: the host and each of its parent domains.

    Google Analytics, for one, sets `_ga` on the highest domain it can (`.example.com` for www.example.com); a
    browser only deletes such a cookie when told the same domain.
    """
    name, _port = split_domain_port(host or "")
    name = name.lower().rstrip(".")
    if not name or "." not in name:
        return []
    try:
        ipaddress.ip_address(name.strip("[]"))
        return []
    except ValueError:
        pass
    labels = name.split(".")
    return [".".join(labels[i:]) for i in range(len(labels) - 1)]


def _expired(name, domain):
    jar = SimpleCookie()
    jar[name] = ""
    morsel = jar[name]
    morsel["expires"] = "Thu, 01 Jan 1970 00:00:00 GMT"
    morsel["max-age"] = 0
    morsel["path"] = "/"
    if domain:
        morsel["domain"] = domain
    if name.startswith(("__Secure-", "__Host-")):
        morsel["secure"] = True
    return morsel


def delete_cookies(response, names, *, host=""):
    """Expire the named cookies as host-only cookies and on every domain they may have been set on."""
    domains = [None, *cookie_domains(host)]
    if conf.cookie_domain() and conf.cookie_domain().lstrip(".") not in domains:
        domains.append(conf.cookie_domain())
    for name in names:
        for domain in domains:
            # One Set-Cookie header per domain: response.cookies is keyed by name, so each expired copy gets its
            # own key; the header is written from the morsel, which carries the real name.
            response.cookies[name if domain is None else f"{name} {domain}"] = _expired(name, domain)


def records_purge(*, older_than_days=None, now=None):
    """Delete consent records older than the retention period; return how many went."""
    days = conf.retention_days() if older_than_days is None else older_than_days
    cutoff = (now or timezone.now()) - timedelta(days=days)
    deleted, _ = ConsentRecord.objects.filter(created_at__lt=cutoff).delete()
    return deleted


def _user_cache_key(user_id):
    return f"consent:user-latest:{user_id}"


def forget_user_payload(user_id):
    cache.delete(_user_cache_key(user_id))


def user_latest_payload(user):
    """Return a cookie payload from the user's latest unexpired record, so consent follows them across devices.

    The lookup is cached per user (cleared when the user records a new decision), so a signed-in visitor without a
    consent cookie does not pay a query on every page.
    """
    key = _user_cache_key(user.pk)
    payload = cache.get(key)
    if payload is None:
        record = ConsentRecord.objects.latest_for_user(user)
        payload = {}
        if record is not None:
            payload = {
                "id": str(record.consent_id),
                "v": record.policy_version.number,
                "d": record.decisions,
                "t": int(record.created_at.timestamp()),
                "u": user.pk,
            }
        cache.set(key, payload, 3600)
    if not payload or payload["t"] < (timezone.now() - timedelta(seconds=conf.max_age_seconds())).timestamp():
        return None
    return payload


def current_policy_or_publish():
    """Return the current policy, publishing the first version if none exists yet."""
    policy = current_policy()
    if policy.pk is None and Service.objects.exists():
        policy_publish_if_changed()
        policy = current_policy()
    return policy


def defaults_load():
    """Create the default purposes, services and texts that are missing, and publish if anything changed."""
    from . import seed
    from .models import StorageItem

    seed.load(purpose_model=Purpose, service_model=Service, storage_model=StorageItem, text_model=ConsentText)
    return policy_publish_if_changed()
