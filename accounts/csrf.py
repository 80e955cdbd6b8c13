"""The page shown when a form fails Django's CSRF check: in the site's look, saying why in plain words."""

from django.middleware.csrf import REASON_NO_CSRF_COOKIE
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

COOKIE = (
    "Your browser did not send back the small cookie this form needs. This happens when cookies are blocked for "
    "this site, or when the cookie was cleared while the page was open. The site uses it only to check that a form "
    "really comes from you."
)
STALE = (
    "The form was out of date. This happens when the page was open for a long time, or when you signed in or out "
    "in another tab after opening it."
)
ORIGIN = (
    "Your browser did not show that the form came from one of our pages. A privacy setting or extension that hides "
    "where you came from can cause this; so can a form on another website that sends to this one."
)


def reason_for_people(reason):
    """Return what Django's technical reason means for the person who sent the form."""
    if reason.startswith("Origin checking failed") or reason.startswith("Referer checking failed"):
        return ORIGIN
    if reason == REASON_NO_CSRF_COOKIE or reason.startswith("CSRF cookie"):
        return COOKIE
    return STALE


def csrf_failure(request, reason=""):
    """Answer 403 with why the form was refused and a way back to the page it came from (CSRF_FAILURE_VIEW)."""
    referer = request.META.get("HTTP_REFERER", "")
    back = (
        referer
        if referer
        and url_has_allowed_host_and_scheme(
            referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        else ""
    )
    context = {"explanation": reason_for_people(reason), "reason": reason, "back": back}
    response = render(request, "403_csrf.html", context, status=403)
    response["Cache-Control"] = "no-store"
    return response
