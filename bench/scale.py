"""`make scale`: time the pages that grow with the data, at two data sizes, on PostgreSQL, in-process.

For each size (S and M by default) the run drops and re-creates its own database (twitchsite_scale_s, ...), builds a
seeded data set in it with bulk inserts, then times each page with Django's test client: one warm-up request, then the
median of a few, with the page cache bypassed. Writes bench/SCALE.md (which also says how) and bench/scale.json.

    python bench/scale.py                       # S and M
    python bench/scale.py --sizes S,M,L         # L: 100,000 articles, 1,000,000 comments (several GB, slow)
    python bench/scale.py --reuse               # migrate and time the data sets already built, without rebuilding
    python bench/scale.py --before old.json     # add an earlier run's table to SCALE.md, labelled as before
    python bench/scale.py report --before old.json   # write SCALE.md again from scale.json, without measuring

Run one size in this process (what the parent runs, with bench.settings and DATABASE_URL set):

    python bench/scale.py size S [--reuse]      # prints a JSON summary on its last line
"""

import argparse
import html
import json
import os
import random
import re
import secrets
import statistics
import subprocess
import sys
import time
import urllib.parse
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))

from bench.dataset import WORDS, _section_body, _sentence  # noqa: E402

WORK = BENCH / "work"
SERVER = "postgres://postgres@127.0.0.1:5432"
NOCACHE = {"X-Bench-Nocache": "1"}
COMMON_WORD = "sleep"  # in the vocabulary of every generated text: matches nearly every article
RARE_WORD = "quokka"  # in the summary and one section of RARE_ARTICLES articles only
RARE_ARTICLES = 5
SECTIONS_PER_ARTICLE = 5
BODY_TEMPLATES = 40  # section texts rendered once, reused by every section
COMMENT_BODIES = 500
MAX_DEPTH = 5
REPEATS = 5
SLOW_S = 3.0  # a warm-up slower than this is followed by one timed request, not REPEATS
MAX_HOPS = 3000  # pagination links followed to reach the deepest topic page
BIGGEST_TOPIC = "health"  # holds a third of the articles, so its last page is deep


@dataclass(frozen=True)
class Size:
    articles: int
    comments: int
    users: int
    authors: int
    span_days: int  # the articles are published over this many days, newest yesterday


SIZES = {
    "S": Size(articles=200, comments=3_500, users=300, authors=20, span_days=400),
    "M": Size(articles=20_000, comments=200_000, users=20_000, authors=200, span_days=2_000),
    "L": Size(articles=100_000, comments=1_000_000, users=100_000, authors=1_000, span_days=4_000),
}


def log(message):
    """Print a progress line on stderr (stdout carries the child's JSON)."""
    print(f"[scale {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- building a data set (runs in the child, with Django set up) -------------------------------------------------------


def build(size, rng):
    """Fill the migrated, empty database with one data set; return the seconds each step took."""
    from django.db import connection, transaction
    from django.utils import timezone

    from articles.models import Topic

    now = timezone.now().replace(microsecond=0)
    steps = {}
    with transaction.atomic():
        started = time.perf_counter()
        users = _users(size, rng)
        steps["users"] = time.perf_counter() - started
        topics = list(Topic.objects.order_by("order", "name"))
        plan = _plan_articles(size, topics, users[: size.authors], rng, now)
        comments, counts = _plan_comments(size, plan, users, rng, now)
        started = time.perf_counter()
        article_ids = _insert_articles(plan, counts)
        steps["articles"] = time.perf_counter() - started
        started = time.perf_counter()
        _insert_sections(plan, article_ids, rng)
        steps["sections"] = time.perf_counter() - started
        started = time.perf_counter()
        _copy_comments(comments, article_ids)
        steps["comments"] = time.perf_counter() - started
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # what autovacuum would have done on a live site
    steps["vacuum_analyze"] = time.perf_counter() - started
    return {key: round(value, 1) for key, value in steps.items()}


def _users(size, rng):
    """Create the users (the first ones are the authors) and a superuser for the admin; return the users' ids."""
    from django.contrib.auth.hashers import make_password

    from accounts.models import User

    unusable = make_password(None)
    users = (
        User(
            username=f"scale-{i}",
            email=f"scale-{i}@example.org",
            handle=f"scale-{i}",
            display_name=f"{'Author' if i < size.authors else 'Reader'} {i} {rng.choice(WORDS).title()}",
            location=rng.choice(["", "", "Leeds", "Lyon", "Austin", "Porto"]),
            password=unusable,
            is_staff=i < size.authors,
        )
        for i in range(size.users)
    )
    created = User.objects.bulk_create(users, batch_size=5_000)
    User.objects.create_superuser("scale-admin", "scale-admin@example.org", None, handle="scale-admin")
    return [user.pk for user in created]


def _plan_articles(size, topics, author_ids, rng, now):
    """Return one dict per article: mostly published, every 40th a draft, every 400th scheduled."""
    health = next((t for t in topics if t.slug == BIGGEST_TOPIC), topics[0])
    step = timedelta(days=size.span_days) / size.articles
    rare_every = max(size.articles // RARE_ARTICLES, 1)
    plan = []
    for i in range(size.articles):
        title = _sentence(rng, rng.randint(4, 8))[:-1]
        published_at = now - timedelta(days=1) - step * i
        status = "published"
        if i % 40 == 39:
            status, published_at = "draft", None
        elif i % 400 == 13:
            published_at = now + timedelta(days=1 + i % 30)
        summary = _sentence(rng, 18)
        rare = i % rare_every == 7 and status == "published" and published_at < now
        plan.append(
            {
                "title": title,
                "slug": f"{i}-{title.lower().replace(' ', '-')}"[:200],
                "topic": health if i % 3 == 0 else topics[i % len(topics)],
                "author_id": author_ids[i % len(author_ids)],
                "summary": f"{summary[:-1]} {RARE_WORD}." if rare else summary,
                "status": status,
                "published_at": published_at,
                "rare": rare,
            }
        )
    return plan


def _insert_articles(plan, counts):
    """Insert the articles with their published comment counts; return their ids in plan order."""
    from articles.models import Article

    articles = [
        Article(
            title=row["title"],
            slug=row["slug"],
            topic=row["topic"],
            author_id=row["author_id"],
            summary=row["summary"],
            status=row["status"],
            published_at=row["published_at"],
            updated_on=row["published_at"],
            comment_count=counts.get(index, 0),
        )
        for index, row in enumerate(plan)
    ]
    return [article.pk for article in Article.objects.bulk_create(articles, batch_size=2_000)]


def _body_templates(rng):
    """Return (markdown, html) pairs rendered once: BODY_TEMPLATES common texts, then the one with the rare word."""
    from articles.rendering import render_markdown

    bodies = [_section_body(rng) for _ in range(BODY_TEMPLATES)]
    bodies.append(f"{_section_body(rng)}\nA {RARE_WORD} sleeps in the shade.\n")
    return [(body, render_markdown(body)) for body in bodies]


def _insert_sections(plan, article_ids, rng):
    """Insert SECTIONS_PER_ARTICLE text sections per article, reusing the pre-rendered texts."""
    from articles.models import Section

    templates = _body_templates(rng)
    batch = []
    for row, article_id in zip(plan, article_ids, strict=True):
        for order in range(SECTIONS_PER_ARTICLE):
            body, body_html = templates[-1] if row["rare"] and order == 2 else rng.choice(templates[:-1])
            heading = _sentence(rng, rng.randint(2, 5))[:-1]
            batch.append(Section(article_id=article_id, order=order, heading=heading, body=body, body_html=body_html))
        if len(batch) >= 5_000:
            Section.objects.bulk_create(batch)
            batch = []
    Section.objects.bulk_create(batch)


# -- comments: planned in memory with their ids, then copied in one COPY ----------------------------------------------


def _plan_comments(size, plan, user_ids, rng, now):
    """Return the comment rows and each article's count of published comments (by plan index)."""
    live = [i for i, row in enumerate(plan) if row["status"] == "published" and row["published_at"] < now]
    # A few articles draw most comments: weights fall with a random popularity rank.
    ranks = list(range(len(live)))
    rng.shuffle(ranks)
    weights = [1 / (rank + 5) for rank in ranks]
    per_article = {}
    for index in rng.choices(live, weights=weights, k=size.comments):
        per_article[index] = per_article.get(index, 0) + 1
    bodies = [" ".join(_sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(COMMENT_BODIES)]
    rows, counts, next_id = [], {}, 1
    for index in sorted(per_article):
        thread = _thread(per_article[index], plan[index], next_id, user_ids, bodies, rng, now)
        next_id += len(thread)
        rows.extend(dict(row, article=index) for row in thread)
        counts[index] = sum(1 for row in thread if row["status"] == "published" and not row["is_deleted"])
    return rows, counts


def _thread(count, article, first_id, user_ids, bodies, rng, now):
    """Return count comments on one article: about 40% top-level, the rest replies up to MAX_DEPTH levels."""
    from comments.models import PATH_STEP

    start = article["published_at"]
    gap = (now - timedelta(hours=2) - start) / (count + 1)
    nodes = []
    for k in range(count):
        node = {"id": first_id + k, "parent_id": None, "root_id": None, "depth": 0, "path": "", "reply_seq": 0}
        if nodes and rng.random() > 0.4:
            parent = rng.choice(nodes)
            if parent["depth"] == MAX_DEPTH - 1:
                parent = nodes[parent["parent_id"] - first_id]
            parent["reply_seq"] += 1
            node.update(
                parent_id=parent["id"],
                root_id=parent["root_id"] or parent["id"],
                depth=parent["depth"] + 1,
                path=f"{parent['path']}{parent['reply_seq']:0{PATH_STEP}d}",
            )
        author = article["author_id"] if rng.random() < 0.03 else rng.choice(user_ids)
        created_at = start + gap * (k + 1)
        node.update({"author_id": author, "created_at": created_at, "body": rng.choice(bodies)})
        node.update(_moderation(rng, created_at))
        nodes.append(node)
    return nodes


def _moderation(rng, created_at):
    """Return the status fields of one comment: mostly published, a few held, spam, removed or deleted."""
    draw = rng.random()
    if draw < 0.02:
        return {"status": "pending", "status_reason": "First comment: held for moderation", "is_deleted": False}
    if draw < 0.035:
        return {"status": "spam", "status_reason": "Looks like spam", "is_deleted": False}
    if draw < 0.04:
        return {"status": "removed", "status_reason": "", "is_deleted": False}
    if draw < 0.05:
        deleted = {"body": "", "deleted_at": created_at + timedelta(hours=1)}
        return {"status": "published", "status_reason": "", "is_deleted": True, **deleted}
    return {"status": "published", "status_reason": "", "is_deleted": False}


def _copy_comments(rows, article_ids):
    """Write the planned comments with COPY (every concrete column, defaults for the ones not planned)."""
    from django.db import connection

    from comments.models import Comment

    fields = [f for f in Comment._meta.concrete_fields if not getattr(f, "generated", False)]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    defaults = {f.attname: f.get_default() for f in fields}
    table = Comment._meta.db_table
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                values = {**defaults, **row, "article_id": article_ids[row["article"]]}
                copy.write_row([values[f.attname] for f in fields])
        cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))")


def counts():
    """Return the number of rows of each table the data set fills."""
    from accounts.models import User
    from articles.models import Article, Section
    from comments.models import Comment

    return {
        "articles": Article.objects.count(),
        "published_articles": Article.objects.published().count(),
        "sections": Section.objects.count(),
        "comments": Comment.objects.count(),
        "held_comments": Comment.objects.filter(status=Comment.Status.PENDING).count(),
        "users": User.objects.count(),
    }


# -- timing pages (runs in the child) -----------------------------------------------------------------------------------


def _backend_cpu():
    """Return the CPU seconds used so far by this process's PostgreSQL backend (local server only), or None."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _request(client, path):
    """Return the response to one GET of path with its wall-clock, Python CPU and database CPU seconds."""
    db_before, cpu_before, started = _backend_cpu(), time.process_time(), time.perf_counter()
    response = client.get(path, headers=NOCACHE)
    body = b"".join(response) if response.streaming else response.content
    wall, cpu, db_after = time.perf_counter() - started, time.process_time() - cpu_before, _backend_cpu()
    db = db_after - db_before if db_before is not None and db_after is not None else None
    return response, body, {"wall": wall, "cpu": cpu, "db_cpu": db}


def measure(client, path):
    """Time path: one warm-up request, then the median of REPEATS (or of one, when the page is slow)."""
    response, body, warm = _request(client, path)
    samples = [_request(client, path)[2] for _ in range(REPEATS if warm["wall"] < SLOW_S else 1)]
    result = {"path": path, "status": response.status_code, "bytes": len(body), "n": len(samples)}
    for key in ("wall", "cpu", "db_cpu"):
        values = [s[key] for s in samples if s[key] is not None]
        result[key] = round(statistics.median(values), 4) if values else None
    result["warmup"] = round(warm["wall"], 4)
    return result


def _get(client, path):
    """Return the text of path (not timed)."""
    response = client.get(path, headers=NOCACHE)
    body = b"".join(response) if response.streaming else response.content
    return body.decode("utf-8", "replace")


def _local(url):
    """Return the path and query of an absolute or relative address."""
    parts = urllib.parse.urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def sitemap_sections(client):
    """Return the first and last section of sitemap.xml when it is an index, else nothing."""
    text = _get(client, "/sitemap.xml")
    if "<sitemapindex" not in text:
        return []
    locs = [_local(html.unescape(loc)) for loc in re.findall(r"<loc>\s*([^<]+?)\s*</loc>", text)]
    return [
        ("sitemap_first", "sitemap.xml, first section", locs[0]),
        ("sitemap_last", "sitemap.xml, last section", locs[-1]),
    ]


def _links(path, text):
    """Return (href, rel, text) of every link on a page, made relative to the site."""
    found = []
    for attrs, label in re.findall(r"<a\b([^>]*)>(.*?)</a>", text, flags=re.S):
        href = re.search(r'href="([^"]*)"', attrs)
        rel = re.search(r'rel="([^"]*)"', attrs)
        if href:
            url = _local(urllib.parse.urljoin(path, html.unescape(href.group(1))))
            found.append((url, rel.group(1) if rel else "", re.sub(r"<[^>]+>", "", label).strip().lower()))
    return found


def _page_number(url):
    """Return the ?page= number of an address, or None."""
    values = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query).get("page", [""])
    return int(values[0]) if values[0].isdigit() else None


def deepest_page(client, start):
    """Follow a listing's pagination links from start to its deepest page: "last", else the highest number, else next."""
    url, seen = start, {start}
    for _ in range(MAX_HOPS):
        text = _get(client, url)
        links = [
            link
            for link in _links(url, text)
            if urllib.parse.urlsplit(link[0]).path == urllib.parse.urlsplit(start).path
        ]
        links = [link for link in links if link[0] not in seen and urllib.parse.urlsplit(link[0]).query]
        last = [link for link in links if "last" in link[1].split() or link[2] in ("last", "oldest")]
        here = _page_number(url) or 1
        numbered = sorted((n, link) for link in links if (n := _page_number(link[0])) and n > here)
        following = [link for link in links if "next" in link[1].split()]
        chosen = last[:1] or [link for _n, link in numbered[-1:]] or following[:1]
        if not chosen:
            return url
        url = chosen[0][0]
        seen.add(url)
    return url


def held_filter(client):
    """Return the admin comment list filtered to comments awaiting moderation, as its sidebar links to it."""
    base = "/admin/comments/comment/"
    text = _get(client, base)
    for url, _rel, _label in _links(base, text):
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        if any(key.startswith("status") and values == ["pending"] for key, values in query.items()):
            return url
    return f"{base}?status__exact=pending"


def pages(anonymous, admin):
    """Return (key, label, client, path) of every page to time, found by following the site's own links."""
    rows = [
        ("search_common", f'search, a common word ("{COMMON_WORD}")', anonymous, f"/search/?q={COMMON_WORD}"),
        ("search_rare", f'search, a rare word ("{RARE_WORD}")', anonymous, f"/search/?q={RARE_WORD}"),
        ("sitemap", "sitemap.xml", anonymous, "/sitemap.xml"),
        *((key, label, anonymous, path) for key, label, path in sitemap_sections(anonymous)),
        ("admin_comments", "admin, comments list (all)", admin, "/admin/comments/comment/"),
        ("admin_held", "admin, comments awaiting moderation", admin, held_filter(admin)),
        ("home", "home", anonymous, "/"),
        ("topic_last", f"topic ({BIGGEST_TOPIC}), deepest page", anonymous, None),
    ]
    return [(k, label, c, p or deepest_page(anonymous, f"/topics/{BIGGEST_TOPIC}/")) for k, label, c, p in rows]


def time_pages():
    """Time every page of pages() on the data set in the configured database; return one result per page."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from accounts.models import User

    # One connection for the whole run, so its backend's CPU can be read before and after each request.
    connection.close()
    connection.settings_dict["CONN_MAX_AGE"] = None
    anonymous, admin = Client(raise_request_exception=False), Client(raise_request_exception=False)
    admin.force_login(User.objects.get(username="scale-admin"))
    results = {}
    for key, label, client, path in pages(anonymous, admin):
        log(f"{label}: {path}")
        results[key] = {"label": label, **measure(client, path)}
        log(f"  {results[key]['status']}, {results[key]['wall'] * 1000:.1f} ms (median of {results[key]['n']})")
    assert settings.PAGE_CACHE_BYPASS_HEADER == "HTTP_X_BENCH_NOCACHE"
    return results


def run_size(name, reuse):
    """Build (unless reuse) and time one data set in this process; return its summary."""
    import django

    django.setup()
    from django.core.management import call_command

    summary = {"size": name, "spec": asdict(SIZES[name])}
    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)  # with --reuse: the code's new migrations, if any
    summary["migrate_s"] = round(time.perf_counter() - started, 1)
    if not reuse:
        started = time.perf_counter()
        summary["build_steps_s"] = build(SIZES[name], random.Random(16))
        summary["build_s"] = round(time.perf_counter() - started, 1)
        log(f"{name}: built in {summary['build_s']} s {summary['build_steps_s']}")
    summary["counts"] = counts()
    load_before = os.getloadavg()[0]
    summary["pages"] = time_pages()
    # The machine may be shared: the 1-minute load average around the timing says how busy it was.
    summary["load_1min"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    return summary


# -- the parent: one child process per size, then the report -----------------------------------------------------------


def child_env(database, static_root):
    """Return the environment of one size's child: bench settings on that size's own database."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "testserver,127.0.0.1",
        "DJANGO_SITE_URL": "http://testserver",
        "DATABASE_URL": f"{SERVER}/{database}",
        "CACHE_URL": f"locmemcache://{database}",
        "BENCH_STATIC_ROOT": str(static_root),
        "DJANGO_MEDIA_ROOT": str(WORK / "scale-media"),
        "PYTHONPATH": str(ROOT),
    }


def run_child(name, database, reuse, static_root):
    """Run one size in a child process (settings are per process); return its summary."""
    from bench.run import recreate_database

    env = child_env(database, static_root)
    if not reuse:
        recreate_database(env["DATABASE_URL"], "postgresql")
    started = time.perf_counter()
    argv = [sys.executable, str(Path(__file__)), "size", name, *(["--reuse"] if reuse else [])]
    result = subprocess.run(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    if result.returncode:
        sys.exit(f"size {name} failed (exit {result.returncode})")
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    summary["elapsed_s"] = round(time.perf_counter() - started, 1)
    return summary


def collect_static(static_root):
    """Collect the static files once: the production storage renders pages only from its manifest."""
    env = child_env("postgres", static_root)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True
    )


def _ms(seconds):
    """Return seconds as milliseconds, or as seconds from 10 s up."""
    return "–" if seconds is None else f"{seconds * 1000:,.1f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def table(results, key="wall"):
    """Return the Markdown table page | S | M | M/S (or whatever sizes the run has) of one measure."""
    names = list(results["sizes"])
    first, last = names[0], names[-1]
    head = f"| Page | {' | '.join(names)} | {last}/{first} |\n|---|{'---:|' * len(names)}---:|"
    lines = [head]
    for page, row in results["sizes"][first]["pages"].items():
        cells = [results["sizes"][n]["pages"].get(page, {}) for n in names]
        values = [cell.get(key) for cell in cells]
        ratio = f"{values[-1] / values[0]:,.1f}x" if values[0] and values[-1] is not None else "–"
        marks = ["" if cell.get("status", 200) == 200 else f" ({cell['status']})" for cell in cells]
        text = [f"{_ms(v)}{m}" for v, m in zip(values, marks, strict=True)]
        lines.append(f"| {row['label']} | {' | '.join(text)} | {ratio} |")
    return "\n".join(lines)


def write_markdown(results, path, before=None):
    """Write SCALE.md: the wall-clock table, the CPU split, the data sets and how they were measured."""
    m, sizes = results["machine"], results["sizes"]
    urls = "\n".join(
        f"- {row['label']}: "
        + ", ".join(_address(n, sizes[n]["pages"][key]) for n in sizes if key in sizes[n]["pages"])
        for key, row in next(iter(sizes.values()))["pages"].items()
    )
    text = f"""# Pages as the data grows

Written by `make scale` (bench/scale.py) on {results["finished_at"]}, commit `{results["commit"]}`.
Machine: {m["cpu"]}, {m["cores"]} cores, {m["ram"]}, {m["os"]}; {results["database"]}, Django {results["django"]}.
Load average (1, 5, 15 min) before: {m["load_before"]}, after: {results["load_after"]}.

Data sets (seeded, each in its own database):

{_datasets(sizes)}

## Time per request (wall clock, median)

{table(results)}

{_over_budget(results)}

## CPU per request (median)

Django (this process, `time.process_time`):

{table(results, "cpu")}

PostgreSQL (the connection's backend process, from /proc, in steps of 10 ms):

{table(results, "db_cpu")}

Wall clock well above the sum of both means waiting: for the disk, or for a machine busy with other work.
{_before_section(before)}
## Method

In-process with Django's test client and `bench.settings` (the production settings with the benchmark's switches),
PostgreSQL on 127.0.0.1, local-memory cache, every request carrying `X-Bench-Nocache: 1` so the page cache is bypassed.
Each page: one warm-up request, then the median of {REPEATS} requests (of one when the warm-up took over {SLOW_S:.0f} s;
marked n=1 below). The admin pages are requested as a superuser. Addresses come from the site's own links: the
sitemap's sections from its index, the moderation filter from the admin sidebar, the topic's deepest page by
following its pagination links.

{urls}

Articles: every 40th a draft and every 400th scheduled; a third in the Health topic. Each has {SECTIONS_PER_ARTICLE}
text sections drawn from {BODY_TEMPLATES} texts rendered once; "{RARE_WORD}" appears in {RARE_ARTICLES} articles,
"{COMMON_WORD}" in nearly all. Comments go to a few popular articles more than to others, about 40% top-level and
the rest replies up to {MAX_DEPTH} levels; 2% awaiting moderation, 1.5% spam, 0.5% removed, 1% deleted by their author.
"""
    path.write_text(text)


def _datasets(sizes):
    """Return one line per data set: its rows and how long building it took."""
    lines = []
    for name, s in sizes.items():
        c = s["counts"]
        line = (
            f"- {name}: {c['articles']:,} articles ({c['published_articles']:,} published), {c['sections']:,} "
            f"sections, {c['comments']:,} comments ({c['held_comments']:,} awaiting moderation), {c['users']:,} users"
        )
        if "build_s" in s:
            steps = ", ".join(f"{step.replace('_', ' ')} {sec:.1f} s" for step, sec in s["build_steps_s"].items())
            line += f"; built in {s['build_s']:.0f} s ({steps}) after migrating in {s['migrate_s']:.0f} s"
        if "load_1min" in s:
            line += f"; load average while timing: {s['load_1min'][0]:.1f} to {s['load_1min'][1]:.1f}"
        lines.append(line)
    return "\n".join(lines)


def _over_budget(results, budget=2.0):
    """Return a sentence naming the pages whose time at the largest size is over budget times the smallest's."""
    sizes = list(results["sizes"].values())
    if len(sizes) < 2:
        return ""
    first, last = sizes[0]["pages"], sizes[-1]["pages"]
    over = [row["label"] for key, row in first.items() if key in last and last[key]["wall"] > budget * row["wall"]]
    names = f"{sizes[-1]['size']} against {sizes[0]['size']}"
    return f"Over {budget:g}x ({names}): {'; '.join(over)}." if over else f"Every page within {budget:g}x ({names})."


def _address(name, page):
    """Return the address a page was timed at, marked when it was timed once."""
    return f"{name} `{page['path']}`" + (" (n=1)" if page["n"] == 1 else "")


def _before_section(before):
    """Return the section of SCALE.md with an earlier run's table, or nothing."""
    if not before:
        return ""
    return f"""
## Before the change (measured on commit `{before["commit"]}`, {before["finished_at"]})

{_datasets(before["sizes"])}

{table(before)}
"""


def machine_and_versions():
    """Return what SCALE.md says about the machine, the database and the code."""
    import django
    import psycopg

    from bench.run import machine

    with psycopg.connect(f"{SERVER}/postgres") as conn:
        version = conn.execute("SHOW server_version").fetchone()[0].split()[0]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    if commit.returncode:
        commit.stdout, dirty = os.environ.get("SCALE_COMMIT", "(not a git checkout)"), ""
    return {
        "machine": machine(),
        "database": f"PostgreSQL {version}",
        "django": django.get_version(),
        "commit": commit.stdout.strip() + (" with uncommitted changes" if dirty else ""),
    }


def parse_args(argv):
    """Return the command line's options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", default="all", choices=["all", "size", "report"])
    parser.add_argument("name", nargs="?", help="the size, for the size command")
    parser.add_argument("--sizes", default="S,M", help="comma-separated sizes (S, M, L)")
    parser.add_argument("--reuse", action="store_true", help="time the data sets already built")
    parser.add_argument("--prefix", default="twitchsite_scale", help="database names: PREFIX_s, PREFIX_m, ...")
    parser.add_argument("--before", help="an earlier run's JSON, added to SCALE.md as the table before a change")
    parser.add_argument("--output", default=str(BENCH), help="folder for SCALE.md and scale.json")
    return parser.parse_args(argv)


def main(argv):
    """Run every size and write the report, or run one size (the child), or write the report again."""
    args = parse_args(argv)
    out = Path(args.output)
    before = json.loads(Path(args.before).read_text()) if args.before else None
    if args.command == "size":
        print(json.dumps(run_size(args.name, args.reuse), default=str))
        return
    if args.command == "report":
        write_markdown(json.loads((out / "scale.json").read_text()), out / "SCALE.md", before)
        return
    results = {**machine_and_versions(), "sizes": {}}
    static_root = WORK / "scale-static"
    collect_static(static_root)
    for name in args.sizes.split(","):
        log(f"size {name}: {asdict(SIZES[name])}")
        results["sizes"][name] = run_child(name, f"{args.prefix}_{name.lower()}", args.reuse, static_root)
    results["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    results["finished_at"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    (out / "scale.json").write_text(json.dumps(results, indent=2, default=str) + "\n")
    write_markdown(results, out / "SCALE.md", before)
    print(table(results))
    print(f"\nWrote {out / 'SCALE.md'} and {out / 'scale.json'}.")


if __name__ == "__main__":
    main(sys.argv[1:])
