import importlib
import re

import pytest
from django.apps import apps

from accounts.models import HandleHistory
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

neutral_public_names = importlib.import_module("accounts.migrations.0006_neutral_public_names")


def run_migration():
    # The function of the data migration, on rows made with today's models (same fields as at that migration).
    neutral_public_names.neutralise_email_names(apps, None)


def test_accounts_named_after_their_email_get_neutral_names_and_their_old_address_redirects(client):
    john = UserFactory(email="John.Smith@example.com", handle="johnsmith", display_name="john.smith")
    ann = UserFactory(email="ann@example.com", handle="ann-k3x9", display_name="")
    maya = UserFactory(email="maya@demo.example", handle="maya", display_name="Maya Lindqvist")
    UserFactory(handle="maya-lindqvist")

    run_migration()

    for user in (john, ann, maya):
        user.refresh_from_db()
    assert re.fullmatch(r"Reader \d{4}", john.display_name)
    assert re.fullmatch(r"[a-z]+-[a-z]+-\d{2}", john.handle)
    assert re.fullmatch(r"Reader \d{4}", ann.display_name)
    assert re.fullmatch(r"[a-z]+-[a-z]+-\d{2}", ann.handle)
    # A name the person chose stays, and gives the new handle.
    assert maya.display_name == "Maya Lindqvist"
    assert re.fullmatch(r"maya-lindqvist-[0-9a-f]{4}", maya.handle)
    assert dict(HandleHistory.objects.values_list("handle", "user_id")) == {
        "johnsmith": john.pk,
        "ann-k3x9": ann.pk,
        "maya": maya.pk,
    }
    response = client.get("/users/johnsmith/")
    assert response.status_code == 301
    assert response.url == john.get_absolute_url()
    assert client.get(response.url).status_code == 200
    assert "john" not in client.get(response.url).content.decode().lower()


def test_chosen_names_and_accounts_without_an_address_are_left_alone():
    nina = UserFactory(email="nina.lee@example.com", handle="nina", display_name="Nina Lee")
    chose_slug = UserFactory(email="john.smith@example.com", handle="john-smith", display_name="John Smith")
    deleted = UserFactory(email="", handle="deleted-7", display_name="Deleted user")

    run_migration()

    for user, handle, name in (
        (nina, "nina", "Nina Lee"),
        (chose_slug, "john-smith", "John Smith"),
        (deleted, "deleted-7", "Deleted user"),
    ):
        user.refresh_from_db()
        assert (user.handle, user.display_name) == (handle, name)
    assert not HandleHistory.objects.exists()


def test_only_the_name_changes_when_the_handle_was_chosen():
    user = UserFactory(email="kim.lo@example.com", handle="kimmy", display_name="KIM.LO")

    run_migration()

    user.refresh_from_db()
    assert user.handle == "kimmy"
    assert re.fullmatch(r"Reader \d{4}", user.display_name)
    assert not HandleHistory.objects.exists()
