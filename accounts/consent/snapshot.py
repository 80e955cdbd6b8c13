"""Build the policy snapshot: the texts plus every purpose and service a visitor consents to.

Works with real or historical (migration) model classes, so the data migration publishes version 1 too.
"""

import hashlib
import json


def build_snapshot(*, purpose_model, service_model, text_model):
    """Return the JSON-serialisable snapshot of the current texts, purposes and active services."""
    text = text_model.objects.order_by("pk").first()
    services = (
        service_model.objects.filter(is_active=True)
        .select_related("purpose")
        .prefetch_related("storage_items")
        .order_by("purpose__order", "order", "name")
    )
    by_purpose = {}
    for s in services:
        by_purpose.setdefault(s.purpose_id, []).append(
            {
                "slug": s.slug,
                "name": s.name,
                "description": s.description,
                "privacy_policy_url": s.privacy_policy_url,
                "hosts": [h.strip().lower() for h in s.hosts.splitlines() if h.strip()],
                "embed": s.embed,
                "script_url": s.script_url,
                "gtag_id": s.gtag_id,
                "storage": [
                    {"name": i.name_pattern, "duration": i.duration, "party": i.party, "kind": i.kind}
                    for i in sorted(s.storage_items.all(), key=lambda i: i.pk)
                ],
            }
        )
    purposes = [
        {
            "slug": p.slug,
            "name": p.name,
            "description": p.description,
            "required": p.is_required,
            "rationale": p.necessity_rationale,
            "services": by_purpose.get(p.pk, []),
        }
        for p in purpose_model.objects.order_by("order", "pk")
    ]
    return {
        "texts": {
            "banner_title": text.banner_title if text else "",
            "banner_text": text.banner_text if text else "",
            "privacy_policy_url": text.privacy_policy_url if text else "",
            "privacy_policy_text": text.privacy_policy_text if text else "",
        },
        "purposes": purposes,
    }


def snapshot_hash(snapshot):
    return hashlib.sha256(json.dumps(snapshot, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def publish_if_changed(*, version_model, snapshot):
    """Create the next version when the snapshot differs from the latest; return (version, created)."""
    digest = snapshot_hash(snapshot)
    latest = version_model.objects.order_by("-number").first()
    if latest is not None and latest.sha256 == digest:
        return latest, False
    # An edit that returns to an earlier state is published again under a new number: versions only grow.
    number = (latest.number + 1) if latest else 1
    return version_model.objects.create(number=number, snapshot=snapshot, sha256=digest), True
