"""Give every request `request.consent` and a CSP nonce; put the Content-Security-Policy on HTML responses."""

import time
import uuid

from django.conf import settings
from django.utils.cache import patch_vary_headers
from django.utils.functional import SimpleLazyObject, empty

from . import conf, cookie, csp
from .models import ConsentRecord
from .policy import current_policy
from .services import consent_record, user_latest_payload
from .state import ConsentState

SKIP_PREFIXES = ("/static/", "/media/")


class ConsentMiddleware:
    """Read the consent cookie (or a signed-in user's latest record) and enforce it in the CSP header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.csp_nonce = csp.new_nonce()
        if request.path.startswith(SKIP_PREFIXES):
            return self.get_response(request)
        # Lazy: feeds, JSON and admin pages that never look at consent pay no query for it.
        request.consent = SimpleLazyObject(lambda: self._state(request))
        response = self.get_response(request)
        return self._finish(request, response)

    def _state(self, request):
        policy = current_policy()
        payload = cookie.decode(request.COOKIES.get(conf.cookie_name()))
        user = getattr(request, "user", None)
        from_account = False
        if user is not None and user.is_authenticated and (payload is None or payload.get("u") != user.pk):
            stored = user_latest_payload(user)
            if stored is not None and (payload is None or stored["t"] >= payload["t"]):
                payload, from_account = stored, True
        header = conf.country_header()
        state = ConsentState(
            policy=policy,
            payload=payload,
            gpc=request.headers.get("Sec-GPC") == "1",
            country=request.META.get(header, "")[:2] if header else "",
            once=[request.GET["load"]] if "load" in request.GET else (),
        )
        state.dirty = from_account
        return state

    def _finish(self, request, response):
        html = response.get("Content-Type", "").startswith("text/html")
        admin = request.path.startswith("/admin/")
        if request.consent._wrapped is empty and (admin or not html):
            if html:
                response["Content-Security-Policy"] = csp.build_policy(nonce=request.csp_nonce, hosts=(), admin=True)
            return response
        state = request.consent
        if html and state.gpc and response.status_code == 200 and request.method == "GET":
            self._record_gpc(request, state)
        if state.dirty and state.payload:
            p = state.payload
            cookie.set_on(
                response,
                cookie.encode(
                    consent_id=p["id"], version=p["v"], decisions=p["d"], user_id=p.get("u"), gpc=p.get("g"), at=p["t"]
                ),
            )
        # Django's technical 404/500 pages (DEBUG only) are built with inline styles and scripts.
        debug_page = settings.DEBUG and response.status_code >= 400
        if html and not debug_page:
            hosts = () if admin else state.allowed_hosts()
            response["Content-Security-Policy"] = csp.build_policy(nonce=request.csp_nonce, hosts=hosts, admin=admin)
            patch_vary_headers(response, ["Cookie", "Sec-GPC"])
        return response

    def _record_gpc(self, request, state):
        """Log a GPC record once per visitor and switch every marketing service off."""
        marketing = [s for s in state.policy.optional_slugs if state.policy.purpose_of(s) == "marketing"]
        if state.payload.get("g") or not marketing or all(s in state.decisions for s in marketing):
            return
        if state.policy.pk is None:
            return
        decisions = {**state.decisions, **dict.fromkeys(marketing, False)}
        consent_id = state.consent_id or str(uuid.uuid4())
        user = getattr(request, "user", None)
        consent_record(
            consent_id=consent_id,
            policy=state.policy,
            decisions=decisions,
            action=ConsentRecord.Action.GPC,
            page_path=request.path,
            user=user,
            ip=request.META.get("REMOTE_ADDR", ""),
            country=state.country,
            language=request.headers.get("Accept-Language", "")[:35],
        )
        state.payload = {
            "id": consent_id,
            "v": state.policy.number,
            "d": decisions,
            "t": int(time.time()),
            "g": 1,
            **({"u": user.pk} if user is not None and user.is_authenticated else {}),
        }
        state.dirty = True


def consent_context(request):
    """Template context: the CSP nonce for our <script> tags and the visitor's consent state."""
    return {"csp_nonce": getattr(request, "csp_nonce", ""), "consent": getattr(request, "consent", None)}
