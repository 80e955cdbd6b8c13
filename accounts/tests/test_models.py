import pytest
from django.contrib.auth import get_user_model

from accounts.tests.factories import AuthorFactory, UserFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


def test_public_name_never_falls_back_to_the_whole_email():
    user = UserFactory(display_name="", email="hidden.person@example.org")

    assert user.public_name == "hidden.person"


def test_verified_queryset_and_annotation_agree_with_the_property():
    yes = VerifiedUserFactory()
    no = UserFactory()
    User = get_user_model()

    assert list(User.objects.verified()) == [yes]
    flags = {u.pk: u.has_verified_email for u in User.objects.with_verified_email()}
    assert flags == {yes.pk: True, no.pk: False}
    assert yes.has_verified_email and not no.has_verified_email


def test_authors_queryset_lists_members_of_the_authors_group():
    author = AuthorFactory()
    UserFactory()

    assert list(get_user_model().objects.authors()) == [author]
    assert author.is_author
