import re
import time

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from accounts.models import HandleHistory
from accounts.tests.factories import AuthorFactory, UserFactory, VerifiedUserFactory
from articles.tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"


def signup(client, **data):
    payload = {"email": "nina.lee@example.org", "password1": "tulips in the rain", "password2": "tulips in the rain"}
    payload.update(data)
    return client.post(reverse("account_signup"), payload)


def link_in(message):
    return re.search(r"https?://[^\s]+", message.body).group(0)


def login(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


# --- sign-up, verification, login ---------------------------------------------------------------


def test_signup_sends_a_confirmation_link_and_only_the_confirmed_user_gets_in(client):
    response = signup(client, handle="nina")

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    user = get_user_model().objects.get(email="nina.lee@example.org")
    assert user.handle == "nina"
    assert re.fullmatch(r"Reader \d{4}", user.display_name)
    assert not user.has_verified_email
    assert len(mail.outbox) == 1
    # Not signed in until the address is confirmed.
    assert "_auth_user_id" not in client.session
    assert login(client, "nina.lee@example.org", "tulips in the rain").url == reverse("account_email_verification_sent")

    confirm_url = link_in(mail.outbox[0])
    page = client.get(confirm_url)
    assert page.status_code == 200
    response = client.post(confirm_url)

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.has_verified_email
    assert client.session["_auth_user_id"] == str(user.pk)


def test_signup_without_a_name_or_handle_gets_a_neutral_name_and_a_handle_of_random_words(client):
    signup(client, email="sam.o@example.org")

    user = get_user_model().objects.get(email="sam.o@example.org")
    assert re.fullmatch(r"Reader \d{4}", user.public_name)
    assert re.fullmatch(r"[a-z]+-[a-z]+-\d{2}", user.handle)


def test_signup_with_a_display_name_makes_the_handle_from_it(client):
    UserFactory(handle="nina-lee")

    signup(client, display_name="  Nina   Lee ")

    user = get_user_model().objects.get(email="nina.lee@example.org")
    assert user.display_name == "Nina Lee"
    assert re.fullmatch(r"nina-lee-[0-9a-f]{4}", user.handle)  # "nina-lee" is taken


def test_signup_refuses_a_handle_someone_used_before(client):
    HandleHistory.objects.create(user=UserFactory(), handle="nina")

    response = signup(client, handle="nina")

    assert "This handle is taken" in response.content.decode()


def test_signup_refuses_a_taken_handle_and_keeps_what_was_typed(client):
    UserFactory(handle="nina")

    response = signup(client, handle="Nina")

    assert response.status_code == 200
    assert "This handle is taken" in response.content.decode()
    assert 'value="nina.lee@example.org"' in response.content.decode()
    assert not get_user_model().objects.filter(email="nina.lee@example.org").exists()


@pytest.mark.parametrize(
    ("password", "accepted"),
    [
        ("short12", False),  # under 8 characters
        ("password123", False),  # on the common-password list
        ("lowercaseonly", True),  # no composition rules
        ("a long passphrase that runs well past sixty-four characters, easily enough", True),
        ("x" * 20 + "y" * 44, True),  # exactly 64
    ],
)
def test_password_rules_are_length_and_common_list_only(client, password, accepted):
    signup(client, password1=password, password2=password)

    assert get_user_model().objects.filter(email="nina.lee@example.org").exists() is accepted


def test_sixth_failed_login_within_five_minutes_is_refused_even_with_the_right_password(client):
    VerifiedUserFactory(email="kim@example.org")

    for _ in range(5):
        response = login(client, "kim@example.org", "wrong password")
        assert response.status_code == 200
        assert "too many" not in response.content.decode().lower()
    response = login(client, "kim@example.org", PASSWORD)

    assert response.status_code == 429  # ops: the readable "Too many attempts" page, as for every limit
    assert "Too many attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_admin_login_goes_through_the_rate_limited_site_login(client):
    VerifiedUserFactory(email="boss@example.org", is_staff=True, is_superuser=True)

    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    # The admin's own form cannot be posted to either.
    assert client.post("/admin/login/", {"username": "boss", "password": PASSWORD}).status_code == 302
    assert "_auth_user_id" not in client.session

    for _ in range(5):
        login(client, "boss@example.org", "guess")
    response = login(client, "boss@example.org", PASSWORD)
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()

    client.logout()
    from django.core.cache import cache

    cache.clear()
    assert login(client, "boss@example.org").status_code == 302
    assert client.get("/admin/").status_code == 200


def test_password_reset_through_the_emailed_link(client):
    VerifiedUserFactory(email="rae@example.org")

    client.post(reverse("account_reset_password"), {"email": "rae@example.org"})
    assert len(mail.outbox) == 1
    response = client.get(link_in(mail.outbox[0]))
    form_url = response.url
    response = client.post(form_url, {"password1": "a brand new secret", "password2": "a brand new secret"})

    assert response.status_code == 302
    assert login(client, "rae@example.org", "a brand new secret").status_code == 302


def test_password_change(client):
    user = VerifiedUserFactory(email="joe@example.org")
    login(client, "joe@example.org")

    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": "another good phrase", "password2": "another good phrase"},
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("another good phrase")
    # The owner hears about it, in case it was not them.
    assert [m.to for m in mail.outbox] == [["joe@example.org"]]
    assert "Twitchsite" in mail.outbox[0].subject


def test_email_change_waits_for_the_new_address_to_be_confirmed(client):
    user = VerifiedUserFactory(email="old@example.org")
    login(client, "old@example.org")

    client.post(reverse("account_email"), {"action_add": "", "email": "new@example.org"})

    user.refresh_from_db()
    assert user.email == "old@example.org"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["new@example.org"]
    client.post(link_in(mail.outbox[0]))
    user.refresh_from_db()
    assert user.email == "new@example.org"
    assert list(EmailAddress.objects.filter(user=user).values_list("email", "verified")) == [("new@example.org", True)]


def test_sign_out_everywhere_ends_the_other_sessions_too(client, django_user_model):
    from django.test import Client

    VerifiedUserFactory(email="two@example.org")
    other = Client()
    login(client, "two@example.org")
    login(other, "two@example.org")
    assert other.get(reverse("accounts:settings")).status_code == 200

    response = client.post(reverse("accounts:sign-out-everywhere"))

    assert response.status_code == 302
    assert client.get(reverse("accounts:settings")).status_code == 302
    assert other.get(reverse("accounts:settings")).status_code == 302


# --- public identity -----------------------------------------------------------------------------


def test_signing_up_without_a_name_shows_nothing_of_the_email_address_anywhere_public(client, settings):
    from django.test import Client

    from comments import spam

    settings.COMMENTS_HOLD_FIRST = False
    article = ArticleFactory()
    signup(client, email="john.smith@example.com")
    client.post(link_in(mail.outbox[0]))  # confirm the address, which signs in
    user = get_user_model().objects.get(email="john.smith@example.com")
    posted = client.post(
        reverse("comments:comment-post", kwargs={"article_pk": article.pk}),
        {"body": "First comment from a new reader.", "token": spam.make_form_token(at=time.time() - 10)},
    )
    assert posted.status_code == 302

    # The flash messages name the address to its owner only ("Confirmation e-mail sent to ..."): read them first.
    client.get("/")
    own_page = client.get(article.get_absolute_url()).content.decode()
    header = own_page.split('<header class="site-header">')[1].split("</header>")[0]
    assert user.public_name in header  # "signed in as"
    visitor = Client()
    article_page = visitor.get(article.get_absolute_url()).content.decode()
    comment = article_page.split("First comment from a new reader.")[0].rsplit('id="comment-', 1)[1]
    assert user.public_name in comment
    profile = visitor.get(user.get_absolute_url())
    assert profile.status_code == 200
    avatar = visitor.get(user.avatar_url).content.decode()
    for public in (user.get_absolute_url(), header, own_page, comment, article_page, profile.content.decode(), avatar):
        for leak in ("john.smith", "johnsmith", "john-smith", "john_smith"):
            assert leak not in public.lower()


def test_a_changed_handle_leaves_the_old_profile_address_redirecting(client):
    user = VerifiedUserFactory(handle="before", display_name="Lou")
    client.force_login(user)

    client.post(reverse("accounts:settings"), {"display_name": "Lou", "handle": "after", "location": "", "bio": ""})

    response = client.get("/users/before/")
    assert response.status_code == 301
    assert response.url == "/users/after/"
    avatar = client.get("/users/before/avatar.svg")
    assert avatar.status_code == 301 and avatar.url == "/users/after/avatar.svg"
    assert client.get("/users/after/").status_code == 200


def test_nobody_else_can_take_a_former_handle_but_its_owner_can_come_back_to_it(client):
    from accounts.services import former_handle_record

    user = VerifiedUserFactory(handle="after")
    former_handle_record(user=user, handle="before")
    other = VerifiedUserFactory()
    client.force_login(other)

    taken = client.post(
        reverse("accounts:settings"), {"display_name": "Other", "handle": "before", "location": "", "bio": ""}
    )
    assert "This handle is taken" in taken.content.decode()

    client.force_login(user)
    client.post(reverse("accounts:settings"), {"display_name": "Lou", "handle": "before", "location": "", "bio": ""})
    user.refresh_from_db()
    assert user.handle == "before"
    assert client.get("/users/before/").status_code == 200
    assert client.get("/users/after/").url == "/users/before/"
    assert list(user.former_handles.values_list("handle", flat=True)) == ["after"]


def test_a_deleted_account_leaves_no_redirect_from_its_former_handles(client):
    from accounts.services import former_handle_record

    user = VerifiedUserFactory(handle="now", email="gone@example.org")
    former_handle_record(user=user, handle="then")
    login(client, "gone@example.org")

    client.post(reverse("accounts:delete-account"), {"password": PASSWORD})

    assert client.get("/users/then/").status_code == 404
    assert not HandleHistory.objects.exists()


# --- header --------------------------------------------------------------------------------------


def test_header_shows_log_in_and_sign_up_to_visitors(client):
    html = client.get("/").content.decode()

    assert f'href="{reverse("account_login")}?next=/"' in html
    assert f'href="{reverse("account_signup")}?next=/"' in html
    assert "user-menu" not in html


def test_header_log_in_and_sign_up_come_back_to_the_article_without_its_query_string(client):
    article = ArticleFactory()
    here = article.get_absolute_url()

    html = client.get(here + "?sort=new&utm_source=mail").content.decode()

    assert f'href="{reverse("account_login")}?next={here}">Log in</a>' in html
    assert f'href="{reverse("account_signup")}?next={here}">Sign up</a>' in html
    assert "utm_source" not in html.split('<header class="site-header">')[1].split("</header>")[0]


def test_header_links_on_the_login_page_pass_on_where_the_reader_came_from(client):
    html = client.get(reverse("account_login") + "?next=/articles/x/").content.decode()
    header = html.split('<header class="site-header">')[1].split("</header>")[0]
    assert f'href="{reverse("account_signup")}?next=/articles/x/"' in header

    html = client.get(reverse("account_login") + "?next=https://evil.example/").content.decode()
    header = html.split('<header class="site-header">')[1].split("</header>")[0]
    assert f'href="{reverse("account_signup")}">Sign up</a>' in header


def test_logging_in_from_the_header_brings_the_reader_back_to_the_article(client):
    VerifiedUserFactory(email="kai@example.org")
    here = ArticleFactory().get_absolute_url()

    response = client.post(
        reverse("account_login") + f"?next={here}", {"login": "kai@example.org", "password": PASSWORD, "next": here}
    )

    assert response.status_code == 302
    assert response.url == here


def test_signing_up_from_the_header_brings_the_reader_back_to_the_article_once_confirmed(client):
    here = ArticleFactory().get_absolute_url()
    page = client.get(reverse("account_signup") + f"?next={here}").content.decode()
    assert f'name="next" value="{here}"' in page

    signup(client, next=here)
    response = client.post(link_in(mail.outbox[0]))

    assert response.status_code == 302
    assert response.url == here


def test_header_shows_the_user_menu_with_a_post_logout(client):
    user = VerifiedUserFactory(display_name="Ada Reader")
    client.force_login(user)

    html = client.get("/").content.decode()

    assert '<details class="user-menu">' in html
    assert "Ada Reader" in html
    assert f'href="{user.get_absolute_url()}"' in html
    assert f'href="{reverse("accounts:settings")}"' in html
    assert re.search(r'<form method="post" action="/accounts/logout/">.*?Log out', html, re.S)


# --- profile -------------------------------------------------------------------------------------


def test_profile_shows_the_public_profile_and_never_the_email(client):
    user = UserFactory(display_name="Lou Park", location="Leeds", bio="Runner and cook.", email="lou@private.example")

    html = client.get(user.get_absolute_url()).content.decode()

    assert "Lou Park" in html
    assert "from Leeds" in html
    assert "Runner and cook." in html
    assert user.avatar_url in html
    assert "lou@private.example" not in html
    assert ">Author<" not in html


def test_profile_says_since_when_the_person_is_a_member(client):
    user = UserFactory(display_name="New Member")
    user.date_joined = user.date_joined.replace(year=2024, month=3, day=15)
    user.save(update_fields=["date_joined"])

    html = client.get(user.get_absolute_url()).content.decode()

    assert 'Member since <time datetime="2024-03">March 2024</time>' in html


def test_author_profile_shows_the_badge_and_the_articles_with_their_count(client):
    author = AuthorFactory(display_name="Maya Author")
    ArticleFactory.create_batch(3, author=author)
    ArticleFactory(author=author, status="draft", published_at=None, title="Secret draft")

    html = client.get(author.get_absolute_url()).content.decode()

    assert ">Author<" in html
    assert 'Articles by Maya Author <span class="count">(3)</span>' in html
    assert "Secret draft" not in html


@pytest.mark.parametrize("articles", [2, 25])
def test_profile_queries_do_not_grow_with_the_articles(client, django_assert_max_num_queries, articles):
    author = AuthorFactory()
    ArticleFactory.create_batch(articles, author=author)
    client.get("/")  # warm the navigation cache

    with django_assert_max_num_queries(5):
        assert client.get(author.get_absolute_url()).status_code == 200


def test_profile_of_an_unknown_or_inactive_user_is_404(client):
    UserFactory(handle="gone", is_active=False)

    assert client.get("/users/gone/").status_code == 404
    assert client.get("/users/nobody/").status_code == 404


# --- settings ------------------------------------------------------------------------------------


def test_settings_page_needs_login(client):
    response = client.get(reverse("accounts:settings"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_settings_saves_the_profile(client):
    user = VerifiedUserFactory(handle="before")
    client.force_login(user)

    response = client.post(
        reverse("accounts:settings"),
        {"display_name": "New Name", "handle": "after", "location": "Porto", "bio": "Hello."},
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.display_name, user.handle, user.location, user.bio) == ("New Name", "after", "Porto", "Hello.")
    assert user.handle_changed_at is not None
    assert client.get("/users/after/").status_code == 200


def test_handle_can_change_only_once_a_month(client):
    user = VerifiedUserFactory(handle="first")
    client.force_login(user)
    data = {"display_name": "Me", "location": "", "bio": ""}
    client.post(reverse("accounts:settings"), {**data, "handle": "second"})

    response = client.post(reverse("accounts:settings"), {**data, "handle": "third"})

    assert response.status_code == 200
    assert "once a month" in response.content.decode()
    user.refresh_from_db()
    assert user.handle == "second"


def test_bio_over_500_characters_is_refused(client):
    user = VerifiedUserFactory()
    client.force_login(user)

    response = client.post(
        reverse("accounts:settings"), {"display_name": "Me", "handle": user.handle, "bio": "x" * 501}
    )

    assert response.status_code == 200
    user.refresh_from_db()
    assert user.bio == ""


# --- privacy -------------------------------------------------------------------------------------


def test_download_my_data_is_a_json_attachment(client):
    VerifiedUserFactory(email="me@example.org", handle="me-me")
    login(client, "me@example.org")

    assert client.get(reverse("accounts:export-data")).status_code == 405
    response = client.post(reverse("accounts:export-data"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="twitchsite-data-me-me-')
    assert response.json()["email_addresses"] == [{"email": "me@example.org", "verified": True, "primary": True}]
    assert [s["ip"] for s in response.json()["sessions"]] == ["127.0.0.1"]


def test_delete_my_account_needs_the_password(client):
    user = VerifiedUserFactory(email="del@example.org")
    client.force_login(user)

    response = client.post(reverse("accounts:delete-account"), {"password": "not it"})

    assert response.status_code == 200
    assert "That password is not right" in response.content.decode()
    user.refresh_from_db()
    assert user.is_active and user.email == "del@example.org"

    response = client.post(reverse("accounts:delete-account"), {"password": PASSWORD})

    assert response.status_code == 302
    user.refresh_from_db()
    assert not user.is_active and user.email == ""
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "url_name",
    ["account_email", "account_change_password", "socialaccount_connections", "usersessions_list", "account_logout"],
)
def test_allauth_pages_use_the_site_layout(client, url_name):
    client.force_login(VerifiedUserFactory())

    response = client.get(reverse(url_name))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="site-header"' in html
    # A strict Content-Security-Policy must hold: no inline scripts or styles from allauth's stock templates.
    # Our own scripts are files (src) and data blocks are inert (JSON, or text/plain until consent).
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag or 'type="application/json"' in tag or 'type="text/plain"' in tag, tag
    assert 'style="' not in html and "<style" not in html


def test_a_deleted_account_can_no_longer_log_in_and_its_profile_is_gone(client):
    VerifiedUserFactory(handle="bye", email="bye@example.org")
    login(client, "bye@example.org")
    client.post(reverse("accounts:delete-account"), {"password": PASSWORD})

    response = login(client, "bye@example.org")

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert client.get("/users/bye/").status_code == 404


def test_an_account_without_a_password_is_asked_to_set_one_before_deleting(client):
    user = VerifiedUserFactory()
    user.set_unusable_password()
    user.save()
    client.force_login(user)

    html = client.get(reverse("accounts:delete-account")).content.decode()

    assert reverse("account_set_password") in html
    assert 'name="password"' not in html


def test_login_limit_is_counted_in_a_shared_redis_cache(client, settings):
    """Production runs several workers: the count must live in Redis, not in one process's memory."""
    import uuid

    redis = pytest.importorskip("redis")
    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    prefix = f"tw-accounts-test-{uuid.uuid4().hex}"  # never touches anyone else's keys
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/9",
            "KEY_PREFIX": prefix,
        }
    }
    VerifiedUserFactory(email="redis@example.org")
    from django.test import Client

    workers = [client, Client(), Client()]  # separate clients stand in for separate worker processes
    for n in range(5):
        login(workers[n % 3], "redis@example.org", "wrong password")

    response = login(Client(), "redis@example.org", PASSWORD)

    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert redis.Redis(host="127.0.0.1", port=6379, db=9).keys(f"{prefix}:*")  # the counts are in Redis


def test_login_with_a_user_name_instead_of_an_email_says_to_use_the_email(client):
    UserFactory(username="admin", email="admin@example.org")

    html = login(client, "admin").content.decode()

    assert "Log in with your e-mail address; a handle or user name does not work here." in html
    assert "Enter a valid email address." not in html


def test_sessions_page_marks_this_browser_and_offers_to_log_out_the_others(client):
    user = VerifiedUserFactory()
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD}, HTTP_USER_AGENT="Phone A")
    other = type(client)()
    other.post(reverse("account_login"), {"login": user.email, "password": PASSWORD}, HTTP_USER_AGENT="Laptop B")

    html = client.get(reverse("usersessions_list"), HTTP_USER_AGENT="Phone A").content.decode()

    assert "<h1>Where you are logged in</h1>" in html
    assert "Phone A" in html and "Laptop B" in html
    assert html.count('<span class="badge">This browser</span>') == 1
    assert ">Log out everywhere else</button>" in html
