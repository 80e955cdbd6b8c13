import re

import pytest
from django.contrib.auth import get_user_model

from accounts.models import HandleHistory
from accounts.names import comes_from_email
from accounts.tests.factories import AuthorFactory, UserFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


def test_a_user_without_name_or_handle_is_named_by_neither_email_nor_user_name():
    user = UserFactory(username="hiddenperson", display_name="", email="hidden.person@example.org")

    assert re.fullmatch(r"[a-z]+-[a-z]+-\d{2}", user.handle)
    assert user.public_name == user.handle


def test_a_new_handle_comes_from_the_display_name_and_skips_former_handles():
    HandleHistory.objects.create(user=UserFactory(), handle="lou-park")

    user = UserFactory(display_name="Lou Park", handle="")

    assert re.fullmatch(r"lou-park-[0-9a-f]{4}", user.handle)


@pytest.mark.parametrize(
    ("value", "email", "expected"),
    [
        ("john.smith", "John.Smith@example.com", True),
        ("johnsmith", "john.smith@example.com", True),  # the slug handles were made from
        ("johnsmith-k3x9", "john.smith@example.com", True),  # ... with the suffix added when taken
        ("John.Smith", "john.smith@example.com", True),
        ("john-smith", "john.smith@example.com", False),  # chosen by the person, not made from the address
        ("Nina Lee", "nina.lee@example.com", False),
        ("nina", "nina.lee@example.com", False),
        ("anything", "", False),
    ],
)
def test_comes_from_email_recognises_names_made_from_the_address(value, email, expected):
    assert comes_from_email(value, email) is expected


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
