"""Create the load test's data and print it as JSON: an article and signed-in sessions for N commenters."""

import json
import sys


def build(clients):
    from allauth.account.models import EmailAddress
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils import timezone

    from accounts.models import User
    from articles.models import Article, Section, Topic

    author = User.objects.create(username="load-author", email="load-author@example.org", display_name="Load Author")
    topic, _ = Topic.objects.get_or_create(slug="health", defaults={"name": "Health"})
    article = Article.objects.create(
        title="Load test article",
        slug="load-test-article",
        topic=topic,
        author=author,
        status="published",
        published_at=timezone.now(),
    )
    Section.objects.create(article=article, order=0, heading="Only section", body="Talk below.")
    sessions = []
    for n in range(clients):
        user = User.objects.create(username=f"load{n}", email=f"load{n}@example.org", display_name=f"Load {n}")
        user.set_password("load password 123")
        user.save()
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        sessions.append(session.session_key)
    json.dump({"article_pk": article.pk, "article_url": article.get_absolute_url(), "sessions": sessions}, sys.stdout)


def verify(accepted_keys_file):
    """Print JSON: accepted keys missing or duplicated in the database, and comments nobody was told about."""
    from django.db.models import Count

    from articles.models import Article
    from comments.models import Comment

    with open(accepted_keys_file) as fh:
        accepted = set(json.load(fh))
    stored = {str(k): c for k, c in Comment.objects.values_list("submission_key").annotate(c=Count("pk"))}
    article = Article.objects.get(slug="load-test-article")
    published = Comment.objects.filter(article=article, status="published", is_deleted=False).count()
    json.dump(
        {
            "accepted": len(accepted),
            "stored": Comment.objects.count(),
            "missing": sorted(accepted - set(stored)),
            "duplicated": sorted(k for k, c in stored.items() if c > 1),
            "unannounced": sorted(set(stored) - accepted),
            "count_exact": article.comment_count == published,
            "replies": Comment.objects.exclude(parent=None).count(),
        },
        sys.stdout,
    )
