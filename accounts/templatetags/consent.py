"""Consent template tags: gating blocks, the banner, the head scripts and video embeds."""

import re
from urllib.parse import parse_qs, urlparse

from django import template

from accounts.consent.presenter import purposes_for_form
from accounts.consent.stats import count_banner_shown

register = template.Library()


class ConsentNode(template.Node):
    def __init__(self, slug, allowed, denied):
        self.slug, self.allowed, self.denied = slug, allowed, denied

    def render(self, context):
        request = context.get("request")
        state = getattr(request, "consent", None)
        slug = self.slug.resolve(context)
        if state is not None and state.allows(slug):
            return self.allowed.render(context)
        return self.denied.render(context) if self.denied else ""


@register.tag("consent")
def do_consent(parser, token):
    """{% consent "youtube" %}shown when allowed{% else %}shown otherwise{% endconsent %}"""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% consent %} takes one service slug.")
    allowed = parser.parse(("else", "endconsent"))
    denied = None
    if parser.next_token().contents == "else":
        denied = parser.parse(("endconsent",))
        parser.delete_first_token()
    return ConsentNode(parser.compile_filter(bits[1]), allowed, denied)


@register.inclusion_tag("includes/consent_banner.html", takes_context=True)
def consent_banner(context):
    """Render the consent dialog when this visitor has to be asked."""
    request = context.get("request")
    state = getattr(request, "consent", None)
    # The preferences page is the long form of the same choices: no dialog on top of it.
    if state is None or not state.needs_prompt or request.path.startswith("/consent/"):
        return {"show": False}
    count_banner_shown(state.policy.number)
    return {
        "show": True,
        "state": state,
        "texts": state.policy.texts,
        "purposes": purposes_for_form(state),
        "changed": state.changed_names,
        "next": request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("includes/consent_head.html", takes_context=True)
def consent_head(context):
    """Render the consent state, the Consent Mode defaults and our consent script (all with the nonce)."""
    request = context.get("request")
    state = getattr(request, "consent", None)
    scripts = []
    if state is not None:
        scripts = [s for s in state.policy.services.values() if s["embed"] == "script" and s["script_url"]]
    return {
        "state": state.for_script() if state else {"allowed": [], "google": {}, "prompt": False},
        "scripts": scripts,
        "csp_nonce": context.get("csp_nonce", ""),
    }


_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")


def video_embed(url):
    """Return (service slug, embed URL) for a YouTube or Vimeo address, or (None, None)."""
    parsed = urlparse(url or "")
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    video_id = ""
    if host in ("youtube.com", "youtube-nocookie.com"):
        video_id = parse_qs(parsed.query).get("v", [""])[0] or parsed.path.rstrip("/").split("/")[-1]
        if _YOUTUBE_ID.match(video_id):
            return "youtube", f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host == "youtu.be":
        video_id = parsed.path.strip("/")
        if _YOUTUBE_ID.match(video_id):
            return "youtube", f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host in ("vimeo.com", "player.vimeo.com"):
        video_id = parsed.path.rstrip("/").split("/")[-1]
        if video_id.isdigit():
            return "vimeo", f"https://player.vimeo.com/video/{video_id}?dnt=1"
    return None, None


@register.simple_tag(takes_context=True)
def video_for(context, section):
    """Return the video's service, embed URL and whether this visitor may load it."""
    slug, embed_url = video_embed(getattr(section, "video_url", ""))
    request = context.get("request")
    state = getattr(request, "consent", None)
    service = state.policy.services.get(slug) if (state is not None and slug) else None
    return {
        "slug": slug,
        "embed_url": embed_url,
        "service": service,
        "allowed": bool(service) and state.allows(slug),
        "url": getattr(section, "video_url", ""),
    }
