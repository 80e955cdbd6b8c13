"""Send reads to the read replica and writes to the primary (settings add it when DATABASE_REPLICA_URL is set).

Reads made inside a transaction on the primary stay on the primary: services read, lock (select_for_update) and write
in one atomic block, and must see their own writes. Replication lag can still hide a write from the *next* request for
a moment; docs/deploy.md says how the deployment keeps that short and where it matters.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connections

_primary_only = ContextVar("reads_from_primary", default=False)


@contextmanager
def reads_from_primary():
    """Send every read in the block to the primary, e.g. to render a page stored for everyone (articles/page_cache).

    A page rendered from a lagging replica right after a change would be stored under the new version and shown
    to every reader until the next change; misses are few, so reading them from the primary costs little.
    """
    token = _primary_only.set(True)
    try:
        yield
    finally:
        _primary_only.reset(token)


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints):
        if _primary_only.get() or connections["default"].in_atomic_block:
            return "default"
        instance = hints.get("instance")
        if instance is not None and instance._state.db:
            # Keep related lookups on the database the object came from.
            return instance._state.db
        return "replica"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        # Both aliases hold the same data: relations between their objects are fine.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # Only the primary is migrated; the replica follows it through replication.
        return db == "default"
