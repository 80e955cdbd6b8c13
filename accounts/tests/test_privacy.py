import json

import pytest
from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from accounts.privacy import PLACEHOLDER_NAME, former_author_account, user_erase, user_export_data
from accounts.registry import registry
from accounts.tests.factories import AuthorFactory, VerifiedUserFactory
from accounts.tests.images import image_upload
from articles.models import Article
from articles.tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"


@pytest.fixture
def fake_upper_apps(monkeypatch):
    """Stand in for the comments and consent apps' registrations (they live in other branches)."""
    calls = []
    monkeypatch.setitem(registry.exporters, "comments", lambda user: [{"body": f"comment by {user.pk}"}])
    monkeypatch.setitem(registry.exporters, "consent_records", lambda user: [{"choice": "accepted"}])
    monkeypatch.setitem(registry.erasers, "comments", lambda user, placeholder: calls.append((user.pk, placeholder)))
    return calls


def test_export_contains_profile_emails_social_accounts_articles_comments_and_consent(fake_upper_apps):
    author = AuthorFactory(
        email="writer@example.org", display_name="W. Riter", location="Cork", bio="Hi", handle="writer", verified=True
    )
    EmailAddress.objects.create(user=author, email="second@example.org", verified=False, primary=False)
    SocialAccount.objects.create(user=author, provider="google", uid="g-123")
    ArticleFactory(author=author, title="On sleep")
    ArticleFactory(author=author, title="Unfinished", status="draft", published_at=None)

    data = user_export_data(user=author)

    json.dumps(data)  # JSON-serialisable as it is
    assert data["profile"]["display_name"] == "W. Riter"
    assert data["profile"]["location"] == "Cork"
    assert data["profile"]["bio"] == "Hi"
    assert data["profile"]["handle"] == "writer"
    assert data["profile"]["groups"] == ["Authors"]
    assert data["email_addresses"] == [
        {"email": "writer@example.org", "verified": True, "primary": True},
        {"email": "second@example.org", "verified": False, "primary": False},
    ]
    assert data["social_accounts"][0]["provider"] == "google"
    assert data["sessions"] == []
    assert sorted(a["title"] for a in data["articles"]) == ["On sleep", "Unfinished"]
    assert data["comments"] == [{"body": f"comment by {author.pk}"}]
    assert data["consent_records"] == [{"choice": "accepted"}]


def test_export_holds_only_the_users_own_articles():
    me = AuthorFactory()
    ArticleFactory(title="Someone else's")

    assert user_export_data(user=me)["articles"] == []


def test_erase_removes_personal_data_and_keeps_contributions(
    fake_upper_apps, client, django_capture_on_commit_callbacks
):
    author = AuthorFactory(
        email="leaving@example.org", display_name="Lee Ving", location="Bath", bio="Bye", handle="lee", verified=True
    )
    author.avatar.save("a.jpg", image_upload("JPEG"), save=True)
    avatar_name = author.avatar.name
    SocialAccount.objects.create(user=author, provider="facebook", uid="fb-1")
    article = ArticleFactory(author=author)

    with django_capture_on_commit_callbacks(execute=True):
        user_erase(user=author, password=PASSWORD)

    author.refresh_from_db()
    assert not author.is_active and not author.is_staff
    assert author.email == "" and author.display_name == "Deleted user"
    assert author.location == "" and author.bio == "" and not author.avatar
    assert author.username == f"deleted-{author.pk}" and author.handle == f"deleted-{author.pk}"
    assert not author.has_usable_password()
    assert not author.groups.exists()
    assert not EmailAddress.objects.filter(user=author).exists()
    assert not EmailAddress.objects.filter(email="leaving@example.org").exists()
    assert not SocialAccount.objects.filter(user=author).exists()
    assert not author.avatar.storage.exists(avatar_name)
    # The article stays published, credited to the placeholder author.
    article.refresh_from_db()
    assert article.author.public_name == PLACEHOLDER_NAME
    assert client.get(article.get_absolute_url()).status_code == 200
    assert client.get("/users/lee/").status_code == 404
    # Comments' eraser ran, with the placeholder at hand.
    assert fake_upper_apps == [(author.pk, former_author_account())]


def test_erase_with_a_wrong_password_changes_nothing():
    user = VerifiedUserFactory(email="stay@example.org")

    with pytest.raises(ValidationError):
        user_erase(user=user, password="nope")

    user.refresh_from_db()
    assert user.is_active and user.email == "stay@example.org"
    assert EmailAddress.objects.filter(user=user).exists()


def test_erase_is_all_or_nothing(monkeypatch):
    author = AuthorFactory(email="half@example.org", verified=True)
    article = ArticleFactory(author=author)

    def broken(user, placeholder):
        raise RuntimeError("comments eraser failed")

    monkeypatch.setitem(registry.erasers, "zz_broken", broken)
    with pytest.raises(RuntimeError):
        user_erase(user=author, password=PASSWORD)

    author.refresh_from_db()
    article.refresh_from_db()
    assert author.is_active and author.email == "half@example.org"
    assert article.author == author
    assert EmailAddress.objects.filter(user=author).exists()


def test_the_placeholder_author_is_created_once_and_cannot_log_in():
    first = former_author_account()
    second = former_author_account()

    assert first == second
    assert not first.has_usable_password()
    assert first.email == ""


def test_erasing_two_authors_puts_both_articles_under_the_placeholder():
    a, b = AuthorFactory(), AuthorFactory()
    ArticleFactory(author=a)
    ArticleFactory(author=b)

    user_erase(user=a, password=PASSWORD)
    user_erase(user=b, password=PASSWORD)

    assert set(Article.objects.values_list("author__display_name", flat=True)) == {PLACEHOLDER_NAME}
    assert Group.objects.get(name="Authors").user_set.count() == 0
