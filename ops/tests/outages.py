"""Take the database or the cache away at the connection level (no mocks of our code) and bring them back.

The cache is a real Redis reached through a TCP proxy; the database is PostgreSQL through the same kind of proxy, or
an SQLite file whose folder is moved away and back. Stopping the proxy cuts live connections and refuses new ones,
as a server restart or a network cut does; starting it again is the recovery.
"""

import contextlib
import copy
import shutil
import socket
import sqlite3
import tempfile
from pathlib import Path

import pytest
from django.db import connections
from django.db.utils import load_backend
from django.test import override_settings

from .proxy import TcpProxy

REDIS = ("127.0.0.1", 6379)
REDIS_DB = 5  # secops' own database number


def redis_available():
    try:
        socket.create_connection(REDIS, timeout=0.5).close()
    except OSError:
        return False
    return True


needs_redis = pytest.mark.skipif(not redis_available(), reason="Redis is not running on 127.0.0.1:6379")


@contextlib.contextmanager
def redis_cache_behind_a_proxy():
    """Make the default cache a real Redis reached through a TcpProxy; yield the proxy (stop = outage)."""
    with TcpProxy(*REDIS) as proxy:
        cache = {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": f"redis://127.0.0.1:{proxy.port}/{REDIS_DB}",
                "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 2, "SOCKET_TIMEOUT": 2},
            }
        }
        with override_settings(CACHES=cache):
            yield proxy


class _SqliteFile:
    """An SQLite database file in its own folder; stop() moves the folder away, start() puts it back."""

    def __init__(self, connection):
        self.connection = connection
        self.folder = Path(connection.settings_dict["NAME"]).parent
        self.away = self.folder.with_name(self.folder.name + "-away")

    def stop(self):
        # A production request closes its SQLite connection when it ends (CONN_MAX_AGE 0); the test client keeps it
        # open between requests, so close it here: the next request must open the file, which is gone.
        self.connection.close()
        self.folder.rename(self.away)

    def start(self):
        self.away.rename(self.folder)


@contextlib.contextmanager
def database_behind_a_switch(alias="default"):
    """Serve alias from a copy of the test database that the test can take away; yield it (stop(), start()).

    PostgreSQL: the same test database, reached through a TcpProxy. SQLite: the in-memory test database copied to a
    file. Needs a transactional test (django_db(transaction=True)), so the new connection sees the test's rows.
    """
    original = connections[alias]
    settings_dict = copy.deepcopy(original.settings_dict)
    folder = None
    if original.vendor == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix="twitchsite-outage-")) / "db"
        folder.mkdir()
        settings_dict["NAME"] = str(folder / "site.sqlite3")
        original.ensure_connection()
        copy_to = sqlite3.connect(settings_dict["NAME"])
        original.connection.backup(copy_to)
        copy_to.close()
        settings_dict["TEST"] = {"NAME": settings_dict["NAME"]}
    else:
        proxy = TcpProxy(settings_dict["HOST"] or "127.0.0.1", int(settings_dict["PORT"] or 5432)).start()
        settings_dict.update(HOST="127.0.0.1", PORT=proxy.port)
    switched = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, alias)
    connections[alias] = switched
    switch = _SqliteFile(switched) if folder else proxy
    try:
        yield switch
    finally:
        switched.close()
        connections[alias] = original
        if folder:
            if switch.away.exists():
                switch.start()
            shutil.rmtree(folder.parent, ignore_errors=True)
        else:
            proxy.stop()
