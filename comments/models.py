"""Threaded comments under articles, the word lists of the spam filter and muted notifications."""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse

# Each level of a comment's ordering path is the reply's position among its siblings, zero-padded to this width,
# so ordering a thread by path gives depth-first order and a path never changes after insert.
PATH_STEP = 6


class CommentQuerySet(models.QuerySet):
    def for_article(self, article):
        return self.filter(article=article)

    def published(self):
        """Return comments that count: published and not deleted."""
        return self.filter(status=Comment.Status.PUBLISHED, is_deleted=False)

    def visible(self, viewer=None):
        """Return comments a viewer may see: published ones, and their own held ones; deleted ones show as a stub."""
        rule = Q(status=Comment.Status.PUBLISHED)
        if viewer is not None and viewer.is_authenticated:
            rule |= Q(status=Comment.Status.PENDING, author=viewer)
        return self.filter(rule)

    def roots(self):
        return self.filter(parent__isnull=True)

    def shown_roots(self, viewer=None):
        """Return the visible top-level comments that are shown: live ones, and deleted ones with live replies."""
        live_replies = Comment.objects.visible(viewer).filter(root=OuterRef("pk"), is_deleted=False).values("pk")
        return self.visible(viewer).roots().filter(Q(is_deleted=False) | Exists(live_replies))


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Awaiting moderation"
        PUBLISHED = "published", "Published"
        SPAM = "spam", "Spam"
        REMOVED = "removed", "Removed"

    # The foreign keys, status and created_at are indexed by the composite indexes in Meta, not one by one.
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="comments", db_index=False)
    # NULL once the commenter erased their account: the comment stays, shown as "Deleted user".
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="comments",
        db_index=False,
    )
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies", editable=False
    )
    # Top-level comment of the thread (NULL for top-level comments), depth and path are set once, at insert.
    root = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="descendants", editable=False
    )
    depth = models.PositiveSmallIntegerField(default=0, editable=False)
    path = models.CharField(max_length=255, blank=True, default="", editable=False)
    # Next sibling position for replies to this comment; bumped under a row lock.
    reply_seq = models.PositiveIntegerField(default=0, editable=False)
    body = models.TextField("comment", blank=True)  # emptied when its author deletes it
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    status_reason = models.CharField("why held or refused", max_length=200, blank=True)
    is_deleted = models.BooleanField("deleted by its author", default=False)
    deleted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField("posted", auto_now_add=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    # A keyed hash of the poster's IP address: enough to spot floods, not enough to identify anyone.
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)
    notify_replies = models.BooleanField("e-mail me about replies", default=True)
    # ops: a key the form carries, so a double submit (two clicks, a retried request) saves one comment.
    submission_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = "comment"
        verbose_name_plural = "comments"
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["article", "parent", "status", "created_at"], name="comment_article_roots_idx"),
            models.Index(fields=["root", "path"], name="comment_thread_idx"),
            # The admin's list: its order (created_at, pk) alone and after each filter that narrows it much
            # (status, article, author), so a page is a short index range however many comments there are. The
            # foreign key lookups (cascades, a person's comments) use the last two as well.
            models.Index(fields=["created_at", "id"], name="comment_created_idx"),
            models.Index(fields=["status", "created_at", "id"], name="comment_status_created_idx"),
            models.Index(fields=["article", "created_at", "id"], name="comment_article_created_idx"),
            models.Index(fields=["author", "created_at", "id"], name="comment_author_created_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(Q(parent__isnull=True, root__isnull=True, depth=0, path=""))
                | (Q(parent__isnull=False, root__isnull=False, depth__gt=0) & ~Q(path="")),
                name="comment_tree_shape",
            ),
            models.UniqueConstraint(
                fields=["root", "path"], condition=Q(root__isnull=False), name="comment_unique_path_in_thread"
            ),
            models.CheckConstraint(
                condition=Q(is_deleted=False) | Q(deleted_at__isnull=False), name="comment_deleted_has_time"
            ),
            models.UniqueConstraint(
                fields=["author", "submission_key"],
                condition=Q(submission_key__isnull=False),
                name="comment_unique_submission",
            ),
        ]

    def __str__(self):
        return f"Comment {self.pk} on {self.article_id}"

    def get_absolute_url(self):
        return reverse("comments:comment-permalink", kwargs={"pk": self.pk})

    @property
    def anchor(self):
        return f"comment-{self.pk}"

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED and not self.is_deleted


class WordList(models.Model):
    """A word or phrase the spam filter looks for: "block" refuses the comment, "moderate" holds it."""

    class Action(models.TextChoices):
        BLOCK = "block", "Refuse the comment"
        MODERATE = "moderate", "Hold for moderation"

    word = models.CharField("word or phrase", max_length=100, unique=True, help_text="Matched case-insensitively.")
    action = models.CharField(max_length=10, choices=Action.choices, default=Action.MODERATE)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "spam word"
        verbose_name_plural = "spam words"
        ordering = ["word"]

    def __str__(self):
        return self.word

    def save(self, *args, **kwargs):
        self.word = self.word.strip().lower()
        super().save(*args, **kwargs)


class CommentMute(models.Model):
    """A person who asked, through the link in an e-mail, to get no more comment e-mails."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comment_mute")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "muted comment e-mails"
        verbose_name_plural = "muted comment e-mails"

    def __str__(self):
        return f"{self.user} muted comment e-mails"
