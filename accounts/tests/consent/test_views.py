import pytest

from accounts.consent.models import ConsentRecord
from articles.tests.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db


def test_each_choice_appends_exactly_one_record(client, policy):
    client.post("/consent/", {"action": "accept_all", "next": "/"})
    client.post("/consent/", {"action": "reject_all", "next": "/"})
    actions = list(ConsentRecord.objects.order_by("created_at", "pk").values_list("action", flat=True))
    assert actions == ["accept_all", "reject_all"]
    assert len(set(ConsentRecord.objects.values_list("consent_id", flat=True))) == 1


def test_the_consent_cookie_is_httponly_samesite_lax_and_signed(client, policy):
    response = client.post("/consent/", {"action": "reject_all", "next": "/"})
    morsel = response.cookies["twitch_consent"]
    assert morsel["httponly"] and morsel["samesite"] == "Lax"
    assert int(morsel["max-age"]) == 182 * 86400
    assert "reject" not in morsel.value and ":" in morsel.value


def test_preferences_form_saves_exactly_the_switched_on_services_without_javascript(client, policy):
    response = client.post(
        "/consent/",
        {"action": "custom", "service-youtube": "1", "purpose-statistics": "1", "next": "/consent/preferences/"},
        follow=True,
    )
    assert "Your cookie settings are saved." in response.content.decode()
    record = ConsentRecord.objects.get()
    allowed = {slug for slug, ok in record.decisions.items() if ok}
    assert allowed == {"youtube", *policy.slugs_for_purpose("statistics")}
    page = client.get("/consent/preferences/").content.decode()
    assert 'name="service-youtube" value="1" data-service="youtube" data-in-purpose="features" checked' in page
    assert 'name="service-vimeo" value="1" data-service="vimeo" data-in-purpose="features">' in page


def test_customize_without_javascript_opens_the_preferences_page(client, policy):
    response = client.post("/consent/", {"action": "customize", "next": "/topics/health/"})
    assert response.status_code == 302
    assert response["Location"] == "/consent/preferences/?next=/topics/health/"
    assert not ConsentRecord.objects.exists()


def test_optional_switches_are_never_pre_ticked_on_a_first_visit(client, policy):
    html = client.get("/consent/preferences/").content.decode()
    assert html.count("checked") == html.count('data-in-purpose="necessary" checked') + 1  # + the purpose switch


def test_withdrawal_records_it_and_deletes_first_party_cookies_of_withdrawn_services(client, policy):
    client.post("/consent/", {"action": "accept_all", "next": "/"})
    client.cookies["_ga"] = "GA1.1.123"
    client.cookies["_ga_DEMO000000"] = "GS1.1"
    client.cookies["unrelated"] = "keep"
    response = client.post("/consent/", {"action": "withdraw", "next": "/consent/preferences/"})
    assert ConsentRecord.objects.order_by("-created_at", "-pk").first().action == "withdraw"
    assert response.cookies["_ga"]["max-age"] == 0
    assert response.cookies["_ga_DEMO000000"]["max-age"] == 0
    assert "unrelated" not in response.cookies


def test_an_outside_next_address_is_not_followed(client, policy):
    response = client.post("/consent/", {"action": "reject_all", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_a_script_can_save_and_receive_the_new_consent_mode_state(client, policy):
    response = client.post("/consent/", {"action": "accept_all"}, HTTP_ACCEPT="application/json")
    data = response.json()
    assert data["google"]["analytics_storage"] == "granted"
    assert "youtube" in data["allowed"]


def test_a_get_request_changes_nothing(client, policy):
    assert client.get("/consent/").status_code == 405
    assert not ConsentRecord.objects.exists()


@pytest.fixture
def video_article(db):
    article = ArticleFactory(title="Sleep and twitching")
    SectionFactory(
        article=article, kind="video", heading="Watch", video_url="https://www.youtube.com/watch?v=5MuIMqhT8DM"
    )
    return article


def test_a_video_is_a_placeholder_until_consent(client, policy, video_article):
    html = client.get(video_article.get_absolute_url()).content.decode()
    assert "<iframe" not in html
    assert "This video is hosted by <strong>YouTube</strong>" in html
    assert "Load video" in html and "Always allow YouTube" in html


def test_load_video_shows_it_once_without_recording_consent(client, policy, video_article):
    response = client.get(video_article.get_absolute_url() + "?load=youtube")
    assert 'src="https://www.youtube-nocookie.com/embed/5MuIMqhT8DM"' in response.content.decode()
    assert "https://www.youtube-nocookie.com" in response["Content-Security-Policy"]
    assert not ConsentRecord.objects.exists()
    assert "<iframe" not in client.get(video_article.get_absolute_url()).content.decode()


def test_load_video_works_for_a_visitor_who_refused_everything(client, policy, video_article):
    client.post("/consent/", {"action": "reject_all", "next": "/"})
    html = client.get(video_article.get_absolute_url() + "?load=youtube").content.decode()
    assert 'src="https://www.youtube-nocookie.com/embed/5MuIMqhT8DM"' in html
    assert ConsentRecord.objects.get().action == "reject_all"  # still only the refusal
    assert "<iframe" not in client.get(video_article.get_absolute_url()).content.decode()


def test_always_allow_records_a_contextual_consent_and_shows_the_video(client, policy, video_article):
    url = video_article.get_absolute_url()
    response = client.post("/consent/contextual/", {"service": "youtube", "next": url})
    assert response.status_code == 302
    record = ConsentRecord.objects.get()
    assert record.action == "contextual" and record.decisions == {"youtube": True}
    assert "youtube-nocookie.com/embed/5MuIMqhT8DM" in client.get(url).content.decode()


def test_the_consent_gate_tag_renders_the_matching_branch(rf, policy):
    from django.template import engines

    from accounts.consent.state import ConsentState

    template = engines["django"].from_string('{% load consent %}{% consent "youtube" %}yes{% else %}no{% endconsent %}')
    request = rf.get("/")
    request.consent = ConsentState(policy=policy, payload={"v": policy.number, "d": {"youtube": True}})
    assert template.render({"request": request}) == "yes"
    request.consent = ConsentState(policy=policy)
    assert template.render({"request": request}) == "no"


def test_the_footer_links_to_cookie_settings_on_every_page(client, policy, video_article):
    for url in ["/", video_article.get_absolute_url(), "/privacy/"]:
        assert 'href="/consent/preferences/">Cookie settings</a>' in client.get(url).content.decode()


def test_withdrawal_also_deletes_cookies_a_script_set_on_the_parent_domain(client, policy):
    client.post("/consent/", {"action": "accept_all", "next": "/"}, HTTP_HOST="www.example.com")
    client.cookies["_ga"] = "GA1.1.123"
    response = client.post("/consent/", {"action": "withdraw", "next": "/"}, HTTP_HOST="www.example.com")
    headers = [c.output(header="").strip() for c in response.cookies.values() if c.key == "_ga"]
    domains = sorted(h.split("Domain=")[1].split(";")[0] if "Domain=" in h else "(this host)" for h in headers)
    assert domains == ["(this host)", "example.com", "www.example.com"]
    assert all("Max-Age=0" in h and "Path=/" in h for h in headers)


def test_details_list_each_service_with_its_storage_duration_and_privacy_link(client, policy):
    from django.utils.html import escape

    html = client.get("/consent/preferences/").content.decode()
    assert escape("Plays videos embedded in articles, from YouTube's privacy-enhanced domain.") in html
    assert "<code>VISITOR_INFO1_LIVE</code> (cookie on its own domain, 6 months)" in html
    assert '<a href="https://policies.google.com/privacy" rel="noopener">YouTube privacy policy</a>' in html
    # Strictly necessary is shown on and locked; nothing optional is on.
    assert 'name="purpose-necessary" value="1" data-purpose="necessary"' in html
    necessary = html.split('name="purpose-necessary"')[1].split(">")[0]
    assert "checked" in necessary and "disabled" in necessary


def test_a_script_is_told_to_reload_when_a_choice_allows_or_withdraws_something(client, policy):
    ask = {"HTTP_ACCEPT": "application/json"}
    assert client.post("/consent/", {"action": "reject_all"}, **ask).json()["reload"] is False  # nothing ran
    assert client.post("/consent/", {"action": "custom", "service-youtube": "1"}, **ask).json()["reload"] is True
    # Refusing YouTube again: its frame may be on the page already, so the page must load without it.
    assert client.post("/consent/", {"action": "reject_all"}, **ask).json()["reload"] is True
