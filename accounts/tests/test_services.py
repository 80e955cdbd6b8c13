import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import AnonymousUser

from accounts.services import user_can_comment, users_add_to_authors
from accounts.tests.factories import AuthorFactory, UserFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


def test_only_signed_in_active_users_with_a_verified_email_can_comment():
    unverified = UserFactory()
    EmailAddress.objects.create(user=unverified, email=unverified.email, verified=False, primary=True)

    assert user_can_comment(VerifiedUserFactory())
    assert not user_can_comment(unverified)
    assert not user_can_comment(VerifiedUserFactory(is_active=False))
    assert not user_can_comment(AnonymousUser())
    assert not user_can_comment(None)


def test_users_add_to_authors_adds_only_the_missing_and_lets_them_into_the_admin():
    already = AuthorFactory()
    reader = UserFactory()

    added = users_add_to_authors(users=[already, reader])

    assert added == 1
    reader.refresh_from_db()
    assert reader.is_staff
    assert reader.is_author
