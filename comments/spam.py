"""The spam pipeline: small steps, each returning a verdict, run on every new or edited comment.

Request steps (honeypot, form timestamp) guard the form; content steps (rate limit, duplicates, word lists,
links, Akismet, first comment) look at the comment itself. The strictest verdict wins: REFUSE, then HOLD.
"""

import logging
import math
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from django.core import signing
from django.core.cache import cache
from django.utils.translation import ngettext

from . import conf

logger = logging.getLogger(__name__)

ALLOW, HOLD, REFUSE = "allow", "hold", "refuse"
_RANK = {ALLOW: 0, HOLD: 1, REFUSE: 2}
TOKEN_SALT = "comments.form-timestamp"  # noqa: S105 - a signing salt, not a secret
LINK_RE = re.compile(r"(https?://|www\.)\S+", re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    action: str = ALLOW
    reason: str = ""
    code: str = ""
    retry_after: int = 0  # seconds until the same post would pass, when waiting is the remedy

    @property
    def refused(self):
        return self.action == REFUSE

    @property
    def held(self):
        return self.action == HOLD


OK = Verdict()


def strictest(verdicts):
    """Return the strictest verdict of several."""
    result = OK
    for verdict in verdicts:
        if _RANK[verdict.action] > _RANK[result.action]:
            result = verdict
    return result


# request steps


def check_honeypot(value):
    """Refuse a form whose hidden honeypot field was filled in (people never see it; bots fill every field)."""
    if value:
        return Verdict(REFUSE, "Your comment could not be posted.")
    return OK


def make_form_token(at=None):
    """Return a signed token holding the time the form was shown."""
    return signing.dumps({"t": int(at if at is not None else time.time())}, salt=TOKEN_SALT, compress=True)


def check_form_token(token, now=None):
    """Refuse a form posted faster than a person types, older than the form's lifetime, or with a forged token."""
    now = now if now is not None else time.time()
    try:
        shown_at = signing.loads(token or "", salt=TOKEN_SALT)["t"]
    except (signing.BadSignature, KeyError, TypeError):
        return Verdict(REFUSE, "The form was damaged; please post again.", "damaged")
    age = now - shown_at
    if age < conf.get("COMMENTS_MIN_SECONDS"):
        wait = max(1, math.ceil(conf.get("COMMENTS_MIN_SECONDS") - age))
        reason = f"That was quick! Please wait {seconds_text(wait)} and post again."
        return Verdict(REFUSE, reason, "too-fast", retry_after=wait)
    if age > conf.get("COMMENTS_MAX_FORM_AGE"):
        return Verdict(REFUSE, "This form has expired; please post again.", "expired")
    return OK


# content steps


def check_rate_limit(user):
    """Refuse when a user posts more often than COMMENTS_RATE_LIMITS allows; counters live in the cache.

    A window starts at the person's first post in it, so the refusal can say how long is left of it.
    """
    now = time.time()
    for allowed, seconds in conf.get("COMMENTS_RATE_LIMITS"):
        key = f"comments:rate:{user.pk}:{seconds}"
        start_key = f"{key}:start"
        start = cache.get(start_key)
        if start is not None and now >= start + seconds:
            # Over by our clock even where the backend has not expired the counter yet (its own clock and rounding).
            cache.delete_many([key, start_key])
            start = None
        # add() creates the counter with its expiry only when missing; incr() is atomic in every cache backend we use.
        cache.add(key, 0, timeout=seconds)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, timeout=seconds)
            count = 1
        if count == 1:
            # This post opens the window: remember when, so a refusal can say how much of it is left.
            cache.set(start_key, now, timeout=seconds)
            start = now
        if count > allowed:
            # Without the start (evicted), the whole window: better to wait a little long than be refused again.
            wait = seconds if start is None else min(seconds, max(1, math.ceil(start + seconds - now)))
            reason = f"You are posting too fast. Please wait {seconds_text(wait)} before posting again."
            return Verdict(REFUSE, reason, "rate-limited", retry_after=wait)
    return OK


def seconds_text(seconds):
    """Return a wait in words: "1 second", "12 seconds", "3 minutes" (whole minutes, rounded up, from two)."""
    if seconds < 120:
        return ngettext("%(n)d second", "%(n)d seconds", seconds) % {"n": seconds}
    minutes = math.ceil(seconds / 60)
    return ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes}


def check_duplicate(*, article, body, exclude_pk=None):
    """Refuse the same text posted twice on the same article."""
    from .models import Comment

    normalised = " ".join(body.split())
    recent = Comment.objects.filter(article=article).exclude(status=Comment.Status.REMOVED)
    if exclude_pk:
        recent = recent.exclude(pk=exclude_pk)
    if not normalised:
        return OK
    # Compare whitespace-normalised texts; filtering on the first word keeps the candidate set tiny.
    first_word = normalised.split(" ", 1)[0]
    for other in recent.filter(body__startswith=first_word).values_list("body", flat=True)[:50]:
        if " ".join(other.split()) == normalised:
            return Verdict(REFUSE, "You (or someone) already posted this comment here.")
    return OK


def check_word_lists(body):
    """Refuse comments with a blocked word; hold comments with a moderation word."""
    from .models import WordList

    text = body.lower()
    verdicts = []
    for word, action in WordList.objects.values_list("word", "action"):
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text):
            if action == WordList.Action.BLOCK:
                verdicts.append(Verdict(REFUSE, "Your comment contains words that are not allowed here."))
            else:
                verdicts.append(Verdict(HOLD, f"contains the moderation word {word!r}"))
    return strictest(verdicts)


def check_links(body):
    """Hold comments with more links than COMMENTS_MAX_LINKS."""
    count = len(LINK_RE.findall(body))
    if count > conf.get("COMMENTS_MAX_LINKS"):
        return Verdict(HOLD, f"contains {count} links")
    return OK


def check_first_comment(user):
    """Hold a person's first comment until a moderator approves it (COMMENTS_HOLD_FIRST)."""
    from .models import Comment

    if not conf.get("COMMENTS_HOLD_FIRST"):
        return OK
    if Comment.objects.filter(author=user, status=Comment.Status.PUBLISHED).exists():
        return OK
    return Verdict(HOLD, "first comment")


def check_akismet(*, body, user, article_url="", user_ip="", user_agent="", site_url=""):
    """Ask Akismet when COMMENTS_AKISMET_KEY is set; hold on spam, and hold when Akismet fails or is slow."""
    key = conf.get("COMMENTS_AKISMET_KEY")
    if not key:
        return OK
    data = urllib.parse.urlencode(
        {
            "api_key": key,
            "blog": site_url,
            "user_ip": user_ip,
            "user_agent": user_agent,
            "permalink": article_url,
            "comment_type": "comment",
            "comment_author": user.public_name if user else "",
            "comment_content": body,
        }
    ).encode()
    try:
        answer = akismet_request(data, timeout=conf.get("COMMENTS_AKISMET_TIMEOUT"))
    except (OSError, urllib.error.URLError, TimeoutError, ValueError) as exc:
        logger.warning("Akismet check failed, holding the comment: %s", exc)
        return Verdict(HOLD, "Akismet did not answer")
    if answer == "true":
        return Verdict(HOLD, "Akismet says spam")
    if answer == "false":
        return OK
    return Verdict(HOLD, f"Akismet answered {answer[:40]!r}")


def akismet_request(data, *, timeout):
    """POST to Akismet's comment-check endpoint and return the answer text."""
    request = urllib.request.Request(  # noqa: S310 - fixed https URL
        "https://rest.akismet.com/1.1/comment-check",
        data=data,
        headers={"User-Agent": "Twitchsite/1.0"},
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
        return response.read(100).decode("utf-8", "replace").strip()


def assess(*, article, user, body, exclude_pk=None, rate_limit=True, request_meta=None):
    """Run the content steps and return the strictest verdict; stop at the first refusal."""
    meta = request_meta or {}
    steps = [
        lambda: check_duplicate(article=article, body=body, exclude_pk=exclude_pk),
        lambda: check_word_lists(body),
        # Last of the refusing steps, so a refused comment does not use up the poster's allowance.
        lambda: check_rate_limit(user) if rate_limit else OK,
        lambda: check_links(body),
        lambda: check_first_comment(user),
        lambda: check_akismet(body=body, user=user, **meta),
    ]
    verdicts = []
    for step in steps:
        verdict = step()
        if verdict.refused:
            return verdict
        verdicts.append(verdict)
    return strictest(verdicts)


def akismet_meta(request, article):
    """Return what Akismet wants to know about a request."""
    return {
        "article_url": request.build_absolute_uri(article.get_absolute_url()),
        "user_ip": request.META.get("REMOTE_ADDR", ""),
        "user_agent": request.META.get("HTTP_USER_AGENT", "")[:500],
        "site_url": request.build_absolute_uri("/"),
    }
