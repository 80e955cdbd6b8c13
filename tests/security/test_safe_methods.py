"""No GET or HEAD changes data, and every form that posts carries a CSRF token: checked on every non-admin URL."""

import re
from html.parser import HTMLParser
from urllib.parse import urljoin

import pytest
from allauth.socialaccount.models import SocialApp
from django.contrib.sites.models import Site
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver

from accounts.tests.factories import AuthorFactory
from articles.tests.factories import ArticleFactory, SectionFactory, TopicFactory, make_picture
from comments.notifications import mute_token
from comments.tests.factories import CommentFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)
# Session rows are the visitor's own request state (written when a session is created or changed), not site data.
IGNORED_TABLES = ("django_session",)


def url_patterns(resolver=None, prefix=""):
    """Yield (route, pattern) for every URL pattern outside the admin."""
    resolver = resolver or get_resolver()
    for p in resolver.url_patterns:
        route = prefix + str(p.pattern)
        if route.startswith("admin/"):
            continue
        if isinstance(p, URLResolver):
            yield from url_patterns(p, route)
        elif isinstance(p, URLPattern):
            yield route, p


@pytest.fixture
def world():
    """Create one of everything a URL can point at, owned by a signed-in reader."""
    topic = TopicFactory(name="Health")
    author = AuthorFactory(username="author")
    picture = make_picture(author, size=(480, 320))
    article = ArticleFactory(title="Muscle twitches", topic=topic, author=author, lead_picture=picture)
    SectionFactory(article=article)
    reader = VerifiedUserFactory(username="reader")
    comment = CommentFactory(article=article, author=reader)
    # Configured providers: an unconfigured provider's login URL answers 500 (reported to the accounts part).
    for provider in ("google", "facebook"):
        app = SocialApp.objects.create(provider=provider, name=provider, client_id="id", secret="secret")
        app.sites.add(Site.objects.get_current())
    return {
        "topic_slug": topic.slug,
        "article_slug": article.slug,
        "handle": reader.handle,
        "pk": comment.pk,
        "article_pk": article.pk,
        "token": mute_token(reader),
        "key": "not-a-real-key",
        "uidb36": "1",
        "name": picture.renditions["card"]["jpeg"][0][2],  # /media/<name>: a stored rendition
        "reader": reader,
    }


def sample_url(route, world):
    """Fill the route's parameters with real objects from world; a KeyError names a parameter nobody taught us."""
    url = route.replace("^", "").replace("$", "")

    def value(param):
        if param == "slug":
            return world["topic_slug"] if url.startswith("topics/") else world["article_slug"]
        return str(world[param])

    url = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: value(m.group(1)), url)
    url = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: value(m.group(1)), url)
    return "/" + url


def all_urls(world):
    return [sample_url(route, world) for route, _pattern in url_patterns()]


def writes(queries):
    return [q["sql"] for q in queries if WRITE.match(q["sql"]) and not any(t in q["sql"] for t in IGNORED_TABLES)]


class FormFinder(HTMLParser):
    """Collect every <form>: its method and action, and whether it holds a csrfmiddlewaretoken input."""

    def __init__(self):
        super().__init__()
        self.forms = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append(
                {"method": (attrs.get("method") or "get").lower(), "action": attrs.get("action"), "csrf": False}
            )
        elif tag == "input" and attrs.get("name") == "csrfmiddlewaretoken" and self.forms:
            self.forms[-1]["csrf"] = bool(attrs.get("value"))


@pytest.mark.parametrize("viewer", ["anonymous", "reader"])
def test_get_and_head_never_write_to_the_database(client, world, viewer):
    if viewer == "reader":
        client.force_login(world["reader"])
    urls = all_urls(world)
    assert len(urls) > 40  # the walk found the site's URLs
    offenders = {}
    for url in urls:
        for method in (client.get, client.head):
            with CaptureQueriesContext(connection) as ctx:
                method(url)
            if found := writes(ctx.captured_queries):
                offenders[f"{method.__name__.upper()} {url}"] = found
    assert offenders == {}


def post_forms(client, urls):
    """Yield (page, form) for every POST form on the HTML pages among urls."""
    for url in urls:
        response = client.get(url)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        finder = FormFinder()
        finder.feed(response.content.decode())
        for form in finder.forms:
            if form["method"] == "post":
                yield url, form


@pytest.mark.parametrize("viewer", ["anonymous", "reader"])
def test_every_post_form_on_every_page_carries_a_csrf_token(client, world, viewer):
    if viewer == "reader":
        client.force_login(world["reader"])
    seen_post_forms = 0
    missing = []
    for url, form in post_forms(client, all_urls(world)):
        seen_post_forms += 1
        if not form["csrf"]:
            missing.append((url, form["action"]))
    assert seen_post_forms >= 5  # login, sign-up, log out, comment, settings...
    assert missing == []


def test_the_walk_rejects_unsafe_get_for_real(client, world):
    """The mute link in e-mails must not mute on GET (link scanners open it); only the button's POST does."""
    from comments.models import CommentMute

    url = f"/comments/mute/{world['token']}/"
    assert client.get(url).status_code == 200
    assert not CommentMute.objects.exists()
    assert client.post(url).status_code == 200
    assert CommentMute.objects.filter(user=world["reader"]).exists()


# Deliberately without CSRF: the one-click unsubscribe (RFC 8058) that mail clients post, authorised by its signed token.
CSRF_EXEMPT = (re.compile(r"^/comments/mute/"),)


def post_form_actions(client, urls):
    """Return {action: page it was found on} for every POST form the client sees on these pages."""
    actions = {}
    for url, form in post_forms(client, urls):
        actions.setdefault(urljoin(url, form["action"] or url).split("#")[0], url)
    return actions


@pytest.mark.parametrize("viewer", ["anonymous", "reader"])
def test_every_post_form_is_refused_without_its_csrf_token(world, viewer):
    browser = Client(enforce_csrf_checks=True)
    if viewer == "reader":
        browser.force_login(world["reader"])
    actions = post_form_actions(browser, all_urls(world))
    assert len(actions) >= 5, actions
    accepted = {}
    for action, found_on in actions.items():
        if any(p.match(action) for p in CSRF_EXEMPT):
            continue
        with CaptureQueriesContext(connection) as ctx:
            response = browser.post(action, {"body": "forged", "action": "accept_all", "email": "x@example.org"})
        if response.status_code != 403 or writes(ctx.captured_queries):
            accepted[action] = (found_on, response.status_code)
    assert accepted == {}
