"""manage.py ensure_admin: make sure a superuser exists and say how to log in."""

import secrets

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

USERNAME = "admin"
EMAIL = "admin@twitchsite.local"


class Command(BaseCommand):
    help = "Create the superuser 'admin' with a random password when no superuser exists, and print how to log in."

    def add_arguments(self, parser):
        parser.add_argument(
            "--site-url", default="http://127.0.0.1:8000", help="Base URL printed in the login instructions."
        )

    def handle(self, *args, site_url, **options):
        User = get_user_model()
        admin_url = f"{site_url.rstrip('/')}/admin/"
        existing = User.objects.filter(is_superuser=True).order_by("pk").first()
        if existing:
            self.stdout.write(
                f"A superuser exists ({existing.email or existing.username}); log in at {admin_url}\n"
                f"Forgot the password? Run: python manage.py changepassword {existing.username}"
            )
            return
        password = secrets.token_urlsafe(12)
        with transaction.atomic():
            user = User.objects.create_superuser(
                username=USERNAME, email=EMAIL, password=password, display_name="Site admin"
            )
            # allauth logs in by e-mail and insists on a verified address.
            EmailAddress.objects.get_or_create(user=user, email=EMAIL, defaults={"verified": True, "primary": True})
        self.stdout.write(
            self.style.SUCCESS("Created the superuser. This password is shown only once:")
            + f"\n  URL:      {admin_url}"
            + f"\n  E-mail:   {EMAIL}  (the login page asks for the e-mail address)"
            + f"\n  Password: {password}"
            + f"\n  Change it with: python manage.py changepassword {USERNAME}"
        )
