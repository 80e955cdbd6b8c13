"""Back up and restore the database (SQLite backup API or pg_dump/pg_restore) and the media folder (tar)."""

import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connections

SQLITE_FILE = "db.sqlite3"
POSTGRES_FILE = "db.dump"
MEDIA_FILE = "media.tar.gz"


class BackupError(Exception):
    """The backup or restore could not be done; the message says why."""


def _pg_command(program, settings_dict):
    """Return the argument list and environment to run a PostgreSQL client program against the database."""
    if not shutil.which(program):
        raise BackupError(f"{program} is not installed (apt-get install postgresql-client)")
    args = [program, "--no-password"]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings_dict.get(key):
            args += [flag, str(settings_dict[key])]
    env = dict(os.environ)
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    return args, env


def database_backup(*, target_dir, database="default"):
    """Write a consistent copy of the database into target_dir and return its path."""
    conn = connections[database]
    target_dir = Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    if conn.vendor == "sqlite":
        target = target_dir / SQLITE_FILE
        # The backup API copies a consistent snapshot while the site keeps writing (WAL included).
        source = sqlite3.connect(conn.settings_dict["NAME"])
        dest = sqlite3.connect(target)
        try:
            with dest:
                source.backup(dest)
        finally:
            dest.close()
            source.close()
        return target
    if conn.vendor == "postgresql":
        target = target_dir / POSTGRES_FILE
        args, env = _pg_command("pg_dump", conn.settings_dict)
        args += ["--format=custom", "--no-owner", "--file", str(target), conn.settings_dict["NAME"]]
        _run(args, env)
        return target
    raise BackupError(f"no backup method for {conn.vendor}")


def database_restore(*, source_dir, database="default"):
    """Replace the database's content with the backup in source_dir."""
    conn = connections[database]
    source_dir = Path(source_dir)
    connections[database].close()
    if conn.vendor == "sqlite":
        source_path = source_dir / SQLITE_FILE
        if not source_path.exists():
            raise BackupError(f"{source_path} does not exist")
        source = sqlite3.connect(source_path)
        dest = sqlite3.connect(conn.settings_dict["NAME"])
        try:
            with dest:
                source.backup(dest)
        finally:
            dest.close()
            source.close()
        return source_path
    if conn.vendor == "postgresql":
        source_path = source_dir / POSTGRES_FILE
        if not source_path.exists():
            raise BackupError(f"{source_path} does not exist")
        args, env = _pg_command("pg_restore", conn.settings_dict)
        # One transaction: a restore that fails half-way leaves the database as it was.
        args += [
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            "--dbname",
            conn.settings_dict["NAME"],
            str(source_path),
        ]
        _run(args, env)
        return source_path
    raise BackupError(f"no restore method for {conn.vendor}")


def media_backup(*, target_dir):
    """Write the media folder as a gzipped tar file into target_dir and return its path."""
    target = Path(target_dir) / MEDIA_FILE
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(target, "w:gz") as tar:
        if media_root.exists():
            tar.add(media_root, arcname=".")
    return target


def media_restore(*, source_dir):
    """Replace the media folder with the one in source_dir; the previous folder is kept beside it."""
    source = Path(source_dir) / MEDIA_FILE
    if not source.exists():
        raise BackupError(f"{source} does not exist")
    media_root = Path(settings.MEDIA_ROOT)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    unpacked = Path(tempfile.mkdtemp(prefix=".media-restore-", dir=media_root.parent))
    with tarfile.open(source, "r:gz") as tar:
        tar.extractall(unpacked, filter="data")  # "data" refuses absolute paths, links out and device files
    if media_root.exists():
        kept = media_root.with_name(media_root.name + ".before-restore")
        shutil.rmtree(kept, ignore_errors=True)
        media_root.rename(kept)
    unpacked.rename(media_root)
    return source


def _run(args, env):
    # The arguments come from settings and the command line of an operator, never from a request.
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{args[0]} failed: {result.stderr.strip()}")
