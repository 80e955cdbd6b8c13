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
