"""Build the benchmark's data set in its own database, and the fixtures wrk needs.

Run by bench/run.py with DJANGO_SETTINGS_MODULE=bench.settings and the bench database in DATABASE_URL:

    python bench/dataset.py build      # migrate, fill the database, print a JSON summary
    python bench/dataset.py session    # log the bench user in, print its session cookie as JSON
    python bench/dataset.py snapshot URL FILE   # save a page's HTML (for the static-file ceiling)
    python bench/dataset.py count      # print the number of comments on the big article

The data set (all generated, seeded, so every run builds the same one):
- 200 published articles with 5 Markdown sections each, spread over the 21 topics (Health holds a third of them, so
  its topic page has several pages), by 20 authors;
- the big article: 1,000 comments by 300 commenters, in 5 levels (250 top-level threads, so 5 comment pages of 50),
  with a few held, spam and deleted comments as a live site has, and replies by the article's author;
- the pictures article: like the big article (5 text sections, 1,000 comments in the same shape), plus a lead
  picture and 5 picture sections between its text sections, each picture with all its renditions;
- "50 comment pages": 50 further articles carry one full comment page each (50 top-level comments), so the comment
  table holds 3,500 rows and the page for one article has to find its own among them;
- a signed-in bench user with a verified e-mail address (comment posting requires one).
The comments part is skipped when the comments app has no Comment model yet.
"""

import gzip
import json
import os
import random
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

BIG_SLUG = "bench-big-thread"
PICTURES_SLUG = "bench-pictures"
PICTURE_SECTIONS = 5
BENCH_USER = "bench-reader"
N_ARTICLES = 200
N_AUTHORS = 20
N_COMMENTERS = 300
BIG_COMMENTS = 1000
BIG_ROOTS = 250
MAX_DEPTH = 5  # levels: depth 0..4
PAGE_ARTICLES = 50
PAGE_COMMENTS = 50

WORDS = (
    "sleep water walk muscle nerve rest stretch morning evening habit routine breath calm coffee tea magnesium "
    "doctor twitch eyelid calf tired stress screen break garden meal vegetable bread fruit bicycle stairs posture "
    "shoulder neck back knee week month year notice change simple small steady easy patient careful gentle"
).split()


def _sentence(rng, n=None):
    words = [rng.choice(WORDS) for _ in range(n or rng.randint(8, 16))]
    return " ".join(words).capitalize() + "."


def _paragraph(rng, sentences=4):
    return " ".join(_sentence(rng) for _ in range(sentences))


def _section_body(rng):
    items = "\n".join(f"- {_sentence(rng, 5)}" for _ in range(4))
    return f"{_paragraph(rng)}\n\n{items}\n\n{_paragraph(rng, 3)} **{_sentence(rng, 4)}**\n"


def _setup():
    import django

    django.setup()


def build():
    """Migrate the (empty) bench database and fill it; return a summary."""
    _setup()
    from django.contrib.auth.hashers import make_password
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import transaction
    from django.utils import timezone
    from django.utils.text import slugify

    from accounts.models import User
    from articles.models import Article, Section, Topic
    from articles.rendering import render_markdown

    call_command("migrate", interactive=False, verbosity=0)
    _clear_cache(cache)
    rng = random.Random(6)
    now = timezone.now()
    unusable = make_password(None)

    with transaction.atomic():
        authors = User.objects.bulk_create(
            User(
                username=f"bench-author-{i}",
                email=f"bench-author-{i}@example.org",
                handle=f"bench-author-{i}",
                display_name=f"Author {i} {rng.choice(WORDS).title()}",
                bio=_sentence(rng, 20),
                password=unusable,
                is_staff=True,
            )
            for i in range(N_AUTHORS)
        )
        commenters = User.objects.bulk_create(
            User(
                username=f"bench-commenter-{i}",
                email=f"bench-commenter-{i}@example.org",
                handle=f"bench-commenter-{i}",
                display_name=f"Reader {i}",
                location=rng.choice(["", "", "Leeds", "Lyon", "Austin", "Porto"]),
                password=unusable,
            )
            for i in range(N_COMMENTERS)
        )
        reader = User.objects.create(
            username=BENCH_USER,
            email=f"{BENCH_USER}@example.org",
            handle=BENCH_USER,
            display_name="Bench Reader",
            password=unusable,
        )
        _verify_email(reader)

        topics = list(Topic.objects.order_by("order", "name"))
        health = next((t for t in topics if t.slug == "health"), topics[0])
        articles = []
        for i in range(N_ARTICLES):
            topic = health if i % 3 == 0 else topics[i % len(topics)]
            title = "Why muscles twitch and when to worry" if i == 0 else f"Bench article {i}: {_sentence(rng, 5)[:-1]}"
            published = now - timedelta(days=i * 2 + 1, hours=rng.randint(0, 23))
            articles.append(
                Article(
                    title=title[:200],
                    slug=BIG_SLUG if i == 0 else f"bench-article-{i}-{slugify(title)[:60]}",
                    topic=topic,
                    author=authors[i % N_AUTHORS],
                    summary=_sentence(rng, 18),
                    status=Article.Status.PUBLISHED,
                    published_at=published,
                    updated_on=published,
                )
            )
        articles = Article.objects.bulk_create(articles)
        sections = []
        for article in articles:
            for order in range(5):
                body = _section_body(rng)
                sections.append(
                    Section(
                        article=article,
                        order=order,
                        heading=_sentence(rng, 4)[:-1],
                        body=body,
                        body_html=render_markdown(body),
                    )
                )
        Section.objects.bulk_create(sections)

        comment_rows = 0
        Comment = _comment_model()
        if Comment is not None:
            big = articles[0]
            comment_rows += _big_thread(Comment, big, commenters, rng)
            for article in articles[1 : 1 + PAGE_ARTICLES]:
                comment_rows += _flat_page(Comment, article, commenters, rng)
        pictured = _pictures_article(articles[0], authors[0], rng)
        if Comment is not None:
            comment_rows += _big_thread(Comment, pictured, commenters, rng)
            _recount(Comment, Article)
            _spread_dates(Comment, [*articles[: 1 + PAGE_ARTICLES], pictured], now)

    return {
        "articles": Article.objects.count(),
        "sections": Section.objects.count(),
        "users": User.objects.count(),
        "comments_app": Comment is not None,
        "comments": comment_rows,
        "big_article": f"/articles/{BIG_SLUG}/",
        "big_article_comment_rows": BIG_COMMENTS if Comment is not None else 0,
        "big_article_topic": f"/topics/{articles[0].topic.slug}/",
        "pictures_article": f"/articles/{PICTURES_SLUG}/",
        "bench_user": BENCH_USER,
    }


def _pictures_article(template, author, rng):
    """Create the pictures article: the big article's shape plus a lead picture and picture sections."""
    from articles.models import Article, Section

    pictures = [_bench_picture(author, number) for number in range(1 + PICTURE_SECTIONS)]
    article = Article.objects.create(
        title="Pictures: a walk along the coast, in six photographs",
        slug=PICTURES_SLUG,
        topic=template.topic,
        author=author,
        summary=_sentence(rng, 18),
        status=Article.Status.PUBLISHED,
        # Published with the big article, so its comments are dated (and their relative ages change) alike.
        published_at=template.published_at,
        lead_picture=pictures[0],
    )
    order = 0
    for number in range(5):
        order += 1
        Section.objects.create(article=article, order=order, heading=_sentence(rng, 4)[:-1], body=_section_body(rng))
        order += 1
        Section.objects.create(article=article, order=order, kind=Section.Kind.PICTURE, picture=pictures[number + 1])
    return article


def _bench_picture(owner, number):
    """Add one drawn 2400x1600 picture to the library (its renditions are made when the data set commits)."""
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image, ImageDraw

    from articles.pictures.processing import clean_upload
    from articles.pictures.services import picture_create

    image = Image.new("RGB", (2400, 1600), (40 + number * 30, 120, 170))
    draw = ImageDraw.Draw(image)
    for band in range(16):
        draw.rectangle([0, 900 + band * 45, 2400, 945 + band * 45], fill=(60 + band * 8, 110 + band * 5, 90))
    draw.ellipse([1700 - number * 150, 200, 2000 - number * 150, 500], fill=(250, 220, 150))
    out = BytesIO()
    image.save(out, format="JPEG", quality=90)
    upload = SimpleUploadedFile(f"coast-{number}.jpg", out.getvalue(), content_type="image/jpeg")
    return picture_create(
        owner=owner,
        clean=clean_upload(upload),
        title=f"Coast {number}",
        alt_text=f"A coastline at midday, view {number + 1}",
        caption=f"The coast path, stop {number + 1}.",
    )


def _clear_cache(cache):
    # A rebuilt database reuses primary keys, so a cached fragment from an earlier run must not survive it.
    if hasattr(cache, "delete_pattern"):
        cache.delete_pattern("*")  # django-redis: only this cache's key prefix
    else:
        cache.clear()


def _verify_email(user):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})


def _comment_model():
    from django.apps import apps

    try:
        return apps.get_model("comments", "Comment")
    except LookupError:
        return None


def _comment_fields(Comment):
    return {f.name for f in Comment._meta.get_fields()}


def _new_comment(Comment, fields, **values):
    return Comment(**{k: v for k, v in values.items() if k in fields or k.endswith("_id")})


def _big_thread(Comment, article, commenters, rng):
    """Create 1,000 comments on the article in 5 levels: 250 threads, replies attached level by level."""
    fields = _comment_fields(Comment)
    step = getattr(sys.modules.get(Comment.__module__), "PATH_STEP", 6)
    statuses = _statuses(Comment)
    by_level = [[] for _ in range(MAX_DEPTH)]
    # Plan the tree in memory: node = [parent_index or None, depth, author]
    plan = [(None, 0) for _ in range(BIG_ROOTS)]
    while len(plan) < BIG_COMMENTS:
        parent = rng.randrange(len(plan))
        if plan[parent][1] < MAX_DEPTH - 1:
            plan.append((parent, plan[parent][1] + 1))
    # Make sure the deepest level exists.
    for level in range(1, MAX_DEPTH):
        if not any(d == level for _, d in plan):
            raise RuntimeError("tree plan missed a level")
    for index, (_parent, depth) in enumerate(plan):
        by_level[depth].append(index)

    created = {}
    seq = {}
    for depth, indices in enumerate(by_level):
        batch = []
        for index in indices:
            parent_index = plan[index][0]
            author = article.author if rng.random() < 0.03 else rng.choice(commenters)
            status, deleted = rng.choices(statuses, weights=[970, 10, 10, 10])[0]
            values = {
                "article": article,
                "author": author,
                "body": _paragraph(rng, rng.randint(1, 3)) if not deleted else "",
                "status": status,
                "is_deleted": deleted,
                "deleted_at": _now() if deleted else None,
                "depth": depth,
                "path": "",
            }
            if parent_index is not None:
                parent = created[parent_index]
                seq[parent.pk] = seq.get(parent.pk, 0) + 1
                values.update(
                    parent_id=parent.pk,
                    root_id=parent.root_id or parent.pk,
                    path=f"{parent.path}{seq[parent.pk]:0{step}d}",
                )
            batch.append(_new_comment(Comment, fields, **values))
        for index, comment in zip(indices, Comment.objects.bulk_create(batch), strict=True):
            created[index] = comment
    if "reply_seq" in fields:
        for pk, value in seq.items():
            Comment.objects.filter(pk=pk).update(reply_seq=value)
    return len(created)


def _statuses(Comment):
    status = Comment.Status
    return [(status.PUBLISHED, False), (status.PENDING, False), (status.SPAM, False), (status.PUBLISHED, True)]


def _now():
    from django.utils import timezone

    return timezone.now()


def _flat_page(Comment, article, commenters, rng):
    fields = _comment_fields(Comment)
    batch = [
        _new_comment(
            Comment,
            fields,
            article=article,
            author=rng.choice(commenters),
            body=_paragraph(rng, 2),
            status=Comment.Status.PUBLISHED,
            depth=0,
            path="",
        )
        for _ in range(PAGE_COMMENTS)
    ]
    return len(Comment.objects.bulk_create(batch))


def _spread_dates(Comment, articles, now):
    """Date each article's comments between its publication and two hours ago, in the order they were written.

    A live article gathers its comments over time. Comments all dated "just now" would also keep its cached page
    fresh for only a minute (relative dates move every minute while a comment is under an hour old).
    """
    for article in articles:
        comments = list(Comment.objects.filter(article=article).order_by("pk").only("pk"))
        start, end = article.published_at, now - timedelta(hours=2)
        step = (end - start) / max(len(comments), 1)
        for i, comment in enumerate(comments):
            comment.created_at = start + step * i
        Comment.objects.bulk_update(comments, ["created_at"], batch_size=500)


def _recount(Comment, Article):
    from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
    from django.db.models.functions import Coalesce

    counts = (
        Comment.objects.filter(article=OuterRef("pk"), status=Comment.Status.PUBLISHED, is_deleted=False)
        .order_by()
        .values("article")
        .annotate(n=Count("pk"))
        .values("n")
    )
    Article.objects.update(comment_count=Coalesce(Subquery(counts, output_field=IntegerField()), Value(0)))


def session():
    """Log the bench user in through the configured session engine; return the cookie wrk sends."""
    _setup()
    from django.conf import settings
    from django.test import Client

    from accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username=BENCH_USER))
    return {"cookie": f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"}


def snapshot(url, target):
    """Save the anonymous page at url as a file (the static-file ceiling serves the same bytes)."""
    _setup()
    from django.test import Client

    response = Client(HTTP_HOST="127.0.0.1").get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    Path(target).write_bytes(response.content)
    # What collectstatic does for every static file: a gzip copy next to it, which whitenoise serves when accepted.
    Path(f"{target}.gz").write_bytes(gzip.compress(response.content, compresslevel=9, mtime=0))
    return {"url": url, "file": str(target), "bytes": len(response.content)}


def count():
    """Return the number of comment rows on the big article (posting adds to it)."""
    _setup()
    Comment = _comment_model()
    if Comment is None:
        return {"comments": 0}
    return {"comments": Comment.objects.filter(article__slug=BIG_SLUG).count()}


def main(argv):
    command = argv[1] if len(argv) > 1 else "build"
    if command == "build":
        result = build()
    elif command == "session":
        result = session()
    elif command == "snapshot":
        result = snapshot(argv[2], argv[3])
    elif command == "count":
        result = count()
    else:
        raise SystemExit(__doc__)
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv)
