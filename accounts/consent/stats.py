"""Daily consent statistics: banners shown (cache counter) and answers (records), rolled up per policy version."""

from collections import Counter
from datetime import date, datetime, time, timedelta

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from .models import ConsentDailyStat, ConsentRecord, PolicyVersion

ANSWERS = ("accept_all", "reject_all", "custom")


def shown_counter_key(day, version_number):
    return f"consent:shown:{day.isoformat()}:{version_number}"


def count_banner_shown(version_number, *, day=None):
    """Count one banner display in the cache: cheap (no database write on a page view)."""
    key = shown_counter_key(day or timezone.localdate(), version_number)
    if not cache.add(key, 1, timeout=8 * 86400):
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=8 * 86400)


def _day_bounds(day):
    start = timezone.make_aware(datetime.combine(day, time.min))
    return start, start + timedelta(days=1)


@transaction.atomic
def rollup_day(day: date):
    """Build or refresh the day's ConsentDailyStat rows; return them."""
    start, end = _day_bounds(day)
    records = ConsentRecord.objects.filter(created_at__gte=start, created_at__lt=end).select_related("policy_version")
    by_version = {}
    for r in records.iterator():
        by_version.setdefault(r.policy_version_id, []).append(r)
    rows = []
    versions = PolicyVersion.objects.all()
    for version in versions:
        shown_key = shown_counter_key(day, version.number)
        shown_now = cache.get(shown_key) or 0
        recs = by_version.get(version.pk, [])
        if not recs and not shown_now and not ConsentDailyStat.objects.filter(day=day, policy_version=version).exists():
            continue
        actions = Counter(r.action for r in recs)
        services = {}
        for p in version.snapshot.get("purposes", []):
            for s in p["services"]:
                services[s["slug"]] = p["slug"]
        service_accepts, purpose_accepts = Counter(), Counter()
        answers = [r for r in recs if r.action in ANSWERS]
        for r in answers:
            accepted = {slug for slug, ok in r.decisions.items() if ok and slug in services}
            service_accepts.update(accepted)
            purpose_accepts.update({services[slug] for slug in accepted})
        stat, _ = ConsentDailyStat.objects.select_for_update().get_or_create(day=day, policy_version=version)
        stat.shown += shown_now
        stat.answered = len(answers)
        stat.accept_all = actions["accept_all"]
        stat.reject_all = actions["reject_all"]
        stat.custom = actions["custom"]
        stat.other = sum(actions.values()) - len(answers)
        stat.service_accepts = dict(service_accepts)
        stat.purpose_accepts = dict(purpose_accepts)
        stat.save()
        if shown_now:
            # Flushed into the row: subtract what we read so concurrent increments are kept.
            try:
                cache.decr(shown_key, shown_now)
            except ValueError:
                pass
        rows.append(stat)
    return rows


def rollup(*, days=2, today=None):
    """Roll up the last `days` days including today; return the rows touched."""
    today = today or timezone.localdate()
    rows = []
    for offset in range(days - 1, -1, -1):
        rows.extend(rollup_day(today - timedelta(days=offset)))
    return rows
