"""allauth adapters: how a new account gets its handle and its public name."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings
from django.core.exceptions import ValidationError

from .models import generate_handle
from .names import neutral_display_name, random_handle_base
from .ratelimit import too_many_requests

# allauth's failed-login limit for one account: 5 failures per 5 minutes (ACCOUNT_RATE_LIMITS "login_failed").
FAILED_LOGIN_WINDOW_SECONDS = 300


def user_display(user):
    """Return how allauth's pages and messages name a user ("Signed in as ..."): the public name (ACCOUNT_USER_DISPLAY)."""
    return user.public_name


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
        return user_display(user)

    def populate_username(self, request, user):
        # allauth would make the user name from the e-mail address. It is not shown, but a page that one day shows
        # it must not leak the address: it is made from the handle instead.
        if not user.username:
            user.username = self.generate_unique_username([user.handle or random_handle_base(), "user"])

    def save_user(self, request, user, form, commit=True):
        chosen_name = form.cleaned_data.get("display_name", "")
        user.display_name = chosen_name or neutral_display_name()
        # A chosen name gives the handle; a neutral one would say nothing, so random words do ("quiet-heron-42").
        user.handle = form.cleaned_data.get("handle") or generate_handle(chosen_name)
        user = super().save_user(request, user, form, commit=False)
        if commit:
            user.save()
        return user


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def populate_user(self, request, sociallogin, data):
        user = super().populate_user(request, sociallogin, data)
        # The provider's full name and the e-mail address stay private until the person chooses a name.
        user.display_name = neutral_display_name()
        user.handle = generate_handle()
        return user
