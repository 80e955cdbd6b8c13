"""Load and concurrency: N clients post comments and replies against gunicorn for S seconds.

    python tests/load/comments_load.py --database sqlite --seconds 10 --clients 50
    python tests/load/comments_load.py --database postgres --pg-url postgres://postgres@127.0.0.1:5432/postgres

Checks: every comment the server accepted (302) is in the database exactly once, double submits (the same form
posted twice) save one comment, no 5xx answer, no "database is locked" anywhere, and the stored count is exact.
Exits 1 when a check fails. Standard library only, so it runs wherever the site runs.
"""

import argparse
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode, urlparse

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_python(env, code, *args):
    result = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode:
        sys.exit(f"setup failed:\n{result.stderr}")
    return result.stdout


def django_call(env, call):
    return run_python(env, f"import django; django.setup(); from tests.load import fixtures; fixtures.{call}")


class Client(threading.Thread):
    """One signed-in reader who keeps posting comments, replies and the occasional double submit."""

    def __init__(self, *, port, session, article, deadline, shared):
        super().__init__(daemon=True)
        self.port, self.session, self.article, self.deadline, self.shared = port, session, article, deadline, shared
        self.cookies = {"sessionid": session}
        self.conn = None

    def request(self, method, path, body=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()), "Host": "127.0.0.1"}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}/"
        for attempt in range(2):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                data = response.read().decode("utf-8", "replace")
                break
            except (http.client.HTTPException, OSError):
                self.conn = None
                if attempt:
                    raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, response.getheader("Location", ""), data

    def run(self):
        shared = self.shared
        try:
            status, _, page = self.request("GET", self.article["url"])
            if status != 200:
                shared.record("setup", status, page)
                return
            csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
            token = re.search(r'name="token" value="([^"]+)"', page).group(1)
            n = 0
            while time.monotonic() < self.deadline:
                n += 1
                key = str(uuid.uuid4())
                fields = {
                    "csrfmiddlewaretoken": csrf,
                    "token": token,
                    "submission_key": key,
                    "notify_replies": "on",
                    "body": f"Load comment {n} from session {self.session[:8]}: {key}",
                }
                with shared.lock:
                    parent = random.choice(shared.comment_ids) if shared.comment_ids and random.random() < 0.4 else None
                if parent:
                    fields["parent"] = str(parent)
                body = urlencode(fields)
                tries = 2 if random.random() < 0.1 else 1  # a double submit: the same form posted twice
                locations = set()
                for _ in range(tries):
                    status, location, data = self.request("POST", f"/comments/post/{self.article['pk']}/", body)
                    shared.record("post", status, data)
                    if status == 302:
                        locations.add(location)
                if locations:
                    match = re.search(r"#comment-(\d+)", next(iter(locations)))
                    with shared.lock:
                        shared.accepted.add(key)
                        if tries == 2:
                            shared.double_submits += 1
                            if len(locations) != 1:
                                shared.problems.append(f"double submit landed on {sorted(locations)}")
                        if match:
                            shared.comment_ids.append(int(match.group(1)))
        except Exception as exc:  # noqa: BLE001 - a client that dies is a finding, reported below
            shared.record("client-error", 0, repr(exc))


class Shared:
    def __init__(self):
        self.lock = threading.Lock()
        self.accepted = set()
        self.comment_ids = []
        self.statuses = Counter()
        self.problems = []
        self.double_submits = 0

    def record(self, kind, status, data):
        with self.lock:
            self.statuses[status] += 1
            if status >= 500 or status == 0 or kind == "setup":
                self.problems.append(f"{kind} {status}: {data[:200]}")
            if "database is locked" in data:
                self.problems.append(f"{kind} {status}: database is locked")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument(
        "--pg-url", default=os.environ.get("CI_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    )
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="twitchsite-load-"))
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.load.settings", "PYTHONPATH": str(ROOT)}
    scratch_db = None
    if args.database == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{work / 'load.sqlite3'}"
    else:
        import psycopg

        server = urlparse(args.pg_url)
        scratch_db = f"tw_load_{uuid.uuid4().hex[:8]}"
        admin_url = server._replace(path="/postgres").geturl()
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{scratch_db}"')
        env["DATABASE_URL"] = server._replace(path=f"/{scratch_db}").geturl()
    server_process = None
    try:
        subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
        data = json.loads(django_call(env, f"build({args.clients})"))
        port = free_port()
        log = open(work / "gunicorn.log", "w")  # noqa: SIM115 - closed in finally
        server_process = subprocess.Popen(
            [
                sys.executable, "-m", "gunicorn", "twitchsite.wsgi:application",
                "--bind", f"127.0.0.1:{port}", "--workers", str(args.workers), "--threads", str(args.threads),
                "--timeout", "60", "--error-logfile", "-",
            ],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        for _ in range(300):
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    break
            except OSError:
                pass
            time.sleep(0.1)
        else:
            sys.exit("gunicorn did not start:\n" + (work / "gunicorn.log").read_text())

        shared = Shared()
        deadline = time.monotonic() + args.seconds
        article = {"pk": data["article_pk"], "url": data["article_url"]}
        clients = [
            Client(port=port, session=s, article=article, deadline=deadline, shared=shared) for s in data["sessions"]
        ]
        started = time.monotonic()
        for c in clients:
            c.start()
        for c in clients:
            c.join(timeout=args.seconds + 120)
        elapsed = time.monotonic() - started
    finally:
        if server_process:
            server_process.send_signal(signal.SIGTERM)
            server_process.wait(timeout=30)
    try:
        (work / "accepted.json").write_text(json.dumps(sorted(shared.accepted)))
        result = json.loads(django_call(env, f"verify({str(work / 'accepted.json')!r})"))
        server_log = (work / "gunicorn.log").read_text()
    finally:
        if scratch_db:
            with psycopg.connect(admin_url, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{scratch_db}" WITH (FORCE)')
    if "database is locked" in server_log:
        shared.problems.append("server log: database is locked")
    if "Traceback" in server_log:
        shared.problems.append("server log has a traceback:\n" + server_log[server_log.index("Traceback") :][:2000])
    if result["missing"]:
        shared.problems.append(f"{len(result['missing'])} accepted comments are missing")
    if result["duplicated"]:
        shared.problems.append(f"{len(result['duplicated'])} comments are stored twice")
    if not result["count_exact"]:
        shared.problems.append("the article's stored comment count is not exact")
    if not shared.accepted:
        shared.problems.append("no comment was accepted")

    print(
        f"{args.database}: {args.clients} clients, {elapsed:.1f} s: {result['accepted']} comments accepted "
        f"({result['replies']} replies, {shared.double_submits} double submits), {result['stored']} stored, "
        f"{len(shared.accepted) / elapsed:.1f} comments/s; answers {dict(sorted(shared.statuses.items()))}"
    )
    if result["unannounced"]:
        print(f"note: {len(result['unannounced'])} stored comments whose answer a client did not get")
    if shared.problems:
        print("FAILED:\n  " + "\n  ".join(shared.problems[:20]))
        sys.exit(1)
    print("OK: every accepted comment stored exactly once, no 5xx, no 'database is locked'")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
