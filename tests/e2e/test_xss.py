"""Every XSS vector of the corpus, stored wherever strangers write, renders as inert text in a real browser.

Comment text, profile name, location and bio, article titles, summaries and sections (Markdown) and search
queries each hold the vectors; a page passes when no dialog opened, nothing logged "xss" or threw, no handler or
script URL is left in the DOM and no request left the site.

The browser context bypasses the Content-Security-Policy on purpose: the CSP is a second wall (tested in
tests/test_security_headers.py); here the escaping and sanitising must hold on their own.
"""

from urllib.parse import quote

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings as django_settings
from django.test import Client

from accounts.tests.factories import AuthorFactory
from articles.tests.factories import ArticleFactory, SectionFactory, TopicFactory
from comments.tests.factories import CommentFactory, VerifiedUserFactory
from tests.security.xss_corpus import OUTSIDE, SHORT_VECTORS, VECTORS

# Report anything that ran: the flag the payloads set, handlers and dangerous URLs left in the DOM, foreign frames.
INSPECT = """() => {
  const found = [];
  if (window.__xss) found.push('window.__xss set');
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${el.tagName} ${name}=${attr.value}`);
      if (name === 'srcdoc') found.push(`${el.tagName} srcdoc`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name)) {
        // Resolve the URL as the browser does on a click or a load, and look at the scheme it ends up with.
        let protocol = '';
        try { protocol = new URL(attr.value, location.href).protocol; } catch (e) { continue; }
        if (['javascript:', 'vbscript:'].includes(protocol) ||
            (protocol === 'data:' && !(el.tagName === 'IMG' && name === 'src')))
          found.push(`${el.tagName} ${name}=${attr.value}`);
      }
    }
    if (['IFRAME', 'OBJECT', 'EMBED', 'BASE'].includes(el.tagName)) found.push(`<${el.tagName}> element`);
    if (el.tagName === 'SCRIPT' && el.src && new URL(el.src).origin !== location.origin) found.push(`script ${el.src}`);
    if (el.tagName === 'META' && (el.httpEquiv || '').toLowerCase() === 'refresh') found.push('meta refresh');
  }
  return found;
}"""


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "bypass_csp": True}


@pytest.fixture
def hostile_site(site, settings):
    """Store every vector as comment text, profile fields, article sections, titles and summaries."""
    settings.COMMENTS_PER_PAGE = 1000
    topic = TopicFactory(name="Health")
    author = AuthorFactory(display_name=SHORT_VECTORS[0], location=SHORT_VECTORS[1], bio=VECTORS[2])
    article = ArticleFactory(
        title="Hostile " + SHORT_VECTORS[4][:150], summary=VECTORS[5][:400], topic=topic, author=author
    )
    for n, vector in enumerate(VECTORS):
        SectionFactory(article=article, order=n, heading=vector[:200], body=vector)
    users = []
    for n, vector in enumerate(SHORT_VECTORS):
        users.append(
            VerifiedUserFactory(
                username=f"hostile{n}", display_name=vector, location=vector, bio=VECTORS[n % len(VECTORS)]
            )
        )
    for n, vector in enumerate(VECTORS):
        CommentFactory(article=article, author=users[n % len(users)], body=vector)
    return {"article": article, "topic": topic, "users": users, "author": author}


def sign_in(page, site, user):
    client = Client()
    client.force_login(user)
    page.context.clear_cookies()
    page.context.add_cookies(
        [{"name": django_settings.SESSION_COOKIE_NAME, "value": client.cookies["sessionid"].value, "url": site}]
    )


def visit_all(page, urls):
    """Open each address and return what ran or was left dangerous, per address."""
    ran = []
    page.on("dialog", lambda dialog: (ran.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("console", lambda msg: ran.append(f"console: {msg.text}") if "xss" in msg.text.lower() else None)
    # An uncaught error means some script ran and failed half-way: a payload, or our own code tripping over one.
    page.on("pageerror", lambda error: ran.append(f"page error: {error}"))
    problems = {}
    for url in urls:
        response = page.goto(url, wait_until="load")
        assert response.status < 500, (url, response.status)
        found = page.evaluate(INSPECT) + ran[:]
        ran.clear()
        if found:
            problems[url] = found
    return problems


def test_no_vector_runs_on_the_article_home_topic_and_profile_pages(page, site, hostile_site, external_requests):
    data = hostile_site
    users = data["users"]
    urls = [
        site + "/",
        site + data["topic"].get_absolute_url(),
        site + data["article"].get_absolute_url(),
        site + data["author"].get_absolute_url(),
        *(site + u.get_absolute_url() for u in users),
    ]
    assert visit_all(page, urls) == {}
    assert external_requests == []


def test_no_vector_runs_in_search_results_or_the_search_box(page, site, hostile_site, external_requests):
    urls = [f"{site}/search/?q={quote(vector)}" for vector in VECTORS]
    assert visit_all(page, urls) == {}
    assert external_requests == []


def test_no_vector_runs_for_a_signed_in_hostile_user_in_menus_and_forms(page, site, hostile_site, external_requests):
    # Attribute-breaking names are the dangerous ones in form values and the header's user menu.
    breaking = [u for u in hostile_site["users"] if '"' in u.display_name or "'" in u.display_name][:8]
    assert len(breaking) == 8
    problems = {}
    for user in breaking:
        EmailAddress.objects.get_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
        sign_in(page, site, user)
        problems.update(visit_all(page, [site + "/settings/", site + hostile_site["article"].get_absolute_url()]))
    assert problems == {}
    assert external_requests == []


def test_the_inspector_catches_live_vectors(page, site, external_requests):
    """Control: the same checks see a vector that does run, so a pass above means something."""
    page.goto(site + "/healthz")
    dialogs, console = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda msg: console.append(msg.text))
    with (
        page.expect_request(lambda request: request.url.startswith(OUTSIDE)),
        page.expect_console_message(lambda message: message.text == "xss"),
    ):
        page.set_content(
            '<a href="java\tscript:window.__xss=1">x</a><img src=x onerror="window.__xss=1">'
            "<svg><a href='javascript:alert(2)'></a></svg><img src=y onerror=alert(3)>"
            f"<img src=z onerror=\"console.log('xss')\"><img src='{OUTSIDE}/pixel.png'>"
        )
    page.wait_for_function("() => window.__xss === 1")
    found = page.evaluate(INSPECT)
    assert "window.__xss set" in found
    assert any("A href=java" in f for f in found)
    assert any("onerror" in f for f in found)
    assert dialogs == ["3"]
    assert "xss" in console
    assert any(url.startswith(OUTSIDE) for url in external_requests)
