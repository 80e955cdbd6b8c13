"""The settings and wiring that let the site run on several machines (docs/deploy.md)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.db import connections, transaction
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django_tasks import default_task_backend

from twitchsite.db_router import PrimaryReplicaRouter, reads_from_primary
from twitchsite.email import message_from_dict, message_to_dict

ROOT = Path(__file__).resolve().parent.parent
TASK_MAIL = {
    "EMAIL_BACKEND": "twitchsite.email.TaskEmailBackend",
    "TASKS_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
}


def production_settings(**env):
    """Return a few settings as the production settings compute them from env."""
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({'storage': s.STORAGES['default'], 'static_url': s.STATIC_URL, "
        "'db': {k: {'OPTIONS': v.get('OPTIONS', {}), 'CONN_MAX_AGE': v['CONN_MAX_AGE'], 'NAME': v['NAME']} "
        "for k, v in s.DATABASES.items()}, 'routers': s.DATABASE_ROUTERS, 'sessions': s.SESSION_ENGINE, "
        "'email': s.EMAIL_BACKEND, 'tasks': s.TASKS['default']['BACKEND'], 'cache': s.CACHES['default']['BACKEND'], "
        "'page_cache': s.PAGE_CACHE_ENABLED, 'page_cache_timeout': s.PAGE_CACHE_TIMEOUT}, default=str))"
    )
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE", "CACHE_URL"))}
    base.update(
        DJANGO_SETTINGS_MODULE="twitchsite.settings.production",
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="www.example.com",
        DJANGO_SITE_URL="https://www.example.com",
        **env,
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=base, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_production_defaults_keep_local_media_persistent_connections_and_direct_email():
    s = production_settings()
    assert s["storage"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert s["routers"] == []
    assert s["sessions"] == "django.contrib.sessions.backends.db"
    assert s["email"] != "twitchsite.email.TaskEmailBackend"
    assert s["static_url"] == "/static/"
    assert s["page_cache"] is True


def test_every_documented_database_media_and_mail_switch_reaches_the_settings():
    s = production_settings(
        DATABASE_URL="postgres://app@db1.example.com:5432/twitchsite",
        DJANGO_CONN_MAX_AGE="300",
        DJANGO_AWS_STORAGE_BUCKET_NAME="tw-media",
        DJANGO_AWS_S3_REGION_NAME="eu-west-3",
        DJANGO_AWS_ACCESS_KEY_ID="key-id",
        DJANGO_AWS_SECRET_ACCESS_KEY="secret",
        DJANGO_AWS_S3_CUSTOM_DOMAIN="media.example.com",
        DJANGO_AWS_LOCATION="uploads",
        DJANGO_AWS_QUERYSTRING_AUTH="true",
        DJANGO_TASKS_BACKEND="django_tasks_db.DatabaseBackend",
        DJANGO_EMAIL_IN_BACKGROUND="false",
        EMAIL_URL="smtp+tls://user:pw@smtp.example.com:587",
    )
    assert s["db"]["default"]["CONN_MAX_AGE"] == 300
    options = s["storage"]["OPTIONS"]
    assert (options["region_name"], options["access_key"], options["secret_key"]) == ("eu-west-3", "key-id", "secret")
    assert (options["custom_domain"], options["location"], options["querystring_auth"]) == (
        "media.example.com",
        "uploads",
        True,
    )
    assert s["tasks"] == "django_tasks_db.DatabaseBackend"
    assert s["email"] == "django.core.mail.backends.smtp.EmailBackend"  # kept direct despite the task queue

    pooled = production_settings(
        DATABASE_URL="postgres://app@db1.example.com:5432/twitchsite",
        DJANGO_DB_POOL="1",
        DJANGO_DB_POOL_MIN_SIZE="4",
        DJANGO_DB_POOL_MAX_SIZE="12",
        DJANGO_DB_POOL_TIMEOUT="3",
    )
    assert pooled["db"]["default"]["OPTIONS"]["pool"] == {"min_size": 4, "max_size": 12, "timeout": 3}


def test_redis_cache_and_page_cache_switches():
    s = production_settings(
        CACHE_URL="redis://cache.example.com:6379/1", DJANGO_PAGE_CACHE="false", DJANGO_PAGE_CACHE_TIMEOUT="120"
    )
    assert s["cache"] == "django_redis.cache.RedisCache"
    assert s["page_cache"] is False
    assert s["page_cache_timeout"] == 120


def test_static_files_are_fingerprinted_compressed_and_cached_for_a_year_or_more(tmp_path):
    """Collect the static files with the production settings and fetch one as a browser (or a CDN) would."""
    (tmp_path / "static_settings.py").write_text(
        "from twitchsite.settings.production import *  # noqa\n"
        f"STATIC_ROOT = {str(tmp_path / 'collected')!r}\n"
        "SECURE_SSL_REDIRECT = False\n"
    )
    code = (
        "import django, json; django.setup()\n"
        "from django.core.management import call_command\n"
        "from django.templatetags.static import static\n"
        "call_command('collectstatic', interactive=False, verbosity=0)\n"
        "from django.test import Client\n"
        "url = static('css/site.css')\n"
        "client = Client(HTTP_HOST='www.example.com')\n"
        "hashed = client.get(url, HTTP_ACCEPT_ENCODING='gzip')\n"
        "plain = client.get('/static/css/site.css')\n"
        "print(json.dumps({'url': url, 'status': hashed.status_code, 'encoding': hashed.get('Content-Encoding'), "
        "'cache': hashed.get('Cache-Control'), 'vary': hashed.get('Vary'), 'plain_cache': plain.get('Cache-Control'), "
        "'files': sorted(p.name for p in (__import__('pathlib').Path(django.conf.settings.STATIC_ROOT) / 'css').iterdir())}))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE", "CACHE_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="static_settings",
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="www.example.com",
        DJANGO_SITE_URL="https://www.example.com",
        PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)]),
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    # The template tag names the fingerprinted copy, so a changed file gets a new URL and old copies never go stale.
    assert result["url"].startswith("/static/css/site.") and result["url"] != "/static/css/site.css"
    fingerprinted = result["url"].rsplit("/", 1)[1]
    assert fingerprinted + ".gz" in result["files"]
    assert result["status"] == 200
    assert result["encoding"] == "gzip"
    assert "Accept-Encoding" in result["vary"]
    max_age = int(result["cache"].split("max-age=")[1].split(",")[0])
    assert max_age >= 365 * 24 * 3600
    assert "immutable" in result["cache"]
    # The unfingerprinted name still works (old links), with the shorter but still long WHITENOISE_MAX_AGE.
    assert "max-age=31536000" in result["plain_cache"]


def test_environment_switches_on_s3_media_cdn_static_pool_replica_redis_sessions_and_background_email():
    s = production_settings(
        DJANGO_AWS_STORAGE_BUCKET_NAME="tw-media",
        DJANGO_AWS_S3_ENDPOINT_URL="https://s3.example.com",
        DJANGO_STATIC_URL="https://cdn.example.com/static/",
        DATABASE_URL="postgres://app@db1.example.com:5432/twitchsite",
        DATABASE_REPLICA_URL="postgres://app@db2.example.com:5432/twitchsite",
        DJANGO_DB_POOL="1",
        DJANGO_SESSION_ENGINE="django.contrib.sessions.backends.cached_db",
        DJANGO_TASKS_BACKEND="django_tasks_db.DatabaseBackend",
        EMAIL_URL="smtp+tls://user:pw@smtp.example.com:587",
    )
    assert s["storage"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert s["storage"]["OPTIONS"]["bucket_name"] == "tw-media"
    assert s["storage"]["OPTIONS"]["endpoint_url"] == "https://s3.example.com"
    assert s["static_url"] == "https://cdn.example.com/static/"
    assert s["db"]["default"]["OPTIONS"]["pool"]["max_size"] >= 1
    assert s["db"]["default"]["CONN_MAX_AGE"] == 0  # Django refuses a pool with persistent connections
    assert s["db"]["replica"]["OPTIONS"]["pool"] == s["db"]["default"]["OPTIONS"]["pool"]
    assert s["routers"] == ["twitchsite.db_router.PrimaryReplicaRouter"]
    assert s["sessions"] == "django.contrib.sessions.backends.cached_db"
    assert s["email"] == "twitchsite.email.TaskEmailBackend"
    assert s["tasks"] == "django_tasks_db.DatabaseBackend"


def test_router_reads_from_the_replica_and_writes_to_the_primary():
    router = PrimaryReplicaRouter()
    assert router.db_for_read(None) == "replica"
    assert router.db_for_write(None) == "default"
    assert router.allow_migrate("replica", "articles") is False
    assert router.allow_migrate("default", "articles") is True


def test_router_keeps_reads_inside_a_primary_transaction_on_the_primary(db):
    router = PrimaryReplicaRouter()
    with transaction.atomic():
        assert connections["default"].in_atomic_block
        assert router.db_for_read(None) == "default"


def test_router_sends_reads_to_the_primary_inside_reads_from_primary():
    router = PrimaryReplicaRouter()
    with reads_from_primary():
        assert router.db_for_read(None) == "default"
    assert router.db_for_read(None) == "replica"


@override_settings(PAGE_CACHE_ENABLED=True)
def test_a_page_rendered_for_the_page_cache_reads_from_the_primary(db, client):
    """A lagging replica must not put an old page into the cache for everyone after a change."""
    from articles import page_cache
    from articles.tests.factories import ArticleFactory

    article = ArticleFactory()
    seen = []

    def view(request, slug):
        seen.append(PrimaryReplicaRouter().db_for_read(None))
        return HttpResponse("<p>page</p>", content_type="text/html")

    cached_view = page_cache.anonymous_page(view, scope="article")
    request = RequestFactory().get(article.get_absolute_url())
    request.COOKIES, request.user = {}, AnonymousUser()
    cached_view(request, slug=article.slug)
    assert seen == ["default"]


@override_settings(**TASK_MAIL, TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
def test_mail_is_queued_as_a_task_and_sent_when_the_worker_runs_it():
    default_task_backend.clear()
    message = mail.EmailMultiAlternatives("New comment", "Plain text", "site@example.org", ["maya@example.org"])
    message.attach_alternative("<p>HTML</p>", "text/html")
    message.send()
    assert mail.outbox == []  # nothing sent during the request
    [queued] = default_task_backend.results
    queued.task.call(*queued.args, **queued.kwargs)  # what the worker does
    [sent] = mail.outbox
    assert sent.subject == "New comment"
    assert sent.to == ["maya@example.org"]
    assert sent.alternatives[0][0] == "<p>HTML</p>"


@override_settings(**TASK_MAIL)
def test_mail_goes_out_at_once_with_the_default_immediate_task_backend():
    mail.send_mail("Hello", "Body", "site@example.org", ["reader@example.org"])
    assert [m.subject for m in mail.outbox] == ["Hello"]


def test_message_round_trip_keeps_headers_copies_and_attachments():
    message = mail.EmailMessage(
        "Export",
        "See attached",
        "site@example.org",
        ["a@example.org"],
        bcc=["b@example.org"],
        reply_to=["help@example.org"],
        headers={"List-Unsubscribe": "<https://example.org/mute/x/>"},
    )
    message.attach("data.json", b'{"a": 1}', "application/json")
    copy = message_from_dict(json.loads(json.dumps(message_to_dict(message))))
    assert copy.bcc == ["b@example.org"]
    assert copy.reply_to == ["help@example.org"]
    assert copy.extra_headers["List-Unsubscribe"] == "<https://example.org/mute/x/>"
    assert copy.attachments[0][:2] == ("data.json", b'{"a": 1}')
