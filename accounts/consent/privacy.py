"""The user's consent records in "Download my data"."""


def export_consent_records(user):
    """Return the user's consent records, newest first."""
    return [
        {
            "consent_id": str(r.consent_id),
            "time": r.created_at.isoformat(),
            "action": r.action,
            "decisions": r.decisions,
            "policy_version": r.policy_version.number,
            "page": r.page_path,
        }
        for r in user.consent_records.select_related("policy_version").order_by("-created_at", "-pk")
    ]
