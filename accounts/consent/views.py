"""Consent pages: save a choice, the preferences page, contextual consent, GPC and privacy texts."""

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from ..ratelimit import limit_posts
from . import cookie
from .models import ConsentRecord, ConsentText
from .presenter import purposes_for_form
from .services import consent_decide, delete_cookies, first_party_cookies_to_delete
from .state import ConsentState

ACTIONS = {
    "accept_all": ConsentRecord.Action.ACCEPT_ALL,
    "reject_all": ConsentRecord.Action.REJECT_ALL,
    "custom": ConsentRecord.Action.CUSTOM,
    "withdraw": ConsentRecord.Action.WITHDRAW,
}


def _consent_rates():
    # ops: per hashed client address; a person changes their mind a few times, a script thousands of times.
    return getattr(settings, "CONSENT_RATE_LIMITS", ((30, 60), (300, 3600)))


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return "/"
    return target


def allowed_from_form(policy, data):
    """Return the services switched on in a submitted form.

    A service is on when its own switch is on; a purpose switch turns on all of its services only when none of
    them was chosen individually (the form without JavaScript).
    """
    chosen = {slug for slug in policy.optional_slugs if data.get(f"service-{slug}")}
    for purpose in policy.purposes:
        if purpose["required"] or not data.get(f"purpose-{purpose['slug']}"):
            continue
        slugs = [s["slug"] for s in purpose["services"]]
        if not chosen.intersection(slugs):
            chosen.update(slugs)
    return chosen


def _respond(request, *, record, value, withdrawn):
    wants_json = request.headers.get("Accept", "").startswith("application/json")
    if wants_json:
        policy = request.consent.policy
        after = ConsentState(policy=policy, payload={"v": policy.number, "d": record.decisions})
        response = JsonResponse(
            {
                "action": record.action,
                "allowed": after.allowed_slugs(),
                "google": after.google_consent(),
                # Newly allowed hosts need a new Content-Security-Policy, and withdrawn services may already be
                # running in the page (a video frame, a loaded script): either way the page must load again.
                "reload": any(record.decisions.values()) or bool(withdrawn),
            }
        )
    else:
        messages.success(request, "Your cookie settings are saved.")
        response = redirect(_next_url(request))
    cookie.set_on(response, value)
    names = first_party_cookies_to_delete(
        policy=request.consent.policy, slugs=withdrawn, cookie_names=list(request.COOKIES)
    )
    delete_cookies(response, names, host=request.get_host())
    return response


@require_POST
@limit_posts(scope="consent", rates=_consent_rates)
def save(request):
    """Record the visitor's answer to the banner or the preferences form."""
    action = request.POST.get("action", "")
    if action == "customize":
        return redirect(f"{reverse('consent:preferences')}?next={_next_url(request)}")
    if action not in ACTIONS:
        return HttpResponseBadRequest("Unknown consent action.")
    policy = request.consent.policy
    if policy.pk is None:
        return redirect(_next_url(request))
    allowed = allowed_from_form(policy, request.POST) if action == "custom" else ()
    record, value, withdrawn = consent_decide(request=request, action=ACTIONS[action], allowed=allowed)
    return _respond(request, record=record, value=value, withdrawn=withdrawn)


@require_POST
@limit_posts(scope="consent", rates=_consent_rates)
def contextual(request):
    """Record "Always allow <service>" given on a placeholder, e.g. a video."""
    slug = request.POST.get("service", "")
    policy = request.consent.policy
    if slug not in policy.optional_slugs:
        return HttpResponseBadRequest("Unknown service.")
    record, value, withdrawn = consent_decide(request=request, action=ConsentRecord.Action.CONTEXTUAL, allowed=[slug])
    return _respond(request, record=record, value=value, withdrawn=withdrawn)


@require_GET
def preferences(request):
    """Show every purpose and service with the visitor's current choice; works without JavaScript."""
    state = request.consent
    return render(
        request,
        "consent/preferences.html",
        {"purposes": purposes_for_form(state), "next": _next_url(request), "state": state},
    )


@require_GET
def gpc_json(request):
    """Tell user agents that this site honours Global Privacy Control."""
    return JsonResponse({"gpc": True, "lastUpdate": "2026-11-25"})


@require_GET
def privacy(request):
    text = ConsentText.objects.order_by("pk").first()
    return render(request, "consent/privacy.html", {"text": text})
