import pytest
from django.utils import timezone

from accounts.consent.models import ConsentRecord
from accounts.consent.services import (
    consent_record,
    decisions_for,
    first_party_cookies_to_delete,
    ip_hash,
    records_purge,
)

pytestmark = pytest.mark.django_db


def test_accept_and_reject_cover_every_optional_service_and_nothing_necessary(policy):
    accepted = decisions_for(policy=policy, action="accept_all")
    rejected = decisions_for(policy=policy, action="reject_all")
    assert set(accepted) == set(rejected) == set(policy.optional_slugs)
    assert all(accepted.values()) and not any(rejected.values())
    assert "twitchsite" not in accepted


def test_custom_keeps_exactly_the_chosen_services(policy):
    decisions = decisions_for(policy=policy, action="custom", allowed={"youtube", "not-a-service"})
    assert [slug for slug, ok in decisions.items() if ok] == ["youtube"]


def test_a_contextual_consent_adds_one_service_to_earlier_choices(policy):
    decisions = decisions_for(policy=policy, action="contextual", allowed={"vimeo"}, previous={"youtube": True})
    assert decisions == {"youtube": True, "vimeo": True}


def test_a_record_keeps_a_keyed_hash_never_the_ip(policy):
    record = consent_record(
        consent_id="22222222-2222-4222-8222-222222222222",
        policy=policy,
        decisions={"youtube": True},
        action="custom",
        ip="203.0.113.9",
    )
    record.refresh_from_db()
    assert record.ip_hash == ip_hash("203.0.113.9") != ""
    assert "203.0.113.9" not in str(record.__dict__)
    assert ip_hash("203.0.113.9") != ip_hash("203.0.113.10")


def test_an_unknown_action_is_refused(policy):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        consent_record(consent_id="22222222-2222-4222-8222-222222222222", policy=policy, decisions={}, action="maybe")
    assert not ConsentRecord.objects.exists()


def test_withdrawal_finds_first_party_cookies_by_pattern(policy):
    names = first_party_cookies_to_delete(
        policy=policy, slugs=["google-analytics"], cookie_names=["_ga", "_ga_ABC123", "sessionid", "_gid_x"]
    )
    assert names == ["_ga", "_ga_ABC123"]


def test_purge_deletes_only_records_older_than_the_retention(policy, settings):
    settings.CONSENT_RECORD_RETENTION_DAYS = 30
    old = consent_record(consent_id="33333333-3333-4333-8333-333333333333", policy=policy, decisions={}, action="gpc")
    ConsentRecord.objects.filter(pk=old.pk).update(created_at=timezone.now() - timezone.timedelta(days=31))
    young = consent_record(
        consent_id="33333333-3333-4333-8333-333333333333", policy=policy, decisions={}, action="reject_all"
    )
    assert records_purge() == 1
    assert list(ConsentRecord.objects.values_list("pk", flat=True)) == [young.pk]


def test_purge_command_deletes_records_past_the_retention_and_reports_it(policy):
    from io import StringIO

    from django.core.management import call_command

    consent_id = "44444444-4444-4444-8444-444444444444"
    old = consent_record(consent_id=consent_id, policy=policy, decisions={}, action="reject_all")
    ConsentRecord.objects.filter(pk=old.pk).update(created_at=timezone.now() - timezone.timedelta(days=1096))
    recent = consent_record(consent_id=consent_id, policy=policy, decisions={}, action="reject_all")
    out = StringIO()
    call_command("consent_purge", stdout=out)
    assert "Deleted 1 consent record(s) older than 1095 days" in out.getvalue()
    assert list(ConsentRecord.objects.values_list("pk", flat=True)) == [recent.pk]
    out = StringIO()
    call_command("consent_purge", "--days", "0", stdout=out)
    assert "Deleted 1 consent record(s) older than 0 days" in out.getvalue()
    assert not ConsentRecord.objects.exists()


@pytest.mark.parametrize(
    ("host", "domains"),
    [
        ("www.example.com", ["www.example.com", "example.com"]),
        ("blog.example.co.uk:8443", ["blog.example.co.uk", "example.co.uk", "co.uk"]),
        ("127.0.0.1:8000", []),
        ("[::1]:8000", []),
        ("localhost", []),
    ],
)
def test_withdrawn_cookies_are_looked_for_on_the_host_and_its_parent_domains(host, domains):
    from accounts.consent.services import cookie_domains

    assert cookie_domains(host) == domains
