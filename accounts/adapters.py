"""allauth adapters: how a new account gets its handle and its public name."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings
from django.core.exceptions import ValidationError

from .models import generate_handle
from .ratelimit import too_many_requests

# allauth's failed-login limit for one account: 5 failures per 5 minutes (ACCOUNT_RATE_LIMITS "login_failed").
FAILED_LOGIN_WINDOW_SECONDS = 300


def default_display_name(email):
    """Return the public name a new account starts with: the part of the e-mail before @, never the whole address."""
    return (email or "").split("@", 1)[0][:80]


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        context = {**context, "site_name": settings.SITE_NAME}
        return super().send_mail(template_prefix, email, context)

    def format_email_subject(self, subject):
        return f"[{settings.SITE_NAME}] {subject}"

    def pre_authenticate(self, request, **credentials):
        # ops: too many failed logins answer with the same readable 429 page as every other limit, not a form error.
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError as exc:
            if exc.code == "too_many_login_attempts":
                raise ImmediateHttpResponse(
                    too_many_requests(request, retry_after=FAILED_LOGIN_WINDOW_SECONDS)
                ) from exc
            raise

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
