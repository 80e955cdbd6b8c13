import pytest

from accounts.consent.models import ConsentRecord

pytestmark = pytest.mark.django_db


def test_a_gpc_signal_switches_marketing_off_and_logs_one_gpc_record(client, policy):
    response = client.get("/", HTTP_SEC_GPC="1")
    record = ConsentRecord.objects.get()
    assert record.action == "gpc"
    marketing = set(policy.slugs_for_purpose("marketing"))
    assert marketing and {slug for slug, ok in record.decisions.items() if not ok} == marketing
    assert "twitch_consent" in response.cookies
    client.get("/", HTTP_SEC_GPC="1")
    assert ConsentRecord.objects.count() == 1  # logged once, not on every page


def test_after_gpc_the_visitor_is_still_asked_about_the_other_services(client, policy):
    client.get("/", HTTP_SEC_GPC="1")
    response = client.get("/", HTTP_SEC_GPC="1")
    assert 'id="consent-dialog"' in response.content.decode()
    assert response.wsgi_request.consent.allows("google-adsense") is False


def test_gpc_json_is_served(client):
    response = client.get("/.well-known/gpc.json")
    assert response.json()["gpc"] is True


def test_without_gpc_no_record_is_written(client, policy):
    client.get("/")
    assert not ConsentRecord.objects.exists()
