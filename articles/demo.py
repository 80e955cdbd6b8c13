"""Load the demo authors and articles, each with a short edit history; running it again adds nothing."""

from dataclasses import dataclass, field
from datetime import timedelta

import reversion
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from . import demo_content
from .models import Article, Section, Topic


@dataclass
class DemoResult:
    authors_created: list[str] = field(default_factory=list)
    articles_created: list[str] = field(default_factory=list)
    articles_skipped: list[str] = field(default_factory=list)


def demo_load(*, now=None, authors=None, articles=None) -> DemoResult:
    """Create the demo authors and articles that do not exist yet, keyed by username and slug."""
    now = now or timezone.now()
    authors = demo_content.AUTHORS if authors is None else authors
    articles = demo_content.ARTICLES if articles is None else articles
    result = DemoResult()
    with transaction.atomic():
        users = {}
        for person in authors:
            user, created = _author_get_or_create(person)
            users[person["username"]] = user
            if created:
                result.authors_created.append(user.username)
        for data in articles:
            if Article.objects.filter(slug=data["slug"]).exists():
                result.articles_skipped.append(data["slug"])
                continue
            pictures = _pictures_create(data, owner=users[data["author"]])
            _article_create_with_history(data, users=users, now=now, pictures=pictures)
            result.articles_created.append(data["slug"])
    return result


def _author_get_or_create(person):
    user, created = get_user_model().objects.get_or_create(
        username=person["username"],
        defaults={
            "email": person["email"],
            "display_name": person["display_name"],
            "location": person.get("location", ""),
            "bio": person.get("bio", ""),
            "is_staff": True,
        },
    )
    if created:
        # Demo authors cannot log in until an operator sets a password (manage.py changepassword <username>).
        user.set_unusable_password()
        user.save(update_fields=["password"])
        for name in person.get("groups", ["Authors"]):
            group, _ = Group.objects.get_or_create(name=name)
            user.groups.add(group)
    return user, created


def _topic(name):
    topic, _ = Topic.objects.get_or_create(slug=slugify(name), defaults={"name": name})
    return topic


def _earlier(text, rewrites):
    """Return text as it read before the given rewrites: each (final, earlier) pair is undone."""
    for final, earlier in rewrites:
        text = text.replace(final, earlier)
    return text


def _check_rewrites(data):
    text = "\n".join([data["title"], *(s.get("heading", "") + "\n" + s.get("body", "") for s in data["sections"])])
    for step in data["history"]:
        for final, _earlier_text in step.get("rewrites", []):
            if final not in text:
                raise ValueError(f"{data['slug']}: rewrite target not found in the final text: {final!r}")
    last = data["history"][-1]
    if last.get("rewrites") or last.get("sections", len(data["sections"])) != len(data["sections"]):
        raise ValueError(f"{data['slug']}: the last step must show the final text with every section")


def _pictures_create(data, *, owner):
    """Draw and add to the library the demo pictures of one article: {"lead": Picture, "sections": [Picture]}."""
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile

    from . import demo_pictures
    from .pictures.processing import clean_upload
    from .pictures.services import picture_create

    planned = demo_pictures.PICTURES_BY_ARTICLE.get(data["slug"])
    if planned is None:
        return {"lead": None, "sections": []}
    width = getattr(settings, "DEMO_PICTURE_WIDTH", 1600)

    def add(demo):
        out = BytesIO()
        demo_pictures.render(demo, width, round(width * 2 / 3)).save(out, format="PNG")
        upload = SimpleUploadedFile(f"{demo.key}.png", out.getvalue(), content_type="image/png")
        fields = {"title": demo.title, "alt_text": demo.alt_text, "caption": demo.caption, "credit": demo.credit}
        return picture_create(owner=owner, clean=clean_upload(upload), shared=True, **fields)

    return {"lead": add(planned["lead"]), "sections": [add(demo) for demo in planned["sections"]]}


def _with_picture_sections(sections, pictures):
    """Return the final reading order: the text sections with a picture section after the first and the middle one."""
    if not pictures:
        return sections
    text = [s for s in sections if s.kind != Section.Kind.PICTURE]
    slots = sorted({0, len(text) // 2, max(len(text) - 2, 0)})
    ordered, pending = [], list(pictures)
    for index, section in enumerate(text):
        ordered.append(section)
        if index in slots and pending:
            ordered.append(pending.pop(0))
    ordered.extend(pending)
    for number, section in enumerate(ordered, start=1):
        section.order = number
    return ordered


def _article_create_with_history(data, *, users, now, pictures=None):
    """Create one article by replaying its history: one revision per step, dated as the step says.

    The last step, which shows the final text, also adds the article's pictures: the lead picture and picture
    sections between the text sections.
    """
    pictures = pictures or {"lead": None, "sections": []}
    _check_rewrites(data)
    article = Article(slug=data["slug"], topic=_topic(data["topic"]), author=users[data["author"]])
    publish_at = None if data.get("publish_day") is None else now + timedelta(days=data["publish_day"])
    sections = []
    live = False
    first_when = last_when = None
    for number, step in enumerate(data["history"], start=1):
        when = now + timedelta(days=step["day"])
        first_when = first_when or when
        last_when = when
        rewrites = step.get("rewrites", [])
        live = live or (step.get("publish", False) and data["status"] == Article.Status.PUBLISHED)

        article.title = _earlier(step.get("title", data["title"]), rewrites)
        article.summary = step.get("summary", data["summary"])
        article.version = number
        if live:
            article.status = Article.Status.PUBLISHED
            article.published_at = publish_at
            if not step.get("minor"):
                article.updated_on = max(when, publish_at)
        else:
            article.status = Article.Status.DRAFT
            article.published_at = None

        for index, spec in enumerate(data["sections"][: step.get("sections", len(data["sections"]))]):
            if index == len(sections):
                sections.append(Section(order=index + 1))
            section = sections[index]
            section.kind = spec.get("kind", Section.Kind.TEXT)
            section.heading = _earlier(spec.get("heading", ""), rewrites)
            section.body = _earlier(spec.get("body", ""), rewrites)
            section.video_url = spec.get("video_url", "")

        if number == len(data["history"]):
            article.lead_picture = pictures["lead"]
            picture_sections = [Section(kind=Section.Kind.PICTURE, picture=p) for p in pictures["sections"]]
            sections = _with_picture_sections(sections, picture_sections)

        with reversion.create_revision():
            article.save()
            for section in sections:
                section.article = article
                section.save()
            reversion.set_user(users[step.get("user", data["author"])])
            reversion.set_comment(step["comment"])
            reversion.set_date_created(when)

    # Timestamps follow the story the history tells, not the moment the command ran.
    Article.objects.filter(pk=article.pk).update(created_at=first_when, modified_at=last_when)
    return article
