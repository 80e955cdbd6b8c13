import json

import pytest

from accounts.consent.models import ConsentDailyStat, ConsentRecord

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(client, policy):
    client.post("/consent/", {"action": "custom", "service-youtube": "1", "next": "/"})
    return ConsentRecord.objects.get()


def test_records_cannot_be_added_changed_or_deleted_even_by_a_superuser(admin_client, record):
    assert admin_client.get("/admin/accounts/consentrecord/add/").status_code == 403
    changelist_page = admin_client.get("/admin/accounts/consentrecord/")
    actions = [name for name, _label in changelist_page.context["action_form"].fields["action"].choices]
    assert "delete_selected" not in actions and "export_proof" in actions
    assert "/admin/accounts/consentrecord/add/" not in changelist_page.content.decode()
    response = admin_client.post(f"/admin/accounts/consentrecord/{record.pk}/change/", {"action": "accept_all"})
    assert response.status_code == 403
    assert admin_client.post(f"/admin/accounts/consentrecord/{record.pk}/delete/", {"post": "yes"}).status_code == 403
    changelist = admin_client.post(
        "/admin/accounts/consentrecord/", {"action": "delete_selected", "_selected_action": [record.pk], "post": "yes"}
    )
    assert changelist.status_code in (200, 302)
    record.refresh_from_db()
    assert record.action == "custom"
    assert admin_client.get(f"/admin/accounts/consentrecord/{record.pk}/change/").status_code == 200


def test_records_can_be_found_by_consent_id_and_filtered(admin_client, record):
    response = admin_client.get("/admin/accounts/consentrecord/", {"q": str(record.consent_id)})
    assert str(record.consent_id) in response.content.decode()
    assert admin_client.get("/admin/accounts/consentrecord/", {"action__exact": "gpc"}).context["cl"].result_count == 0


def test_proof_export_contains_the_records_and_the_policy_snapshot(admin_client, record, policy):
    response = admin_client.get(f"/admin/accounts/consentrecord/proof/{record.consent_id}/")
    proof = json.loads(response.content)
    assert proof["consent_id"] == str(record.consent_id)
    assert proof["records"][0]["decisions"]["youtube"] is True
    snapshot = proof["policy_versions"][str(policy.number)]["snapshot"]
    assert any(s["slug"] == "youtube" for p in snapshot["purposes"] for s in p["services"])


def test_proof_export_action_covers_the_selected_consent_ids(admin_client, record):
    response = admin_client.post(
        "/admin/accounts/consentrecord/", {"action": "export_proof", "_selected_action": [record.pk]}
    )
    assert json.loads(response.content)["proofs"][0]["consent_id"] == str(record.consent_id)


def test_statistics_count_banners_shown_and_answers(client, admin_client, policy):
    client.get("/")
    client.get("/topics/health/")
    client.post("/consent/", {"action": "accept_all", "next": "/"})
    client.cookies.clear()
    client.post("/consent/", {"action": "reject_all", "next": "/"})
    response = admin_client.post("/admin/accounts/consentdailystat/rollup/")
    assert response.status_code == 302
    stat = ConsentDailyStat.objects.get()
    assert (stat.shown, stat.answered, stat.accept_all, stat.reject_all) == (2, 2, 1, 1)
    assert stat.service_accepts["youtube"] == 1
    assert stat.purpose_accepts["features"] == 1
    page = admin_client.get("/admin/accounts/consentdailystat/").content.decode()
    assert '<meter min="0" max="100" value="50"' in page
    # A second roll-up does not double count.
    admin_client.post("/admin/accounts/consentdailystat/rollup/")
    stat.refresh_from_db()
    assert (stat.shown, stat.answered) == (2, 2)


def test_rollup_command(policy):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("consent_rollup", stdout=out)
    assert "Rolled up 0" in out.getvalue()


def test_every_consent_model_has_an_admin_page(admin_client, policy):
    for name in ["purpose", "service", "consenttext", "policyversion", "consentrecord", "consentdailystat"]:
        assert admin_client.get(f"/admin/accounts/{name}/").status_code == 200, name


def test_the_privacy_export_includes_consent_records(client, policy):
    from accounts.registry import registry
    from accounts.tests.factories import UserFactory

    user = UserFactory()
    client.force_login(user)
    client.post("/consent/", {"action": "reject_all", "next": "/"})
    exported = registry.exporters["consent_records"](user)
    assert exported[0]["action"] == "reject_all"
