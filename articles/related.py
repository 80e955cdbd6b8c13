"""What keeps a reader reading after an article: related articles, the next one in its topic, reading time."""

import math
import re

from django.db.models import Case, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils.html import strip_tags

from .models import Article

WORDS_PER_MINUTE = 230
RELATED = 3
# Short, common words say nothing about what two articles share.
STOP_WORDS = frozenset(
    "a an and are as at be by can do for from how in into is it its of on or our the their this to what when why "
    "with without you your".split()
)


def reading_minutes(article, sections):
    """Return the minutes an adult reader needs for the article's title, summary and sections (at least 1)."""
    text = " ".join([article.title, article.summary, *(s.heading + " " + strip_tags(s.body_html) for s in sections)])
    return max(1, math.ceil(len(text.split()) / WORDS_PER_MINUTE))


def title_words(title, limit=4):
    """Return the longest meaningful words of a title, the ones most likely to name its subject."""
    words = {w for w in re.findall(r"[a-z]{4,}", title.lower()) if w not in STOP_WORDS}
    return sorted(words, key=lambda w: (-len(w), w))[:limit]


def _related_candidates(article):
    """Return the published articles related to article, same topic first, then shared title words."""
    shares_words = Q()
    for word in title_words(article.title):
        shares_words |= Q(title__icontains=word)
    same_topic = Q(topic_id=article.topic_id)
    candidates = Article.objects.published().exclude(pk=article.pk).filter(same_topic | shares_words)
    return candidates.annotate(
        same_topic=Case(When(same_topic, then=Value(0)), default=Value(1), output_field=IntegerField())
    ).order_by("same_topic", "-published_at", "-pk")


def related_articles(article, limit=RELATED):
    """Return up to limit published articles for "Related articles": same topic first, then shared title words."""
    return list(_related_candidates(article).for_listing()[:limit])


def more_and_related(article, *, more=5, related=RELATED):
    """Return (newest articles by the same author, related articles) for the article page, in one query.

    Each list is chosen by a LIMITed subquery of the same statement; a card that belongs to both is read once.
    """
    by_author = Article.objects.published().filter(author_id=article.author_id).exclude(pk=article.pk)
    by_author_ids = by_author.order_by("-published_at", "-pk").values("pk")[:more]
    related_ids = _related_candidates(article).values("pk")[:related]
    flag = {"output_field": IntegerField(), "default": Value(0)}
    cards = (
        Article.objects.filter(Q(pk__in=by_author_ids) | Q(pk__in=related_ids))
        .annotate(
            in_more=Case(When(pk__in=by_author_ids, then=Value(1)), **flag),
            in_related=Case(When(pk__in=related_ids, then=Value(1)), **flag),
        )
        .for_listing()
    )
    cards = list(cards)
    newest_first = sorted(cards, key=lambda a: (a.published_at, a.pk), reverse=True)
    related_order = sorted(
        (a for a in newest_first if a.in_related), key=lambda a: 0 if a.topic_id == article.topic_id else 1
    )
    return [a for a in newest_first if a.in_more], related_order


def with_next_in_topic(queryset):
    """Annotate articles with next_title and next_slug: the next older article of their topic, else the newest.

    Subqueries of the article's own statement: the link costs no query of its own. The outer article is only
    referred to in WHERE clauses (SQLite allows no outer reference in a subquery's ORDER BY).
    """
    siblings = (
        Article.objects.published()
        .filter(topic_id=OuterRef("topic_id"))
        .exclude(pk=OuterRef("pk"))
        .order_by("-published_at", "-pk")
    )
    older = siblings.filter(published_at__lt=OuterRef("published_at"))
    return queryset.annotate(
        next_title=Coalesce(Subquery(older.values("title")[:1]), Subquery(siblings.values("title")[:1])),
        next_slug=Coalesce(Subquery(older.values("slug")[:1]), Subquery(siblings.values("slug")[:1])),
    )
