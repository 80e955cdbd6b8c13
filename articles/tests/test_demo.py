import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from reversion.models import Revision, Version

from articles import demo_content
from articles.models import Article, Section

TWITCHING = "muscle-twitching-benign-fasciculations"


def load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def revision_snapshots(article):
    """Return each revision of the article, oldest first, as a frozenset of its serialised objects."""
    revisions = Revision.objects.filter(version__in=Version.objects.get_for_object(article)).order_by("date_created")
    return [frozenset(v.serialized_data for v in r.version_set.all()) for r in revisions]


@pytest.mark.django_db
def test_load_demo_creates_at_least_six_articles_by_demo_authors():
    load_demo()

    assert Article.objects.count() >= 6
    assert len({a.topic.name for a in Article.objects.select_related("topic")}) >= 5
    for author in get_user_model().objects.filter(articles__isnull=False).distinct():
        assert author.is_staff
        assert author.groups.filter(name="Authors").exists()
        assert author.display_name and author.location and author.bio


@pytest.mark.django_db
def test_demo_has_a_draft_and_a_scheduled_article_that_readers_cannot_open(client):
    load_demo()
    now = timezone.now()

    draft = Article.objects.get(status=Article.Status.DRAFT)
    scheduled = Article.objects.get(status=Article.Status.PUBLISHED, published_at__gt=now)

    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(scheduled.get_absolute_url()).status_code == 404
    assert Article.objects.published().count() >= 4


@pytest.mark.django_db
def test_muscle_twitching_article_has_several_sections_a_bullet_list_and_a_video(client):
    load_demo()
    article = Article.objects.get(slug=TWITCHING)
    sections = list(article.sections.all())

    assert article.topic.name == "Health"
    assert len([s for s in sections if s.heading]) >= 5
    html = "".join(s.body_html for s in sections)
    assert html.count("<ul>") >= 3
    for word in ("caffeine", "stress", "sleep", "exercise", "magnesium", "doctor"):
        assert word in html.lower()
    red_flags = next(s for s in sections if s.heading == "When to see a doctor")
    assert red_flags.body_html.count("<li>") >= 5
    video = next(s for s in sections if s.kind == Section.Kind.VIDEO)
    assert video.video_url.startswith("https://www.youtube.com/watch?v=")

    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "When to see a doctor" in response.content.decode()


@pytest.mark.django_db
def test_demo_article_links_are_plain_https_links():
    load_demo()
    html = "".join(Section.objects.values_list("body_html", flat=True))
    links = re.findall(r'href="([^"]+)"', html)

    assert links
    assert all(link.startswith("https://") for link in links)


def test_every_demo_article_is_600_to_1200_words():
    for data in demo_content.ARTICLES:
        words = sum(len(f"{s.get('heading', '')} {s.get('body', '')}".split()) for s in data["sections"])
        assert 600 <= words <= 1200, (data["slug"], words)


@pytest.mark.django_db
def test_second_run_creates_nothing_new():
    load_demo()
    counts = (
        Article.objects.count(),
        Section.objects.count(),
        get_user_model().objects.count(),
        Revision.objects.count(),
        Version.objects.count(),
    )

    output = load_demo()

    assert (
        Article.objects.count(),
        Section.objects.count(),
        get_user_model().objects.count(),
        Revision.objects.count(),
        Version.objects.count(),
    ) == counts
    assert "created" not in output
    assert "already exist" in output


@pytest.mark.django_db
def test_every_article_has_a_history_of_real_changes_by_named_people():
    load_demo()

    for article in Article.objects.all():
        revisions = Revision.objects.filter(version__in=Version.objects.get_for_object(article)).distinct()
        assert revisions.count() >= 2, article.slug
        assert all(r.user_id and r.comment for r in revisions), article.slug
        snapshots = revision_snapshots(article)
        # No empty revisions: each one changes something the previous one had.
        assert all(a != b for a, b in zip(snapshots, snapshots[1:], strict=False)), article.slug


@pytest.mark.django_db
def test_latest_revision_holds_the_article_as_readers_see_it():
    load_demo()
    article = Article.objects.get(slug=TWITCHING)
    latest = Version.objects.get_for_object(article).first()

    assert latest.field_dict["title"] == article.title
    section_versions = latest.revision.version_set.filter(content_type__model="section")
    assert sorted(v.field_dict["body"] for v in section_versions) == sorted(s.body for s in article.sections.all())
    first = Version.objects.get_for_object(article).last()
    assert first.field_dict["title"] != article.title
    assert first.revision.version_set.filter(content_type__model="section").count() < article.sections.count()


@pytest.mark.django_db
def test_minor_edit_keeps_updated_on_and_substantive_edit_moves_it():
    load_demo()
    batch = Article.objects.get(slug="batch-cooking-one-afternoon-five-dinners")  # last edit is minor
    twitching = Article.objects.get(slug=TWITCHING)  # last edit is a substantive copy edit

    assert batch.updated_on == batch.published_at
    assert twitching.updated_on > twitching.published_at


@pytest.mark.django_db
def test_demo_articles_pass_the_same_validation_as_the_admin_form():
    load_demo()

    for article in Article.objects.prefetch_related("sections"):
        article.full_clean()
        for section in article.sections.all():
            section.full_clean()


@pytest.mark.django_db
def test_every_demo_article_has_a_described_lead_picture_and_a_picture_section(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        load_demo()

    for article in Article.objects.select_related("lead_picture"):
        lead = article.lead_picture
        assert lead is not None, article.slug
        assert lead.alt_text and lead.caption and not lead.decorative
        assert lead.renditions["card"]["avif"], "renditions are made once the demo commits"
        pictured = article.sections.filter(kind=Section.Kind.PICTURE).select_related("picture")
        assert pictured.exists(), article.slug
        assert all(s.picture.alt_text for s in pictured)
        # Picture sections stand between text sections, not all at the end.
        kinds = list(article.sections.values_list("kind", flat=True))
        assert kinds[0] == Section.Kind.TEXT and kinds.index(Section.Kind.PICTURE) < len(kinds) - 1


@pytest.mark.django_db
def test_loading_the_demo_twice_adds_no_second_set_of_pictures():
    from articles.models import Picture

    load_demo()
    count = Picture.objects.count()
    load_demo()

    assert Picture.objects.count() == count > 0
