"""Reading comments: one page of threads as a tree, built in O(N) from two queries."""

from dataclasses import dataclass, field
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.db.models import Count, Q, Window
from django.urls import reverse
from django.utils import timezone

from accounts.models import public_name

from . import conf
from .models import Comment

# A page shows some 200 comments: they are read as plain rows (CommentRow), not model instances, which cost more
# to build than the rest of the comment section. Column and author field -> attribute of the row.
ROW_FIELDS = {
    "pk": "pk",
    "article_id": "article_id",
    "author_id": "author_id",
    "parent_id": "parent_id",
    "root_id": "root_id",
    "depth": "depth",
    "path": "path",
    "body": "body",
    "status": "status",
    "is_deleted": "is_deleted",
    "created_at": "created_at",
    "edited_at": "edited_at",
    "author__handle": "author_handle",
    "author__display_name": "author_display_name",
    "author__email": "author_email",
    "author__username": "author_username",
    "author__avatar": "author_avatar",
    "author__location": "author_location",
}
SORTS = {"oldest": ("created_at", "pk"), "newest": ("-created_at", "-pk")}


class CommentRow:
    """One shown comment with its author's fields as attributes; decorate() adds what the template prints."""

    @classmethod
    def rows(cls, queryset, *extra):
        """Return the queryset's comments as rows (extra: annotations to read too)."""
        attrs = (*ROW_FIELDS.values(), *extra)
        result = []
        for values in queryset.values_list(*ROW_FIELDS, *extra):
            row = cls.__new__(cls)
            row.__dict__.update(zip(attrs, values, strict=True))
            result.append(row)
        return result


class Person(NamedTuple):
    """A commenter as the comment list shows them (attributes: Jinja2 reads them faster than a dict's keys)."""

    name: str
    avatar: str
    url: str
    location: str


@dataclass
class ThreadPage:
    threads: list
    number: int
    total_threads: int
    per_page: int
    sort: str
    comments: list = field(default_factory=list)

    @property
    def num_pages(self):
        return max(1, -(-self.total_threads // self.per_page))

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def has_next(self):
        return self.number < self.num_pages

    @property
    def previous_page_number(self):
        return self.number - 1

    @property
    def next_page_number(self):
        return self.number + 1


def _page_number(value):
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return 1


def _roots_page(article, viewer, number, per_page, sort):
    roots = (
        Comment.objects.for_article(article)
        .shown_roots(viewer)
        # The window count gives the number of threads in the same query as the page itself.
        .annotate(total_threads=Window(Count("pk")))
        .order_by(*SORTS[sort])
    )
    offset = (number - 1) * per_page
    return CommentRow.rows(roots[offset : offset + per_page], "total_threads"), roots


def thread_page(*, article, viewer=None, page=1, sort="oldest"):
    """Return a page of top-level threads with all their visible replies attached as `.children`."""
    per_page = conf.get("COMMENTS_PER_PAGE")
    sort = sort if sort in SORTS else "oldest"
    number = _page_number(page)
    roots, queryset = _roots_page(article, viewer, number, per_page, sort)
    if not roots and number > 1:
        # Past the last page: show the last one (costs a count, only for hand-made URLs).
        total = queryset.count()
        number = max(1, -(-total // per_page))
        roots, _ = _roots_page(article, viewer, number, per_page, sort)
    total = roots[0].total_threads if roots else 0

    descendants = []
    if roots:
        descendants = CommentRow.rows(
            Comment.objects.visible(viewer).filter(root_id__in=[r.pk for r in roots]).order_by("root_id", "path")
        )
    threads = build_tree(roots, descendants)
    flat = []
    for root in threads:
        _walk(root, flat)
    return ThreadPage(threads=threads, number=number, total_threads=total, per_page=per_page, sort=sort, comments=flat)


def build_tree(roots, descendants):
    """Attach descendants (ordered by path within each thread) to their parents; drop what cannot be shown.

    A reply whose parent is hidden (held, spam, removed) is dropped with its subtree; a deleted comment
    stays as a "[comment deleted]" stub only while it has a shown reply.
    """
    nodes = {}
    for comment in roots:
        comment.children = []
        nodes[comment.pk] = comment
    ordered = []
    for comment in descendants:
        parent = nodes.get(comment.parent_id)
        if parent is None:
            continue
        comment.children = []
        nodes[comment.pk] = comment
        ordered.append(comment)
    # Decide from the leaves up which comments to show; path order puts children after their parent.
    keep, has_shown_child = set(), set()
    for comment in reversed(ordered):
        if not comment.is_deleted or comment.pk in has_shown_child:
            keep.add(comment.pk)
            has_shown_child.add(comment.parent_id)
    for comment in ordered:
        if comment.pk in keep:
            nodes[comment.parent_id].children.append(comment)
    return [r for r in roots if not r.is_deleted or r.pk in has_shown_child]


def _walk(comment, out):
    out.append(comment)
    for child in comment.children:
        _walk(child, out)


def decorate(comments, *, article, viewer, now=None):
    """Prepare what each comment shows and what the viewer may do, so the template only prints data.

    The page may hold hundreds of comments: per-person values are computed once per person, and per-comment
    URLs come from one reversed pattern, which keeps rendering 1,000 comments quick.
    """
    from .services import can_edit
    from .templatetags.comments_tags import age, comment_html

    now = now or timezone.now()
    viewer_id = viewer.pk if viewer is not None and viewer.is_authenticated else None
    people = {}
    urls = {name: reverse(f"comments:comment-{name}", kwargs={"pk": 0}) for name in ("reply", "edit", "delete")}
    # bench: reverse() costs more than the rest of a person's data; a handle is a slug, safe to put in as it is.
    profile_url = reverse("accounts:profile", kwargs={"handle": "0"})
    avatar_url = reverse("accounts:default-avatar", kwargs={"handle": "0"})
    avatar_storage = get_user_model()._meta.get_field("avatar").storage
    for i, c in enumerate(comments):
        if c.author_id not in people:
            people[c.author_id] = (
                Person(
                    name=public_name(
                        display_name=c.author_display_name,
                        email=c.author_email,
                        handle=c.author_handle,
                        username=c.author_username,
                    ),
                    # User.avatar_url and get_absolute_url, from the reversed patterns.
                    avatar=(
                        avatar_storage.url(c.author_avatar)
                        if c.author_avatar
                        else avatar_url.replace("/0/", f"/{c.author_handle}/", 1)
                    ),
                    url=profile_url.replace("/0/", f"/{c.author_handle}/", 1),
                    location=c.author_location,
                )
                if c.author_id is not None
                else Person(name="Deleted user", avatar="", url="", location="")
            )
        c.person = people[c.author_id]
        c.is_article_author = c.author_id is not None and c.author_id == article.author_id
        c.is_own = viewer_id is not None and c.author_id == viewer_id
        c.is_held = c.status == Comment.Status.PENDING
        c.viewer_can_edit = c.is_own and can_edit(c, viewer, now=now)
        c.viewer_can_delete = c.is_own and not c.is_deleted
        c.iso = c.created_at.isoformat()
        c.full_date = f"{c.created_at:%B} {c.created_at.day}, {c.created_at:%Y, %H:%M} UTC"
        c.age = age(c.created_at, now)
        c.body_html = "" if c.is_deleted else comment_html(c.body)
        for name, pattern in urls.items():
            setattr(c, f"{name}_url", pattern.replace("/0/", f"/{c.pk}/", 1))
        # bench: a number printed by a template goes through localisation (number_format), three times per comment.
        c.pk_text = str(c.pk)
        c.dom_id = f"comment-{c.pk}"
        # How many reply lists close after this comment in the flat, depth-first page (see panel.html).
        next_depth = comments[i + 1].depth if i + 1 < len(comments) else 0
        c.closers = range(c.depth - next_depth) if not c.children else range(0)


def thread_page_number(comment, viewer=None):
    """Return the page (in the default oldest-first order) on which a comment's thread is shown."""
    root_id = comment.root_id or comment.pk
    root = Comment.objects.only("created_at").get(pk=root_id)
    before = (
        Comment.objects.for_article(comment.article_id)
        .shown_roots(viewer)
        .filter(Q(created_at__lt=root.created_at) | Q(created_at=root.created_at, pk__lt=root.pk))
        .count()
    )
    return before // conf.get("COMMENTS_PER_PAGE") + 1
