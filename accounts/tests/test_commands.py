import re
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import call_command

from accounts.tests.factories import UserFactory


def ensure_admin(**options):
    out = StringIO()
    call_command("ensure_admin", stdout=out, **options)
    return out.getvalue()


@pytest.mark.django_db
def test_ensure_admin_creates_one_superuser_once_and_prints_its_password_once():
    first = ensure_admin(site_url="http://127.0.0.1:8010")
    second = ensure_admin()

    admins = get_user_model().objects.filter(is_superuser=True)
    assert admins.count() == 1
    password = re.search(r"Password: (\S+)", first).group(1)
    assert admins.get().check_password(password)
    assert "http://127.0.0.1:8010/admin/" in first
    assert "admin@twitchsite.local" in first
    assert "Password:" not in second
    assert "python manage.py changepassword admin" in second


@pytest.mark.django_db
def test_created_admin_can_log_in_by_email_on_the_site(client):
    output = ensure_admin()
    password = re.search(r"Password: (\S+)", output).group(1)
    email = re.search(r"E-mail: +(\S+)", output).group(1)

    address = EmailAddress.objects.get(email=email)
    assert address.verified and address.primary
    # What the command prints is what the login form takes.
    response = client.post("/accounts/login/", {"login": email, "password": password})
    assert response.status_code == 302
    assert response.url == "/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_ensure_admin_leaves_an_existing_superuser_alone():
    UserFactory(username="boss", is_superuser=True, is_staff=True)

    output = ensure_admin()

    assert get_user_model().objects.filter(is_superuser=True).count() == 1
    assert not get_user_model().objects.filter(username="admin").exists()
    assert "Password:" not in output
    assert "changepassword boss" in output
