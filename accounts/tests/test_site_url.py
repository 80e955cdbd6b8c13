"""The site's own address (DJANGO_SITE_URL): what `make run PORT=N` sets and production insists on."""

import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core import mail

from articles.tests.factories import ArticleFactory
from comments import services
from comments.tests.factories import VerifiedUserFactory

ROOT = Path(__file__).resolve().parents[2]


def settings_in_a_fresh_process(module, **env):
    """Return (exit code, output) of printing COMMENTS_SITE_URL with settings module and env (None: unset)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE", "CACHE_URL"))}
    environ.update({k: v for k, v in env.items() if v is not None}, DJANGO_SETTINGS_MODULE=module)
    code = "import django; django.setup(); from django.conf import settings; print(settings.COMMENTS_SITE_URL)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=environ, capture_output=True, text=True)
    return done.returncode, done.stdout.strip() + done.stderr


@pytest.mark.django_db
def test_reply_notification_links_open_the_reply_and_mute_on_the_site_url(
    client, settings, django_capture_on_commit_callbacks
):
    settings.COMMENTS_SITE_URL = "http://127.0.0.1:8601"
    settings.COMMENTS_HOLD_FIRST = False
    article = ArticleFactory()
    asker = VerifiedUserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        question = services.comment_post(article=article, author=asker, body="Does it stop by itself?")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        reply = services.comment_post(article=article, author=VerifiedUserFactory(), body="Mine did.", parent=question)

    (message,) = [m for m in mail.outbox if m.to == [asker.email]]
    links = re.findall(r"https?://\S+", message.body)
    assert len(links) == 2
    assert all(link.startswith("http://127.0.0.1:8601/") for link in links)
    assert message.extra_headers["List-Unsubscribe"] == f"<{links[1]}>"
    read, mute = (urlsplit(link) for link in links)
    assert read.path == reply.get_absolute_url()
    opened = client.get(read.path, follow=True)
    assert opened.status_code == 200 and f'id="comment-{reply.pk}"' in opened.content.decode()
    assert client.get(mute.path).status_code == 200


def test_the_site_url_comes_from_the_environment_as_make_run_sets_it():
    code, out = settings_in_a_fresh_process("twitchsite.settings.dev", DJANGO_SITE_URL="http://127.0.0.1:8601")

    assert (code, out) == (0, "http://127.0.0.1:8601")


def test_production_settings_refuse_to_start_without_a_site_url():
    required = {"DJANGO_SECRET_KEY": "x" * 50, "DJANGO_ALLOWED_HOSTS": "www.example.com"}

    code, out = settings_in_a_fresh_process("twitchsite.settings.production", **required, DJANGO_SITE_URL=None)
    assert code != 0
    assert "ImproperlyConfigured" in out and "DJANGO_SITE_URL" in out

    code, out = settings_in_a_fresh_process(
        "twitchsite.settings.production", **required, DJANGO_SITE_URL="https://www.example.com"
    )
    assert (code, out) == (0, "https://www.example.com")
