import pytest

from accounts.consent.models import PolicyVersion, Service

pytestmark = pytest.mark.django_db


def _edit_description(admin_client, slug, description):
    service = Service.objects.get(slug=slug)
    url = f"/admin/accounts/service/{service.pk}/change/"
    data = {
        "name": service.name,
        "slug": service.slug,
        "purpose": service.purpose_id,
        "description": description,
        "privacy_policy_url": service.privacy_policy_url,
        "order": service.order,
        "is_active": "on",
        "hosts": service.hosts,
        "embed": service.embed,
        "script_url": service.script_url,
        "gtag_id": service.gtag_id,
        "storage_items-TOTAL_FORMS": "0",
        "storage_items-INITIAL_FORMS": "0",
        "storage_items-MIN_NUM_FORMS": "0",
        "storage_items-MAX_NUM_FORMS": "1000",
    }
    return admin_client.post(url, data)


def test_editing_a_service_description_publishes_a_new_version_and_asks_again(client, admin_client, policy):
    client.post("/consent/", {"action": "custom", "service-youtube": "1", "service-vimeo": "1", "next": "/"})
    assert 'id="consent-dialog"' not in client.get("/").content.decode()
    before = PolicyVersion.objects.count()

    response = _edit_description(admin_client, "vimeo", "Plays Vimeo videos inside articles (new wording).")
    assert response.status_code == 302

    assert PolicyVersion.objects.count() == before + 1
    latest = PolicyVersion.objects.latest()
    assert "new wording" in str(latest.snapshot)
    page = client.get("/")
    html = page.content.decode()
    assert 'id="consent-dialog"' in html
    assert "Please look again at: Vimeo" in html
    # The unchanged service keeps its earlier decision; the changed one is off until answered again.
    assert page.wsgi_request.consent.allows("youtube") is True
    assert page.wsgi_request.consent.allows("vimeo") is False


def test_saving_without_a_change_publishes_nothing(admin_client, policy):
    before = PolicyVersion.objects.count()
    service = Service.objects.get(slug="youtube")
    _edit_description(admin_client, "youtube", service.description)
    assert PolicyVersion.objects.count() == before


def test_versions_are_immutable_in_the_admin(admin_client, policy):
    version = PolicyVersion.objects.latest()
    response = admin_client.post(f"/admin/accounts/policyversion/{version.pk}/change/", {"number": 99})
    assert response.status_code == 403
    version.refresh_from_db()
    assert version.number != 99
