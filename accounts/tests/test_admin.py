import pytest
from django.contrib.auth.models import Group
from django.db.models import Value
from django.urls import reverse

from accounts.registry import registry
from accounts.tests.factories import AuthorFactory, UserFactory, VerifiedUserFactory
from articles.tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:accounts_user_changelist")


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    return client


def test_user_list_shows_groups_verified_status_counts_and_last_login(admin_client):
    author = AuthorFactory(username="maya", display_name="Maya", verified=True)
    ArticleFactory.create_batch(2, author=author)
    UserFactory(username="unverified", display_name="Quiet One")

    response = admin_client.get(CHANGELIST)

    html = response.content.decode()
    assert response.status_code == 200
    cl = response.context["cl"]
    rows = {u.username: u for u in cl.result_list}
    assert rows["maya"].has_verified_email_flag is True
    assert rows["unverified"].has_verified_email_flag is False
    assert rows["maya"].count_articles == 2
    assert "Authors" in html
    for header in ("Groups", "Verified", "Articles", "Last login"):
        assert header in html


def test_comment_count_column_comes_from_the_registry(admin_client, monkeypatch):
    monkeypatch.setitem(registry.user_counts, "comments", ("comments", lambda: Value(7)))
    UserFactory(username="talker")

    response = admin_client.get(CHANGELIST)

    assert "Comments" in response.content.decode()
    assert {u.count_comments for u in response.context["cl"].result_list} == {7}


def test_user_list_filters_by_verified_and_searches(admin_client):
    VerifiedUserFactory(username="yes", display_name="Verified Person")
    UserFactory(username="no", display_name="Unverified Person")

    verified = admin_client.get(CHANGELIST, {"verified": "yes"}).context["cl"].result_list
    unverified = admin_client.get(CHANGELIST, {"verified": "no"}).context["cl"].result_list
    found = admin_client.get(CHANGELIST, {"q": "Unverified Person"}).context["cl"].result_list

    assert "yes" in [u.username for u in verified] and "no" not in [u.username for u in verified]
    assert "no" in [u.username for u in unverified] and "yes" not in [u.username for u in unverified]
    assert [u.username for u in found] == ["no"]


def test_user_list_filters_by_group(admin_client):
    AuthorFactory(username="writer")
    UserFactory(username="reader")
    group = Group.objects.get(name="Authors")

    rows = admin_client.get(CHANGELIST, {"groups__id__exact": group.pk}).context["cl"].result_list

    assert [u.username for u in rows] == ["writer"]


def test_add_to_authors_action_speaks_of_one_user_in_the_singular(admin_client):
    user = UserFactory(username="solo")

    response = admin_client.post(CHANGELIST, {"action": "add_to_authors", "_selected_action": [user.pk]}, follow=True)

    assert "1 user added to Authors." in response.content.decode()


def test_add_to_authors_action_makes_users_authors(admin_client):
    a, b = UserFactory(username="a1"), UserFactory(username="b1")

    response = admin_client.post(
        CHANGELIST, {"action": "add_to_authors", "_selected_action": [a.pk, b.pk]}, follow=True
    )

    assert "2 users added to Authors." in response.content.decode()
    a.refresh_from_db()
    assert a.groups.filter(name="Authors").exists() and a.is_staff
    assert b.groups.filter(name="Authors").exists()
    assert admin_client.get(a.get_absolute_url()).content.decode().count(">Author<") == 1


@pytest.mark.parametrize("users", [3, 40])
def test_user_list_queries_do_not_grow_with_the_users(admin_client, django_assert_max_num_queries, users):
    for n in range(users):
        author = AuthorFactory(username=f"w{n}", verified=True)
        ArticleFactory(author=author)

    with django_assert_max_num_queries(12):
        assert admin_client.get(CHANGELIST).status_code == 200


def test_user_change_page_opens(admin_client):
    user = UserFactory()

    assert admin_client.get(reverse("admin:accounts_user_change", args=[user.pk])).status_code == 200


def test_an_operator_changing_a_handle_leaves_the_old_profile_address_redirecting(admin_client, client):
    user = UserFactory(handle="old-name", display_name="Kim")
    url = reverse("admin:accounts_user_change", args=[user.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and name != "avatar"}
    for name in ("password", "last_login", "date_joined", "handle_changed_at"):
        data.pop(name, None)
    data |= {"handle": "new-name", "groups": [], "user_permissions": []}
    data |= {"date_joined_0": "2026-01-01", "date_joined_1": "10:00:00"}

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert client.get("/users/old-name/").url == "/users/new-name/"
    assert "old-name" in admin_client.get(url).content.decode()


def test_operator_can_add_a_user_who_gets_a_handle(admin_client):
    response = admin_client.post(
        reverse("admin:accounts_user_add"),
        {
            "username": "newbie",
            "email": "newbie@example.org",
            "usable_password": "true",
            "password1": "a decent password",
            "password2": "a decent password",
        },
    )

    assert response.status_code == 302
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="newbie")
    # The user name may come from the e-mail address (allauth makes it so): the handle never does.
    assert user.handle and "newbie" not in user.handle
    assert user.check_password("a decent password")


def test_group_list_shows_how_many_members_and_permissions_each_role_has(admin_client):
    AuthorFactory.create_batch(3)

    response = admin_client.get(reverse("admin:auth_group_changelist"))

    rows = {g.name: g for g in response.context["cl"].result_list}
    assert rows["Authors"].member_count == 3
    assert rows["Authors"].permission_count > 0
    assert rows["Editors"].member_count == 0
    assert "Members" in response.content.decode()


def test_social_app_list_names_the_provider_and_filters_by_it(admin_client):
    from allauth.socialaccount.models import SocialApp
    from django.contrib.sites.models import Site

    google = SocialApp.objects.create(provider="google", name="Google sign-in", client_id="g-123", secret="s")
    google.sites.add(Site.objects.get_current())
    SocialApp.objects.create(provider="facebook", name="Facebook sign-in", client_id="f-456", secret="s")

    response = admin_client.get(reverse("admin:socialaccount_socialapp_changelist"), {"provider": "google"})

    assert [app.name for app in response.context["cl"].result_list] == ["Google sign-in"]
    html = response.content.decode()
    assert "g-123" in html and Site.objects.get_current().domain in html
