"""allauth adapters: how a new account gets its handle and its public name."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings

from .models import generate_handle


def default_display_name(email):
    """Return the public name a new account starts with: the part of the e-mail before @, never the whole address."""
    return (email or "").split("@", 1)[0][:80]


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        context = {**context, "site_name": settings.SITE_NAME}
        return super().send_mail(template_prefix, email, context)

    def format_email_subject(self, subject):
        return f"[{settings.SITE_NAME}] {subject}"

    def user_display(self, user):
        return user.public_name

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        handle = form.cleaned_data.get("handle")
        if handle:
            user.handle = handle
        if not user.display_name:
            user.display_name = default_display_name(user.email)
        if not user.handle:
            user.handle = generate_handle(default_display_name(user.email) or user.username)
        if commit:
            user.save()
        return user


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def populate_user(self, request, sociallogin, data):
        user = super().populate_user(request, sociallogin, data)
        # The provider's full name stays private until the user chooses to show it.
        user.display_name = default_display_name(user.email) or "Reader"
        return user
