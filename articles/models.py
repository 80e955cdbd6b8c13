"""Topics, articles and their ordered sections."""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Exists, F, Q, Window
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils import timezone

from .pictures.models import Picture
from .rendering import render_article_text

__all__ = ["Article", "Picture", "Section", "Topic"]


class TimeStamped(models.Model):
    created_at = models.DateTimeField("created", auto_now_add=True)
    modified_at = models.DateTimeField("last modified", auto_now=True)

    class Meta:
        abstract = True


class Topic(models.Model):
    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    description = models.TextField(blank=True)
    order = models.PositiveIntegerField(default=0, help_text="Position in the top navigation; lower comes first.")
    in_navigation = models.BooleanField("show in navigation", default=True)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:topic-detail", kwargs={"slug": self.slug})


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """Return articles readers may see: published, with a publish time that has passed."""
        now = now or timezone.now()
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=now)

    def visible_to(self, user):
        """Return what user may open: readers see published articles; authors also their own drafts; editors all."""
        if not user.is_authenticated:
            return self.published()
        if user.is_superuser:
            return self
        # Editor membership is a subquery of the same SQL statement, so previews cost no extra query.
        is_editor = Exists(user.groups.through.objects.filter(user_id=user.pk, group__name="Editors"))
        published = Q(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())
        return self.filter(published | Q(author=user) | Q(is_editor))

    def search(self, query):
        """Return the articles matching the reader's query, best match first (at most search.MAX_MATCHES)."""
        from .search import article_search

        return article_search(self, query)

    def latest_per_topic(self, per_topic):
        """Return the newest per_topic articles of every topic, in one query."""
        rank = Window(RowNumber(), partition_by=F("topic_id"), order_by=[F("published_at").desc(), F("pk").desc()])
        return self.for_listing().annotate(topic_rank=rank).filter(topic_rank__lte=per_topic)

    def by_author(self, user):
        return self.filter(author=user)

    def for_listing(self):
        return self.select_related("topic", "author", "lead_picture").only(
            "title",
            "slug",
            "summary",
            "published_at",
            "updated_on",
            "created_at",
            "status",
            "comment_count",
            "topic__name",
            "topic__slug",
            "author__handle",
            "author__display_name",
            "author__email",
            "author__username",
            "author__avatar",
            "lead_picture__file",
            "lead_picture__width",
            "lead_picture__height",
            "lead_picture__alt_text",
            "lead_picture__decorative",
            "lead_picture__renditions",
        )


class Article(TimeStamped):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True, help_text="The article's address: /articles/<slug>/.")
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="articles")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="articles")
    summary = models.TextField(
        max_length=400, blank=True, help_text="One or two sentences for lists, feeds and search engines."
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True)
    published_at = models.DateTimeField(
        "publish time",
        null=True,
        blank=True,
        db_index=True,
        help_text="Readers see the article from this moment on. A time in the future schedules it.",
    )
    updated_on = models.DateTimeField(
        '"Updated on" date',
        null=True,
        blank=True,
        help_text='Shown to readers as "Updated on"; moved by every substantive (not minor) edit.',
    )
    # Incremented by every admin save; the admin refuses a save made from an older version (edit conflicts).
    version = models.PositiveIntegerField(default=1, editable=False)
    comment_count = models.PositiveIntegerField(default=0, editable=False)
    comments_open = models.BooleanField("comments open", default=True)
    lead_picture = models.ForeignKey(
        Picture,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="lead_of",
        help_text="Shown large above the text, on cards, in feeds and in link previews.",
    )
    # Title (weight A), summary (B) and every section's heading and text (C) as one document, kept up to date by
    # database triggers on PostgreSQL (migration 0006); always empty on SQLite, which searches by substring.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        # Listings filter on status (and topic or author) and read newest first: each index matches one
        # listing's filter and order, so a page is a short index range instead of a sort of every article.
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="article_pub_idx"),
            models.Index(fields=["status", "topic", "-published_at", "-id"], name="article_topic_pub_idx"),
            models.Index(fields=["status", "author", "-published_at", "-id"], name="article_author_pub_idx"),
            # On SQLite this becomes a plain index of the always-empty column: harmless, and one model for both.
            GinIndex(fields=["search_vector"], name="article_search_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="article_published_has_time",
            )
        ]
        permissions = [("revert_article", "Can revert an article to an earlier revision")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("articles:article-detail", kwargs={"slug": self.slug})

    @property
    def is_live(self):
        return self.status == self.Status.PUBLISHED and self.published_at and self.published_at <= timezone.now()

    @property
    def shown_updated_on(self):
        """Return the date readers see as "Updated on"."""
        return self.updated_on or self.published_at or self.created_at


class Section(models.Model):
    """One "capsule" of an article: a text block with optional heading, a picture or a video."""

    class Kind(models.TextChoices):
        TEXT = "text", "Text"
        PICTURE = "picture", "Picture"
        VIDEO = "video", "Video"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveIntegerField(default=0)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.TEXT)
    heading = models.CharField(max_length=200, blank=True)
    body = models.TextField("text (Markdown)", blank=True)
    body_html = models.TextField(blank=True, editable=False)
    video_url = models.URLField("video URL", blank=True, help_text="A YouTube or Vimeo address.")
    picture = models.ForeignKey(
        Picture,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sections",
        help_text="For a picture section: shown with its caption; the text, if any, follows it.",
    )

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="picture") | Q(picture__isnull=False), name="section_picture_kind_has_picture"
            )
        ]

    def __str__(self):
        return self.heading or f"Section {self.order}"

    def save(self, *args, **kwargs):
        # body_html is a cache of body; computing it here keeps the two in step for every writer.
        self.body_html = render_article_text(self.body)
        super().save(*args, **kwargs)

    @property
    def anchor(self):
        from django.utils.text import slugify

        return f"s{self.order}-{slugify(self.heading)[:50]}" if self.heading else f"s{self.order}"
