"""`make bench`: build the data set, serve it with gunicorn and production settings, drive it with wrk.

Every figure in one run comes from the same server process and the same data, so the ratios to the minimal view
compare like with like. Writes bench/results.json and bench/RESULTS.md and prints the table. See bench/README.md.

Options (environment or command line): --duration (seconds per target, default 10), --connections (16),
--wrk-threads (2), --workers (2), --threads (4), --port (a free one). BENCH_DATABASE_URL / BENCH_CACHE_URL override the
database and cache the harness picks (PostgreSQL and Redis on 127.0.0.1 when they answer, else SQLite and local memory).
"""

import argparse
import html.parser
import json
import os
import platform
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WORK = BENCH / "work"
PY = sys.executable
BIG = "/articles/bench-big-thread/"

# Budgets from the performance issue: share of the minimal view's requests/s.
BUDGETS = {"article_cached": 0.60, "article_uncached": 0.15, "article_signed_in": 0.10}
PICTURES = "/articles/bench-pictures/"
ROUND_PAUSE_S = 1.0
# The pictures article must cost no more than the plain article of the same size (ratio of requests/s).
PICTURE_PAIRS = {"article_pictures_cached": "article_cached", "article_pictures_uncached": "article_uncached"}

LUA_REPORT = r"""
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "errors_connect": %d, "errors_read": %d, ' ..
    '"errors_write": %d, "errors_status": %d, "errors_timeout": %d, "p50_us": %d, "p90_us": %d, "p95_us": %d, ' ..
    '"p99_us": %d, "mean_us": %.1f, "max_us": %d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.mean, latency.max))
end
"""

# Each wrk thread posts comments with its own counter, so no two bodies are equal (the duplicate check stays on), and
# with its own submission key (a repeated key would be answered as a double submit, without saving anything).
# wrk.format() replaces wrk.headers when given a table, so the command line's headers (the cookies) are copied in.
LUA_POST = r"""
local counter = 0
local fields = os.getenv("BENCH_POST_FIELDS")
local body_field = os.getenv("BENCH_POST_BODY_FIELD")
local started = os.time()
local threads = {}
setup = function(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end
request = function()
  counter = counter + 1
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  local text = "Bench+comment+from+thread+" .. tostring(tid) .. "+number+" .. counter .. "+at+" .. started
  local key = string.format("%08x-%04x-4000-8000-%012x", started, tid, counter)
  return wrk.format("POST", nil, headers,
                    fields .. "&submission_key=" .. key .. "&" .. body_field .. "=" .. text)
end
"""


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


# -- environment ------------------------------------------------------------------------------------------------------


def port_open(host, port, timeout=0.5):
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def ensure_wrk():
    """Return the wrk binary, installing Debian's package when running as root."""
    found = shutil.which("wrk")
    if found:
        return found
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        log("installing wrk (apt-get install wrk)")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        if subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], env=env, capture_output=True).returncode:
            subprocess.run(["apt-get", "update", "-qq"], env=env, check=True, capture_output=True)
            subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], env=env, check=True, capture_output=True)
        found = shutil.which("wrk")
    if not found:
        sys.exit("wrk is missing: install it (Debian/Ubuntu: sudo apt-get install wrk; macOS: brew install wrk).")
    return found


def pick_database():
    """Return (url, kind): BENCH_DATABASE_URL, else PostgreSQL twitchsite_bench when it answers, else SQLite."""
    if os.environ.get("BENCH_DATABASE_URL"):
        url = os.environ["BENCH_DATABASE_URL"]
    elif os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        parts = urllib.parse.urlsplit(os.environ["DATABASE_URL"])
        url = urllib.parse.urlunsplit(parts._replace(path="/twitchsite_bench"))
    elif port_open("127.0.0.1", 5432):
        url = "postgres://postgres@127.0.0.1:5432/twitchsite_bench"
    else:
        url = f"sqlite:///{WORK / 'bench.sqlite3'}"
    return url, ("postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite")


def recreate_database(url, kind):
    """Start every run from an empty database, so the figures never depend on an earlier run."""
    if kind == "sqlite":
        path = Path(urllib.parse.urlsplit(url).path)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    import psycopg
    from psycopg import sql

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def pick_cache():
    if os.environ.get("BENCH_CACHE_URL"):
        return os.environ["BENCH_CACHE_URL"]
    if port_open("127.0.0.1", 6379):
        return "redis://127.0.0.1:6379/3?key_prefix=twitchsite-bench"
    return "locmemcache://twitchsite-bench"


def bench_env(args, db_url, db_kind, cache_url, static_root):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SITE_URL": f"http://127.0.0.1:{args.port}",
        "DJANGO_MEDIA_ROOT": str(static_root.parent / "media"),
        "DATABASE_URL": db_url,
        "CACHE_URL": cache_url,
        "BENCH_STATIC_ROOT": str(static_root),
        "PYTHONPATH": str(ROOT),
    }
    if db_kind == "postgresql":
        env["DJANGO_DB_POOL"] = "1"
        # One connection per gunicorn thread, opened up front.
        env["DJANGO_DB_POOL_MIN_SIZE"] = str(args.threads)
        env["DJANGO_DB_POOL_MAX_SIZE"] = str(args.threads)
    if cache_url.startswith("redis"):
        env["DJANGO_SESSION_ENGINE"] = "django.contrib.sessions.backends.cached_db"
    return env


def manage(env, *argv, capture=True):
    result = subprocess.run([PY, *argv], cwd=ROOT, env=env, capture_output=capture, text=True)
    if result.returncode:
        sys.exit(f"{' '.join(argv)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def dataset(env, *argv):
    out = manage(env, str(BENCH / "dataset.py"), *argv)
    return json.loads(out.strip().splitlines()[-1])


# -- machine and versions ---------------------------------------------------------------------------------------------


def machine():
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram": ram,
        "os": f"{platform.system()} {platform.release()}",
        "load_before": _load(),
    }


def _load():
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return ""


def _wrk_version(wrk):
    result = subprocess.run([wrk, "-v"], capture_output=True, text=True)
    first = (result.stdout or result.stderr).strip().splitlines()
    return " ".join(first[0].split()[:2]) if first else "wrk"


def versions(wrk, db_url, db_kind, cache_url):
    import django
    import gunicorn

    result = {
        "python": platform.python_version(),
        "django": django.get_version(),
        "gunicorn": gunicorn.__version__,
        "wrk": _wrk_version(wrk),
    }
    if db_kind == "postgresql":
        import psycopg

        with psycopg.connect(db_url.replace("postgres://", "postgresql://", 1)) as conn:
            result["database"] = conn.execute("SHOW server_version").fetchone()[0].split()[0]
            result["database"] = f"PostgreSQL {result['database']} (psycopg {psycopg.__version__}, pooled)"
    else:
        import sqlite3

        result["database"] = f"SQLite {sqlite3.sqlite_version}"
    if cache_url.startswith("redis"):
        import redis

        info = redis.Redis.from_url(cache_url.split("?")[0]).info("server")
        result["cache"] = f"Redis {info['redis_version']} (django-redis)"
    else:
        result["cache"] = "local memory (per process)"
    return result


# -- server ------------------------------------------------------------------------------------------------------------


class Server:
    def __init__(self, env, args):
        self.env, self.args = env, args
        self.base = f"http://127.0.0.1:{args.port}"
        self.proc = None

    def __enter__(self):
        if port_open("127.0.0.1", self.args.port):
            sys.exit(f"port {self.args.port} is busy: pass --port")
        self.logfile = open(WORK / "gunicorn.log", "w")  # noqa: SIM115
        command = [
            PY,
            "-m",
            "gunicorn",
            "twitchsite.wsgi:application",
            "--bind",
            f"127.0.0.1:{self.args.port}",
            "--workers",
            str(self.args.workers),
            "--threads",
            str(self.args.threads),
            "--worker-class",
            "gthread" if self.args.threads > 1 else "sync",
            "--backlog",
            "512",
            "--keep-alive",
            "5",
            "--log-level",
            "warning",
        ]
        self.proc = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=self.logfile, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                sys.exit(f"gunicorn exited; see {WORK / 'gunicorn.log'}")
            try:
                if self.get("/bench/minimal/")[0] == 200:
                    return self
            except OSError:
                time.sleep(0.3)
        sys.exit("gunicorn did not answer within 60 s")

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.logfile.close()

    def get(self, path, headers=None, data=None):
        request = urllib.request.Request(self.base + path, headers=headers or {}, data=data)
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            with opener.open(request, timeout=30) as response:
                return response.status, response.read().decode("utf-8", "replace"), response.headers
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace"), error.headers


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class FormFinder(html.parser.HTMLParser):
    """Find the comment form on a page: its action, hidden fields and the textarea's name."""

    def __init__(self):
        super().__init__()
        self.forms, self.current = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self.current = {"action": attrs.get("action") or "", "fields": {}, "textarea": None}
        elif self.current is not None and tag == "input" and attrs.get("name"):
            if (attrs.get("type") or "text") not in ("submit", "button", "checkbox"):
                self.current["fields"][attrs["name"]] = attrs.get("value") or ""
            elif attrs.get("type") == "checkbox" and "checked" in attrs:
                self.current["fields"][attrs["name"]] = attrs.get("value") or "on"
        elif self.current is not None and tag == "textarea":
            self.current["textarea"] = attrs.get("name")

    def handle_endtag(self, tag):
        if tag == "form" and self.current is not None:
            self.forms.append(self.current)
            self.current = None


def comment_form(server, cookie):
    """Return (action, urlencoded fields, body field, cookie header) of the comment form, or None."""
    status, page, headers = server.get(BIG, headers={"Cookie": cookie})
    if status != 200:
        return None
    finder = FormFinder()
    finder.feed(page)
    form = next((f for f in finder.forms if f["textarea"] and "csrfmiddlewaretoken" in f["fields"]), None)
    if form is None:
        return None
    cookies = [cookie]
    for value in headers.get_all("Set-Cookie") or []:
        cookies.append(value.split(";", 1)[0])
    action = urllib.parse.urljoin(BIG, form["action"] or BIG)
    fields = {name: value for name, value in form["fields"].items() if name != "submission_key"}
    return action, urllib.parse.urlencode(fields), form["textarea"], "; ".join(cookies)


# -- wrk -----------------------------------------------------------------------------------------------------------------


def process_tree_cpu(root_pid):
    """Return the CPU seconds (user + system) used so far by a process and its children (Linux /proc), or None."""
    total, found = 0, False
    try:
        entries = os.listdir("/proc")
    except OSError:
        return None
    for name in entries:
        if not name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{name}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) ": state, ppid, ..., utime, stime
        if int(name) == root_pid or int(fields[1]) == root_pid:
            total += int(fields[11]) + int(fields[12])
            found = True
    return total / os.sysconf("SC_CLK_TCK") if found else None


def run_wrk(wrk, server, args, path, *, headers=None, script=LUA_REPORT, extra_env=None, duration=None):
    script_path = WORK / "wrk-script.lua"
    script_path.write_text(script + LUA_REPORT if script is not LUA_REPORT else script)
    command = [
        wrk,
        "--threads",
        str(args.wrk_threads),
        "--connections",
        str(args.connections),
        "--duration",
        f"{duration or args.duration}s",
        "--timeout",
        "10s",
        "--latency",
        "--script",
        str(script_path),
    ]
    for name, value in (headers or {}).items():
        command += ["--header", f"{name}: {value}"]
    command.append(server.base + path)
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, **(extra_env or {})})
    line = next((x for x in result.stdout.splitlines() if x.startswith("BENCH_JSON ")), None)
    if line is None:
        sys.exit(f"wrk gave no result for {path}:\n{result.stdout}\n{result.stderr}")
    data = json.loads(line[len("BENCH_JSON ") :])
    data["rps"] = data["requests"] / (data["duration_us"] / 1e6)
    data["errors"] = sum(data[k] for k in data if k.startswith("errors_"))
    return data


def combine(rounds):
    """Return one target's figures from its rounds: totals for counts, the median round for latencies."""
    total = {k: sum(r[k] for r in rounds) for k in rounds[0] if k == "requests" or k.startswith(("errors", "bytes"))}
    total["duration_us"] = sum(r["duration_us"] for r in rounds)
    total["rps"] = total["requests"] / (total["duration_us"] / 1e6)
    for k in ("p50_us", "p90_us", "p95_us", "p99_us", "mean_us"):
        total[k] = statistics.median(r[k] for r in rounds)
    total["max_us"] = max(r["max_us"] for r in rounds)
    if all("server_cpu_s" in r for r in rounds) and total["requests"]:
        total["server_cpu_ms"] = round(sum(r["server_cpu_s"] for r in rounds) * 1000 / total["requests"], 3)
    total["rounds"] = [
        {"rps": round(r["rps"], 1), "p50_us": r["p50_us"], "p95_us": r["p95_us"], "errors": r["errors"]} for r in rounds
    ]
    return total


def targets(cookie, post):
    # Every request says what every browser says: gzip is welcome (wrk counts the bytes as sent, compressed or not).
    gz = {"Accept-Encoding": "gzip"}
    nocache = {**gz, "X-Bench-Nocache": "1"}
    items = [
        ("minimal", "Minimal Django view (same middleware)", "/bench/minimal/", gz, None),
        ("static_article", "Same article HTML as a static file (whitenoise)", "/static/bench/article.html", gz, None),
        # Each cached page next to its twin, so both follow the same kind of target (see the pause between rounds).
        ("article_cached", "Article, anonymous, cached (1,000 comments, page 1)", BIG, gz, None),
        ("article_pictures_cached", "Article with 6 pictures, anonymous, cached (1,000 comments)", PICTURES, gz, None),
        ("article_uncached", "Article, anonymous, uncached (1,000 comments, page 1)", BIG, nocache, None),
        (
            "article_pictures_uncached",
            "Article with 6 pictures, anonymous, uncached (1,000 comments)",
            PICTURES,
            nocache,
            None,
        ),
        ("topic", "Topic page", None, gz, None),
        ("home", "Home page", "/", gz, None),
        ("article_signed_in", "Article, signed in (1,000 comments, page 1)", BIG, {**gz, "Cookie": cookie}, None),
    ]
    if post:
        items.append(("comment_post", "Comment posting (signed in)", post[0], {**gz, "Cookie": post[3]}, post))
    return items


# -- report --------------------------------------------------------------------------------------------------------------


def table(results):
    minimal = results["targets"]["minimal"]["rps"]
    minimal_cpu = results["targets"]["minimal"].get("server_cpu_ms")
    lines = [
        "| Target | Requests/s | Rounds (req/s) | p50 ms | p95 ms | vs minimal | Budget | Server CPU ms/req "
        "| CPU vs minimal | kB/resp | Errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for key, row in results["targets"].items():
        ratio = row["rps"] / minimal if minimal else 0
        budget = BUDGETS.get(key)
        verdict = ""
        if budget is not None:
            verdict = f">= {budget:.0%}: {'met' if ratio >= budget else 'MISSED'}"
        cpu = row.get("server_cpu_ms")
        cpu_ratio = f"{minimal_cpu / cpu:.0%}" if cpu and minimal_cpu else ""
        each = [r["rps"] for r in row.get("rounds", [])]
        spread = f"{min(each):,.0f}-{max(each):,.0f}" if each else ""
        lines.append(
            f"| {row['label']} | {row['rps']:,.0f} | {spread} | {row['p50_us'] / 1000:.1f} | {row['p95_us'] / 1000:.1f} "
            f"| {ratio:.0%} | {verdict} | {'' if cpu is None else f'{cpu:.2f}'} | {cpu_ratio} "
            f"| {row['bytes'] / max(row['requests'], 1) / 1000:.1f} | {row['errors']} |"
        )
    return "\n".join(lines)


def tree_line(tree):
    if not tree.get("available"):
        return f"Comment tree: not measured ({tree.get('reason', 'no result')})."
    return (
        f"Comment tree: `{tree['function']}` built {tree['comments']:,} comments ({tree['threads']:,} threads) in "
        f"{tree['best_s']:.3f} s wall-clock, {tree['best_cpu_s']:.3f} s CPU (best of 3; budget < {tree['budget_s']} s: "
        f"{'met' if tree['met'] else 'MISSED'})."
    )


# What was done about the budgets (see bench/README.md, "What limits the ratios"). Printed when one is missed.
TRIED = """What was tried (each kept, each measured with this harness):

- The page cache keeps each page as byte pieces around the nonce and CSRF token, so a hit joins bytes instead of
  decoding, replacing and encoding 200 kB of text; the body is stored once by digest and each process keeps the
  bodies it served, so a hit moves a small entry from Redis, not 200 kB.
- Cached pages are gzipped without compressing them again (deflated once when stored, joined around uncompressed
  blocks for the nonce and token): 25 kB instead of 200 kB through gunicorn's socket, which had cost as much CPU as
  the whole Python part of a hit. Other responses go through GZipMiddleware.
- The consent middleware reads only which policy version is current from the shared cache; each process keeps the
  parsed versions, so a hit no longer unpickles the policy snapshot (about a fifth of a hit's CPU).
- The comment list is rendered by Jinja2 (autoescaping, compared byte for byte with the Django template it replaced
  by comments/tests/test_comment_list.py) from plain rows read with values_list() instead of model instances:
  the uncached page went from about 52 to about 29 ms of gunicorn CPU, the signed-in page from 63 to 39 ms.
- Rendering: comment authors' profile and picture URLs without a reverse() per person; comment text rendering is
  memoised; the comment section costs 3 queries and the page 5 (9 signed in) whatever the data.

What is left on a cache hit, per request, beyond the minimal view: the page entry with its version keys (one Redis
round trip), the current policy version (another), building the consent state and its CSP header, a new CSRF token
and cookie for a visitor who has none, the gzip trailer. The uncached and signed-in pages still render about 200
comments (50 threads and their replies) and the rest of the page (sections, navigation, consent dialog), about
25 to 35 ms of CPU against under a millisecond for the minimal view: 15% and 10% would need pages of a few
milliseconds, which means far fewer comments per page than the 50 threads the comments issue asks for, or
caching, which the "uncached" figure must not use."""


def pictures_report(results):
    """Return how the pictures article compares with the plain article of the same size, one line per pair."""
    lines = []
    for key, plain in PICTURE_PAIRS.items():
        row, base = results["targets"].get(key), results["targets"].get(plain)
        if not row or not base or not base["rps"]:
            continue
        ratio = row["rps"] / base["rps"]
        verdict = "no worse" if ratio >= 0.95 else "WORSE"
        lines.append(
            f"- {row['label']}: {row['rps']:,.0f} req/s, {ratio:.0%} of the plain article's {base['rps']:,.0f} "
            f"({verdict}; within 5% counts as the same on this shared machine)."
        )
    return ("\n## Pictures\n\n" + "\n".join(lines) + "\n") if lines else ""


def budget_report(results):
    """Return which ratio budgets this run missed, by how much, and what was tried; empty when all were met."""
    minimal = results["targets"]["minimal"]["rps"]
    missed = []
    for key, budget in BUDGETS.items():
        row = results["targets"].get(key)
        if row is None or not minimal:
            continue
        ratio = row["rps"] / minimal
        if ratio < budget:
            missed.append(
                f"- {row['label']}: {ratio:.1%} of the minimal view's requests/s against >= {budget:.0%}, "
                f"{(budget - ratio) * 100:.1f} points short ({row['rps']:,.0f} req/s; "
                f"{budget * minimal:,.0f} needed)."
            )
    minimal_cpu = results["targets"]["minimal"].get("server_cpu_ms")
    cpu = [
        f"{results['targets'][key]['label']}: {minimal_cpu / results['targets'][key]['server_cpu_ms']:.0%}"
        for key in BUDGETS
        if minimal_cpu and results["targets"].get(key, {}).get("server_cpu_ms")
    ]
    steadier = (
        "\nThe same ratios by gunicorn CPU per request, which move less with the machine's other load: "
        + "; ".join(cpu)
        + ". Runs minutes apart on this shared machine have given quite different requests/s ratios (see the rounds "
        "column); compare several runs before concluding.\n"
        if cpu
        else ""
    )
    if not missed:
        return "\nAll ratio budgets were met in this run.\n" + steadier
    return "\n## Budgets missed in this run\n\n" + "\n".join(missed) + "\n" + steadier + "\n" + TRIED + "\n"


def write_markdown(results, path):
    m, v, c = results["machine"], results["versions"], results["config"]
    text = f"""# Benchmark results

Written by `make bench` (bench/run.py) on {results["finished_at"]}; do not edit by hand. Method: bench/README.md.

## Machine

- CPU: {m["cpu"]}, {m["cores"]} cores; RAM {m["ram"]}; {m["os"]}
- Load average before the run: {m["load_before"]}; after: {m["load_after"]}
  (the machine may be shared: figures compare targets within this run, not across machines)

## Versions and configuration

- Python {v["python"]}, Django {v["django"]}, gunicorn {v["gunicorn"]}, {v["wrk"]}
- Database: {v["database"]}; cache: {v["cache"]}; sessions: {c["session_engine"]}
- gunicorn: {c["workers"]} workers x {c["threads"]} threads ({c["worker_class"]}); settings `bench.settings`
  (production settings with SECURE_SSL_REDIRECT off, the minimal view on, the page-cache bypass header and the
  comment spam timing/rate limits off for the posting run)
- wrk: {c["wrk_threads"]} threads, {c["connections"]} connections, `Accept-Encoding: gzip`; after a {c["warmup"]} s
  warm-up each, {c["duration"]} s per target in {c["rounds"]} rounds taking turns with the other targets (posting
  last); requests/s over all rounds, latencies of the median round; gunicorn CPU from /proc (master and workers,
  user + system; PostgreSQL, Redis and wrk not included)
- Data set: {results["dataset"]["articles"]} articles, {results["dataset"]["comments"]} comments
  ({results["dataset"]["big_article_comment_rows"]} on the measured article), {results["dataset"]["users"]} users

## Results

{table(results)}

{tree_line(results.get("tree", {}))}

{results["notes"]}
{pictures_report(results)}{budget_report(results)}"""
    path.write_text(text)


# -- main ----------------------------------------------------------------------------------------------------------------


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    e = os.environ.get
    p.add_argument("--duration", type=int, default=int(e("BENCH_DURATION", "15")))
    p.add_argument("--warmup", type=int, default=int(e("BENCH_WARMUP", "2")))
    p.add_argument("--rounds", type=int, default=int(e("BENCH_ROUNDS", "5")), help="turns per target (duration split)")
    p.add_argument("--connections", type=int, default=int(e("BENCH_CONNECTIONS", "16")))
    p.add_argument("--wrk-threads", type=int, default=int(e("BENCH_WRK_THREADS", "2")))
    p.add_argument("--workers", type=int, default=int(e("BENCH_WORKERS", "2")))
    p.add_argument("--threads", type=int, default=int(e("BENCH_THREADS", "4")))
    p.add_argument("--port", type=int, default=int(e("BENCH_PORT", "0")), help="default: a free port")
    p.add_argument("--only", default=e("BENCH_ONLY", ""), help="comma-separated target keys (default: all)")
    p.add_argument("--output", default=str(BENCH), help="folder for results.json and RESULTS.md")
    return p.parse_args()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    args = parse_args()
    args.port = args.port or free_port()
    started = time.monotonic()
    WORK.mkdir(exist_ok=True)
    wrk = ensure_wrk()
    info = machine()
    db_url, db_kind = pick_database()
    cache_url = pick_cache()
    static_root = Path(tempfile.mkdtemp(prefix="static-", dir=WORK))
    env = bench_env(args, db_url, db_kind, cache_url, static_root)
    log(f"database {db_kind} ({db_url}), cache {cache_url}")
    recreate_database(db_url, db_kind)
    log("collectstatic")
    manage(env, "manage.py", "collectstatic", "--noinput", "-v", "0")
    log("building the data set")
    summary = dataset(env, "build")
    log(f"data set: {summary}")
    topic_path = summary["big_article_topic"]
    dataset(env, "snapshot", BIG, str(static_root / "bench" / "article.html"))
    cookie = dataset(env, "session")["cookie"]
    before_posts = dataset(env, "count")["comments"]

    results = {
        "machine": info,
        "versions": versions(wrk, db_url, db_kind, cache_url),
        "config": {
            "workers": args.workers,
            "threads": args.threads,
            "worker_class": "gthread" if args.threads > 1 else "sync",
            "wrk_threads": args.wrk_threads,
            "connections": args.connections,
            "duration": args.duration,
            "warmup": args.warmup,
            "rounds": args.rounds,
            "database": db_kind,
            "cache": cache_url.split("://")[0],
            "session_engine": env.get("DJANGO_SESSION_ENGINE", "django.contrib.sessions.backends.db"),
        },
        "dataset": summary,
        "targets": {},
        "budgets": BUDGETS,
    }
    notes = []
    only = {x for x in args.only.split(",") if x}
    with Server(env, args) as server:
        post = comment_form(server, cookie) if summary["comments_app"] else None
        if post is None:
            notes.append("Comment posting was not measured: the article page has no comment form yet.")
        plan = []
        for key, label, path, headers, post_form in targets(cookie, post):
            if only and key not in only and key != "minimal":
                continue
            path = path or topic_path
            status, body, _ = server.get(path, headers=headers) if not post_form else (200, "", None)
            if status != 200:
                sys.exit(f"{label}: GET {path} answered {status}")
            script, extra = LUA_REPORT, None
            if post_form:
                script = LUA_POST
                extra = {"BENCH_POST_FIELDS": post_form[1], "BENCH_POST_BODY_FIELD": post_form[2]}
            plan.append((key, label, path, headers, script, extra))
        for _key, label, path, headers, script, extra in plan:
            if args.warmup:
                log(f"warm-up: {label}")
                run_wrk(wrk, server, args, path, headers=headers, script=script, extra_env=extra, duration=args.warmup)
        # The machine may be shared, and its load changes from one second to the next: each target runs in several
        # short rounds, taking turns with the others, so a busy moment weighs on all of them alike. Posting runs
        # last and alone: each new comment changes the article page (its comment count) and so its cache entry.
        reads = [item for item in plan if item[4] is LUA_REPORT]
        writes = [item for item in plan if item[4] is not LUA_REPORT]
        rounds = {key: [] for key, *_ in plan}
        schedule = [(r, item) for r in range(args.rounds) for item in reads]
        schedule += [(r, item) for item in writes for r in range(args.rounds)]
        slice_s = max(1, round(args.duration / args.rounds))
        for r, (key, label, path, headers, script, extra) in schedule:
            # Let the server finish what the previous round left queued (a slow page's backlog would otherwise be
            # counted in this round's CPU).
            time.sleep(ROUND_PAUSE_S)
            cpu_before = process_tree_cpu(server.proc.pid)
            row = run_wrk(wrk, server, args, path, headers=headers, script=script, extra_env=extra, duration=slice_s)
            cpu_after = process_tree_cpu(server.proc.pid)
            if cpu_before is not None and cpu_after is not None:
                row["server_cpu_s"] = cpu_after - cpu_before
            rounds[key].append(row)
            log(f"round {r + 1}/{args.rounds} {label}: {row['rps']:,.0f} req/s, p95 {row['p95_us'] / 1000:.1f} ms")
        for key, label, path, headers, _script, _extra in plan:
            row = combine(rounds[key])
            row.update(label=label, path=path, headers=sorted(headers))
            results["targets"][key] = row
            log(
                f"{label}: {row['rps']:,.0f} req/s, p50 {row['p50_us'] / 1000:.1f} ms, p95 {row['p95_us'] / 1000:.1f} "
                f"ms, gunicorn CPU {row.get('server_cpu_ms', float('nan')):.2f} ms/request"
            )

    if "comment_post" in results["targets"]:
        after_posts = dataset(env, "count")["comments"]
        row = results["targets"]["comment_post"]
        row["comments_created"] = after_posts - before_posts
        notes.append(
            f"Comment posting: wrk sent {row['requests']:,} posts (warm-up excluded: "
            f"{after_posts - before_posts:,} comments were created in all, warm-up included); each accepted post "
            "answers with a redirect."
        )
    log("comment tree: 100,000 comments in memory")
    results["tree"] = json.loads(manage(env, str(BENCH / "tree_bench.py")).strip().splitlines()[0])
    info["load_after"] = _load()
    results["finished_at"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    results["elapsed_s"] = round(time.monotonic() - started, 1)
    notes.append(f"Whole run: {results['elapsed_s']:.0f} s.")
    results["notes"] = "\n\n".join(notes)
    minimal = results["targets"]["minimal"]["rps"]
    results["ratios"] = {k: round(r["rps"] / minimal, 3) for k, r in results["targets"].items()}
    out = Path(args.output)
    (out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    write_markdown(results, out / "RESULTS.md")
    shutil.rmtree(static_root, ignore_errors=True)
    print()
    print(table(results))
    print(tree_line(results.get("tree", {})))
    print(f"\nWrote {out / 'results.json'} and {out / 'RESULTS.md'} in {results['elapsed_s']:.0f} s.")


if __name__ == "__main__":
    main()
