"""A backup taken with backup_db brings back the original data and media after they changed."""

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent


def manage(env, *args, input=None):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        input=input,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def topic_names(env):
    code = "from articles.models import Topic; print(sorted(Topic.objects.filter(slug__startswith='bk-').values_list('name', flat=True)))"
    return manage(env, "shell", "-v0", "--no-imports", "-c", code).strip()


@pytest.fixture
def database_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'site.sqlite3'}"
        return
    if connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL variant runs when the suite runs on PostgreSQL")
    if not shutil.which("pg_dump") or not shutil.which("pg_restore"):
        pytest.skip("pg_dump/pg_restore are not installed")
    params = {k: v for k, v in connection.get_connection_params().items() if k in ("host", "port", "user", "password")}
    name = f"tw_backup_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    user = params.get("user", "postgres")
    yield f"postgres://{user}@{params.get('host', '127.0.0.1')}:{params.get('port', 5432)}/{name}"
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_restore_brings_back_the_database_and_media_as_they_were_at_backup_time(database_url, tmp_path):
    media = tmp_path / "media"
    (media / "avatars").mkdir(parents=True)
    (media / "avatars" / "maya.jpg").write_bytes(b"original picture")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "twitchsite.settings.test",
        "DATABASE_URL": database_url,
        "DJANGO_MEDIA_ROOT": str(media),
    }
    manage(env, "migrate", "-v0")
    manage(
        env,
        "shell",
        "-v0",
        "--no-imports",
        "-c",
        "from articles.models import Topic; Topic.objects.create(name='Original', slug='bk-1')",
    )
    backup = tmp_path / "backup"
    manage(env, "backup_db", str(backup), "--media")

    manage(
        env,
        "shell",
        "-v0",
        "--no-imports",
        "-c",
        "from articles.models import Topic; Topic.objects.filter(slug='bk-1').update(name='Changed');"
        "Topic.objects.create(name='Added later', slug='bk-2')",
    )
    (media / "avatars" / "maya.jpg").write_bytes(b"overwritten")
    (media / "avatars" / "later.jpg").write_bytes(b"new")
    assert topic_names(env) == "['Added later', 'Changed']"

    manage(env, "restore_db", str(backup), "--media", "--noinput")

    assert topic_names(env) == "['Original']"
    assert (media / "avatars" / "maya.jpg").read_bytes() == b"original picture"
    assert not (media / "avatars" / "later.jpg").exists()
    # The site still works on the restored database: migrations are all applied.
    assert "[ ]" not in manage(env, "showmigrations", "articles")


def test_restore_asks_before_replacing_data(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "twitchsite.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}",
    }
    manage(env, "backup_db", str(tmp_path / "backup"))
    result = subprocess.run(
        [sys.executable, "manage.py", "restore_db", str(tmp_path / "backup")],
        cwd=ROOT,
        env=env,
        input="no\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "cancelled" in result.stderr
