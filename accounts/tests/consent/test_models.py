import pytest
from django.db import IntegrityError

from accounts.consent.models import Purpose, Service

pytestmark = pytest.mark.django_db


def test_a_required_purpose_without_a_rationale_is_refused():
    with pytest.raises(IntegrityError):
        Purpose.objects.create(name="Essential", slug="essential", description="x", is_required=True)


def test_default_data_keeps_only_truly_necessary_services_in_the_necessary_purpose():
    necessary = set(Service.objects.filter(purpose__slug="necessary").values_list("slug", flat=True))
    assert necessary == {"twitchsite", "recaptcha", "akismet", "hosting", "cloudflare"}
    moved = Service.objects.filter(slug__in=["first-party-analytics", "traffic-pixel", "device-id"])
    assert {s.purpose.slug for s in moved} == {"statistics"}
    assert Service.objects.get(slug="hosted-libraries").purpose.slug == "features"


def test_every_default_service_has_a_privacy_policy_and_the_video_services_their_hosts():
    assert not Service.objects.filter(privacy_policy_url="").exists()
    youtube = Service.objects.get(slug="youtube")
    assert "www.youtube-nocookie.com" in youtube.host_list
    assert youtube.storage_items.exists()


def test_the_migration_snapshot_matches_the_live_models():
    from accounts.consent.services import policy_publish_if_changed

    _version, created = policy_publish_if_changed()
    assert created is False


def test_a_consent_lifetime_above_thirteen_months_fails_the_system_checks(settings):
    from accounts.consent.checks import consent_settings

    settings.CONSENT_MAX_AGE_DAYS = 396
    assert [e.id for e in consent_settings(None)] == ["consent.E001"]
    settings.CONSENT_MAX_AGE_DAYS = 395
    assert consent_settings(None) == []


def test_undoing_an_edit_publishes_a_new_version_and_leaves_old_ones_untouched():
    from accounts.consent.models import PolicyVersion
    from accounts.consent.services import policy_publish_if_changed

    first = PolicyVersion.objects.latest()
    service = Service.objects.get(slug="vimeo")
    original = service.description
    service.description = "Changed for a moment."
    service.save()
    policy_publish_if_changed()
    service.description = original
    service.save()
    version, created = policy_publish_if_changed()
    assert created and version.number == first.number + 2
    assert version.sha256 == PolicyVersion.objects.get(pk=first.pk).sha256 == first.sha256
