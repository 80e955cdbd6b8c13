import re

import pytest

from accounts.consent.models import ConsentRecord
from accounts.tests.factories import UserFactory

from .conftest import third_party_sources

pytestmark = pytest.mark.django_db

YOUTUBE_HOSTS = {
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://i.ytimg.com",
    "https://s.ytimg.com",
}


def test_a_fresh_visitor_gets_a_strict_csp_without_any_third_party_host(client, policy):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert third_party_sources(csp) == set()
    for directive in ("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"):
        assert directive in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


def test_every_script_tag_carries_the_nonce_of_its_csp_header(client, policy):
    response = client.get("/")
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    tags = re.findall(r"<script\b[^>]*>", response.content.decode())
    assert tags
    assert all(f'nonce="{nonce}"' in tag for tag in tags if "application/json" not in tag)
    assert client.get("/")["Content-Security-Policy"] != response["Content-Security-Policy"]


def test_the_csp_lists_only_the_hosts_of_consented_services(client, consent_cookie):
    consent_cookie("youtube")
    response = client.get("/")
    assert third_party_sources(response["Content-Security-Policy"]) == YOUTUBE_HOSTS


def test_accepting_analytics_adds_its_hosts_and_keeps_others_out(client, consent_cookie):
    consent_cookie("google-analytics")
    sources = third_party_sources(client.get("/")["Content-Security-Policy"])
    assert "https://www.googletagmanager.com" in sources
    assert not sources & YOUTUBE_HOSTS


def test_a_tampered_cookie_counts_as_no_consent(client, consent_cookie):
    value = consent_cookie("youtube")
    client.cookies["twitch_consent"] = value[:-3] + ("abc" if not value.endswith("abc") else "xyz")
    response = client.get("/")
    assert third_party_sources(response["Content-Security-Policy"]) == set()
    assert 'id="consent-dialog"' in response.content.decode()
    assert response.wsgi_request.consent.allows("youtube") is False


def test_a_valid_cookie_hides_the_banner(client, consent_cookie):
    consent_cookie()
    assert 'id="consent-dialog"' not in client.get("/").content.decode()


def test_consent_follows_a_signed_in_user_to_another_device(client, policy):
    user = UserFactory()
    client.force_login(user)
    client.post("/consent/", {"action": "custom", "service-youtube": "1", "next": "/"})
    other_device = client.__class__()
    other_device.force_login(user)
    response = other_device.get("/")
    assert 'id="consent-dialog"' not in response.content.decode()
    assert "https://www.youtube-nocookie.com" in response["Content-Security-Policy"]
    assert "twitch_consent" in response.cookies


def test_eea_mode_asks_only_visitors_from_the_eea_uk_or_unknown(client, policy, settings):
    settings.CONSENT_REGION_MODE = "eea"
    settings.CONSENT_COUNTRY_HEADER = "CF-IPCountry"
    assert 'id="consent-dialog"' in client.get("/", HTTP_CF_IPCOUNTRY="DE").content.decode()
    assert 'id="consent-dialog"' in client.get("/", HTTP_CF_IPCOUNTRY="GB").content.decode()
    assert 'id="consent-dialog"' in client.get("/").content.decode()
    assert 'id="consent-dialog"' not in client.get("/", HTTP_CF_IPCOUNTRY="US").content.decode()


def test_the_admin_gets_its_own_strict_policy_without_third_parties(admin_client, consent_cookie):
    consent_cookie("youtube")
    csp = admin_client.get("/admin/")["Content-Security-Policy"]
    assert third_party_sources(csp) == set()
    assert "script-src 'self'" in csp and "unsafe-eval" not in csp


def test_json_responses_and_static_files_get_no_consent_record(client, policy):
    client.get("/.well-known/gpc.json", HTTP_SEC_GPC="1")
    assert not ConsentRecord.objects.exists()


def test_consent_costs_no_query_per_page_once_the_policy_is_cached(client, consent_cookie, django_assert_num_queries):
    consent_cookie("youtube")
    client.get("/consent/preferences/")  # warms the policy and navigation caches
    with django_assert_num_queries(0):
        response = client.get("/consent/preferences/")
    assert "YouTube" in response.content.decode()


def test_a_signed_in_user_costs_one_query_for_their_record_only_without_a_cookie_of_theirs(
    client, policy, django_assert_max_num_queries
):
    user = UserFactory()
    client.force_login(user)
    client.post("/consent/", {"action": "reject_all", "next": "/"})
    client.get("/consent/preferences/")
    with django_assert_max_num_queries(2):  # session + user, nothing for consent: the cookie is the user's
        client.get("/consent/preferences/")


def test_a_necessary_third_party_enters_the_csp_only_on_pages_that_use_it(policy):
    from accounts.consent.state import ConsentState

    state = ConsentState(policy=policy)
    assert "www.google.com" not in state.allowed_hosts()
    state.use("recaptcha")
    assert "www.google.com" in state.allowed_hosts()


def test_error_pages_keep_the_csp_outside_debug(client, policy):
    response = client.get("/articles/no-such-article/")
    assert response.status_code == 404
    assert "object-src 'none'" in response["Content-Security-Policy"]


def test_a_choice_records_the_cdn_country_and_outside_visitors_are_not_asked(client, policy, settings):
    settings.CONSENT_REGION_MODE = "eea"
    settings.CONSENT_COUNTRY_HEADER = "CF-IPCountry"
    client.post("/consent/", {"action": "reject_all", "next": "/"}, HTTP_CF_IPCOUNTRY="fr")
    assert ConsentRecord.objects.get().country == "FR"
    visitor = client.__class__()
    response = visitor.get("/", HTTP_CF_IPCOUNTRY="US")
    assert 'id="consent-dialog"' not in response.content.decode()
    assert not ConsentRecord.objects.filter(country="US").exists()  # not being asked records nothing


def test_in_everyone_mode_a_visitor_from_outside_the_eea_is_asked_too(client, policy, settings):
    settings.CONSENT_REGION_MODE = "everyone"
    settings.CONSENT_COUNTRY_HEADER = "CF-IPCountry"
    response = client.get("/", HTTP_CF_IPCOUNTRY="US")
    assert 'id="consent-dialog"' in response.content.decode()
    assert third_party_sources(response["Content-Security-Policy"]) == set()
