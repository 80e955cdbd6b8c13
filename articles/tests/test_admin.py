import pytest
import reversion
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from reversion.models import Revision, Version

from accounts.tests.factories import AuthorFactory
from articles.history.services import EditConflict, article_version_bump
from articles.models import Article, Section
from articles.tests.admin_helpers import add_revisions, editor, form_data, section_key
from articles.tests.factories import ArticleFactory, SectionFactory, TopicFactory

pytestmark = pytest.mark.django_db


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def history_url(article):
    return reverse("admin:articles_article_history", args=[article.pk])


def revisions_of(article):
    return Revision.objects.filter(version__in=Version.objects.get_for_object(article)).distinct()


@pytest.fixture
def author():
    return AuthorFactory()


@pytest.fixture
def author_client(client, author):
    client.force_login(author)
    return client


@pytest.fixture
def article(author):
    article = ArticleFactory(author=author, title="Why muscles twitch")
    SectionFactory(article=article, order=1, heading="Causes", body="Caffeine and stress cause twitches.")
    SectionFactory(article=article, order=2, heading="Help", body="Sleep more and move daily.")
    return article


def open_form(client, article):
    response = client.get(change_url(article))
    assert response.status_code == 200
    return form_data(response)


# permissions


def test_author_lists_and_opens_only_their_own_articles(author_client, article):
    other = ArticleFactory(title="Someone else's piece")

    listing = author_client.get(reverse("admin:articles_article_changelist")).content.decode()

    assert "Why muscles twitch" in listing
    assert "Someone else&#x27;s piece" not in listing and "Someone else's piece" not in listing
    assert author_client.get(change_url(other)).status_code == 404
    assert author_client.get(history_url(other)).status_code == 404
    assert (
        author_client.post(reverse("admin:articles_article_delete", args=[other.pk]), {"post": "yes"}).status_code
        == 404
    )
    assert Article.objects.filter(pk=other.pk).exists()


def test_author_cannot_save_over_another_authors_article_by_posting(author_client, client, article):
    other = ArticleFactory(title="Not yours")
    data = open_form(author_client, article)
    data["title"] = "Hijacked"

    response = author_client.post(change_url(other), data)

    assert response.status_code == 404
    other.refresh_from_db()
    assert other.title == "Not yours"


def test_editor_sees_every_article(client, article):
    other = ArticleFactory(title="Another author's piece")
    client.force_login(editor())

    listing = client.get(reverse("admin:articles_article_changelist")).content.decode()

    assert "Why muscles twitch" in listing and "Another author" in listing
    assert client.get(change_url(other)).status_code == 200


def test_slug_help_shows_the_whole_article_address(author_client):
    html = author_client.get(reverse("admin:articles_article_add")).content.decode()

    assert "/articles/this-part/" in html
    assert "/articles/<slug>/" not in html


def test_publishing_a_draft_without_a_publish_time_publishes_it_now(author_client, author):
    draft = ArticleFactory(author=author, status="draft", published_at=None)
    data = open_form(author_client, draft)
    data.update({"status": "published", "published_at_0": "", "published_at_1": ""})

    before = timezone.now()
    response = author_client.post(change_url(draft), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    draft.refresh_from_db()
    assert draft.status == "published"
    assert before <= draft.published_at <= timezone.now()
    assert author_client.get(draft.get_absolute_url()).status_code == 200


def test_view_on_site_opens_the_page_on_this_site_and_is_called_preview_for_a_draft(author_client, author, article):
    draft = ArticleFactory(author=author, status="draft", published_at=None)

    live_form = author_client.get(change_url(article)).content.decode()
    draft_form = author_client.get(change_url(draft)).content.decode()

    assert f'<a href="{article.get_absolute_url()}" class="viewsitelink">View on site</a>' in live_form
    assert f'<a href="{draft.get_absolute_url()}" class="viewsitelink">Preview</a>' in draft_form
    assert "example.com" not in live_form + draft_form


def test_new_article_by_an_author_is_theirs_whatever_the_form_says(author_client, author):
    intruder = AuthorFactory()
    topic = TopicFactory()
    data = new_article_data(topic, [("1", "Neck")]) | {"author": intruder.pk}

    response = author_client.post(reverse("admin:articles_article_add"), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="stretching-at-your-desk")
    assert article.author == author
    [revision] = revisions_of(article)
    assert revision.comment == "First draft" and revision.user == author
    assert revision.version_set.filter(content_type__model="section").count() == 1


def test_author_without_revert_permission_cannot_revert(author_client, author, article):
    add_revisions(article, 2)
    author.groups.clear()
    author.user_permissions.add(*Permission.objects.filter(codename__in=["change_article", "view_article"]))
    first = revisions_of(article).order_by("date_created", "pk").first()

    response = author_client.post(reverse("admin:articles_article_revert", args=[article.pk, first.pk]))

    assert response.status_code == 403


# one save, one revision


def test_one_save_of_article_and_sections_is_exactly_one_revision_with_note_and_user(author_client, author, article):
    data = open_form(author_client, article)
    data["title"] = "Why muscles twitch, and when to worry"
    data[section_key(0, "body")] = "Caffeine, stress and poor sleep cause twitches."
    data[section_key(1, "DELETE")] = "on"
    data["change_note"] = "Sharper title; drop the help section"

    response = author_client.post(change_url(article), data)

    assert response.status_code == 302
    [revision] = revisions_of(article)
    assert revision.comment == "Sharper title; drop the help section"
    assert revision.user == author
    assert revision.version_set.filter(content_type__model="article").count() == 1
    sections = revision.version_set.filter(content_type__model="section")
    assert [v.field_dict["body"] for v in sections] == ["Caffeine, stress and poor sleep cause twitches."]
    article.refresh_from_db()
    assert article.version == 2


def test_a_save_with_no_change_creates_no_revision(author_client, article):
    add_revisions(article, 1)
    article.refresh_from_db()
    data = open_form(author_client, article)
    data["change_note"] = "Just looking"
    count = Revision.objects.count()

    response = author_client.post(change_url(article), data, follow=True)

    assert Revision.objects.count() == count
    assert "Nothing was changed" in response.content.decode()
    assert "was changed successfully" not in response.content.decode()
    assert Article.objects.get(pk=article.pk).version == article.version


def test_minor_edit_keeps_updated_on_and_substantive_edit_moves_it(author_client, article):
    long_ago = (timezone.now() - timezone.timedelta(days=30)).replace(microsecond=0)
    Article.objects.filter(pk=article.pk).update(published_at=long_ago, updated_on=long_ago)
    article.refresh_from_db()

    data = open_form(author_client, article)
    data["title"] = "Why muscles twitch (typo fixed)"
    data["minor_edit"] = "on"
    author_client.post(change_url(article), data)
    article.refresh_from_db()
    assert article.title.endswith("(typo fixed)")
    assert article.updated_on == long_ago

    data = open_form(author_client, article)
    data[section_key(0, "body")] = "A new paragraph about magnesium."
    author_client.post(change_url(article), data)
    article.refresh_from_db()
    assert timezone.now() - article.updated_on < timezone.timedelta(minutes=5)


# edit conflicts


def test_second_of_two_concurrent_saves_is_refused_and_keeps_what_was_typed(client, django_user_model, article):
    from django.test import Client

    add_revisions(article, 1)  # as if created in the admin
    first, second = Client(), Client()
    first.force_login(article.author)
    second.force_login(editor())
    data_first = open_form(first, article)
    data_second = open_form(second, article)

    data_first["title"] = "Twitching muscles explained"
    assert first.post(change_url(article), data_first).status_code == 302

    data_second[section_key(1, "body")] = "Drink less coffee after noon; my sentence."
    data_second["change_note"] = "Coffee advice"
    response = second.post(change_url(article), data_second)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else saved this article" in page
    assert "<ins>Twitching </ins>" in page and "<ins>explained</ins>" in page  # what the first person changed
    assert "Drink less coffee after noon; my sentence." in page  # nothing typed is lost
    assert 'value="Coffee advice"' in page
    article.refresh_from_db()
    assert article.title == "Twitching muscles explained"
    assert article.sections.get(order=2).body == "Sleep more and move daily."
    assert revisions_of(article).count() == 2

    # Having seen the other change, the second person saves again on purpose: now it goes through.
    again = form_data(response)
    assert again[section_key(1, "body")] == "Drink less coffee after noon; my sentence."
    again["title"] = "Twitching muscles explained"  # merged by hand from the diff shown
    assert second.post(change_url(article), again).status_code == 302
    article.refresh_from_db()
    assert article.sections.get(order=2).body == "Drink less coffee after noon; my sentence."
    assert article.title == "Twitching muscles explained"
    assert revisions_of(article).count() == 3


def test_version_bump_from_a_stale_version_is_refused(article):
    article_version_bump(article=article, expected=1)

    with pytest.raises(EditConflict):
        article_version_bump(article=Article.objects.get(pk=article.pk), expected=1)
    assert Article.objects.get(pk=article.pk).version == 2


# history, compare, revert, recover


def test_history_lists_who_when_note_and_word_counts(author_client, author, article):
    add_revisions(article, 3)

    page = author_client.get(history_url(article)).content.decode()

    assert page.count('name="old"') == 3
    assert "edit 2" in page and "edit 0" in page
    assert author.public_name in page
    assert "+2" in page and "−1" in page  # a word more in the first section, a new number in the title


def test_history_page_runs_a_constant_number_of_queries(client, settings, django_assert_max_num_queries, article):
    settings.HISTORY_PER_PAGE = 25
    client.force_login(editor())
    add_revisions(article, 2)
    client.get(history_url(article))  # warm per-process caches (content types, consent policy)
    with django_assert_max_num_queries(12) as small:
        client.get(history_url(article))
    for order in range(3, 13):
        SectionFactory(article=article, order=order)
    add_revisions(article, 58)

    budget = len(small.captured_queries)
    with django_assert_max_num_queries(budget):
        first = client.get(history_url(article))
    with django_assert_max_num_queries(budget):
        last = client.get(history_url(article) + "?page=3")

    assert first.content.decode().count('name="old"') == 25
    assert last.content.decode().count('name="old"') == 10


def test_compare_any_two_revisions_side_by_side_escaping_everything(author_client, article):
    add_revisions(article, 3)
    with reversion.create_revision():
        article.title = "Twitches <script>alert(1)</script>"
        article.status = "draft"
        article.save()
    oldest, *_middle, newest = list(revisions_of(article).order_by("date_created", "pk"))

    response = author_client.get(
        reverse("admin:articles_article_compare", args=[article.pk]), {"old": oldest.pk, "new": newest.pk}
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<del>" in page and "<ins>" in page
    assert "Published" in page and "Draft" in page  # a field-level change of status


def test_compare_refuses_a_revision_of_another_article(author_client, article):
    other = ArticleFactory(author=article.author)
    add_revisions(article, 1)
    add_revisions(other, 1)

    response = author_client.get(
        reverse("admin:articles_article_compare", args=[article.pk]),
        {"old": revisions_of(article).get().pk, "new": revisions_of(other).get().pk},
    )

    assert response.status_code == 404


def test_revert_asks_first_then_makes_a_new_identical_revision(author_client, author, article):
    add_revisions(article, 1)
    target = revisions_of(article).get()
    target_versions = {(v.content_type.model, v.object_id): v.field_dict for v in target.version_set.all()}
    # Later: a new section, a deleted section, a new title.
    with reversion.create_revision():
        article.title = "Completely new title"
        article.save()
        article.sections.get(order=2).delete()
        SectionFactory(article=article, order=9, heading="Added later")
    url = reverse("admin:articles_article_revert", args=[article.pk, target.pk])

    confirm = author_client.get(url)
    assert confirm.status_code == 200 and "Yes, revert" in confirm.content.decode()
    assert Article.objects.get(pk=article.pk).title == "Completely new title"

    response = author_client.post(url, {"note": "Back to the good one"})

    assert response.status_code == 302
    article.refresh_from_db()
    newest = revisions_of(article).order_by("-date_created", "-pk").first()
    assert newest.comment.endswith("Back to the good one") and newest.user == author
    newest_versions = {(v.content_type.model, v.object_id): v.field_dict for v in newest.version_set.all()}
    assert newest_versions.keys() == target_versions.keys()
    for key, fields in target_versions.items():
        assert {k: v for k, v in newest_versions[key].items() if k != "version"} == {
            k: v for k, v in fields.items() if k != "version"
        }
    assert not article.sections.filter(heading="Added later").exists()
    assert article.sections.count() == 2
    assert article.version > target_versions[("article", str(article.pk))]["version"]


def test_deleted_article_is_recovered_with_its_sections(client, article):
    add_revisions(article, 1)
    client.force_login(editor())
    pk = article.pk
    client.post(reverse("admin:articles_article_delete", args=[pk]), {"post": "yes"})
    assert not Article.objects.filter(pk=pk).exists() and not Section.objects.filter(article_id=pk).exists()

    listing = client.get(reverse("admin:articles_article_recover_list")).content.decode()
    version = Version.objects.get_deleted(Article).get(object_id=str(pk))
    assert "Recover" in listing and article.title.split(" v")[0] in listing
    response = client.post(reverse("admin:articles_article_recover", args=[version.pk]))

    assert response.status_code == 302
    recovered = Article.objects.get(pk=pk)
    assert recovered.sections.count() == 2
    assert abs(recovered.created_at - article.created_at) < timezone.timedelta(milliseconds=1)  # JSON keeps ms
    assert recovered.version > article.version
    assert revisions_of(recovered).order_by("-pk").first().comment == "Recovered after deletion"


def test_author_cannot_recover_another_authors_deleted_article(author_client, article):
    other = ArticleFactory()
    add_revisions(other, 1)
    version_pk = Version.objects.get_for_object(other).first().pk
    other.delete()

    assert author_client.get(reverse("admin:articles_article_recover", args=[version_pk])).status_code == 404


def test_publish_and_unpublish_actions_record_a_revision_each(author_client, article):
    changelist = reverse("admin:articles_article_changelist")

    author_client.post(changelist, {"action": "unpublish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == "draft"
    author_client.post(changelist, {"action": "publish", "_selected_action": [article.pk]})
    article.refresh_from_db()

    assert article.status == "published"
    assert [r.comment for r in revisions_of(article).order_by("pk")] == [
        "Unpublished (back to draft) from the article list",
        "Published from the article list",
    ]


def test_list_actions_speak_of_one_article_or_topic_in_the_singular(author_client, article, admin_client):
    changelist = reverse("admin:articles_article_changelist")
    response = author_client.post(changelist, {"action": "unpublish", "_selected_action": [article.pk]}, follow=True)
    assert "1 article moved back to draft." in response.content.decode()
    response = author_client.post(changelist, {"action": "publish", "_selected_action": [article.pk]}, follow=True)
    assert "1 article published." in response.content.decode()

    topics = reverse("admin:articles_topic_changelist")
    for action, message in (
        ("hide_from_navigation", "1 topic is no longer in the navigation."),
        ("show_in_navigation", "1 topic is now in the navigation."),
    ):
        response = admin_client.post(topics, {"action": action, "_selected_action": [article.topic_id]}, follow=True)
        assert message in response.content.decode()


def test_demo_articles_show_their_history_and_compare_first_with_last(client):
    from articles.demo import demo_load

    demo_load()
    client.force_login(editor())

    for article in Article.objects.all():
        page = client.get(history_url(article)).content.decode()
        revisions = list(revisions_of(article).order_by("date_created", "pk"))
        assert len(revisions) >= 2, article.slug
        assert page.count('name="old"') == len(revisions)
        assert all(r.comment in page for r in revisions)
        response = client.get(
            reverse("admin:articles_article_compare", args=[article.pk]),
            {"old": revisions[0].pk, "new": revisions[-1].pk},
        )
        assert "<ins>" in response.content.decode(), article.slug


def test_editing_a_demo_article_in_the_admin_adds_one_revision_to_its_history(client):
    from articles.demo import demo_load

    demo_load()
    article = Article.objects.get(slug="muscle-twitching-benign-fasciculations")
    client.force_login(editor())
    before = revisions_of(article).count()
    data = open_form(client, article)
    data["title"] = article.title + " (updated)"

    assert client.post(change_url(article), data).status_code == 302
    assert revisions_of(article).count() == before + 1


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_saves_cannot_both_win():
    import threading

    from django.db import connection
    from django.test import Client

    from articles.tests.admin_helpers import ensure_groups

    if connection.vendor != "postgresql":
        pytest.skip("needs a server database: threads share SQLite's in-memory test database")
    ensure_groups()
    article = ArticleFactory(title="Why muscles twitch")
    SectionFactory(article=article, order=1, body="Caffeine.")
    add_revisions(article, 1)
    clients, forms = [], []
    for number in range(2):
        browser = Client()
        browser.force_login(editor())
        data = open_form(browser, article)
        data["title"] = f"Title from person {number}"
        clients.append(browser)
        forms.append(data)
    barrier = threading.Barrier(2)
    statuses = []

    def save(number):
        barrier.wait()
        statuses.append(clients[number].post(change_url(article), forms[number]).status_code)
        connection.close()

    threads = [threading.Thread(target=save, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(statuses) == [200, 302]  # one saved, one refused with the conflict page
    article.refresh_from_db()
    assert article.version == 2  # one save moved it from 1
    assert revisions_of(article).count() == 2


def test_author_finds_topics_through_the_autocomplete(author_client):
    TopicFactory(name="Health")

    response = author_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "articles", "model_name": "article", "field_name": "topic", "term": "Heal"},
    )

    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Health"]


def test_editor_adds_a_topic(client):
    client.force_login(editor())

    response = client.post(
        reverse("admin:articles_topic_add"),
        {"name": "Gardening", "slug": "gardening", "order": 30, "in_navigation": "on"},
    )

    assert response.status_code == 302
    assert "Gardening" in client.get(reverse("admin:articles_topic_changelist")).content.decode()


def test_article_list_and_recover_list_run_a_constant_number_of_queries(client, django_assert_max_num_queries):
    client.force_login(editor())
    for _ in range(3):
        ArticleFactory()
    with django_assert_max_num_queries(30) as few:
        client.get(reverse("admin:articles_article_changelist"))
    for number in range(30):
        article = ArticleFactory(author=AuthorFactory())
        if number % 3 == 0:
            add_revisions(article, 1)
            article.delete()

    with django_assert_max_num_queries(len(few.captured_queries)):
        listing = client.get(reverse("admin:articles_article_changelist"))
    with django_assert_max_num_queries(12):
        recover = client.get(reverse("admin:articles_article_recover_list"))

    assert listing.status_code == 200
    assert recover.content.decode().count("Recover “") == 10


def new_article_data(topic, sections):
    """Return the add form's data for a draft with these (order, heading) sections, orders as typed ("" = empty)."""
    data = {
        "title": "Stretching at your desk",
        "slug": "stretching-at-your-desk",
        "topic": topic.pk,
        "summary": "Short breaks.",
        "status": "draft",
        "published_at_0": "",
        "published_at_1": "",
        "updated_on_0": "",
        "updated_on_1": "",
        "comments_open": "on",
        "change_note": "First draft",
        "sections-TOTAL_FORMS": str(len(sections)),
        "sections-INITIAL_FORMS": "0",
    }
    for index, (order, heading) in enumerate(sections):
        data |= {
            section_key(index, "order"): order,
            section_key(index, "kind"): "text",
            section_key(index, "heading"): heading,
            section_key(index, "body"): f"About {heading.lower()}.",
            section_key(index, "video_url"): "",
        }
    return data


def test_new_sections_start_with_an_empty_order_meaning_after_the_one_above(author_client, article):
    response = author_client.get(reverse("admin:articles_article_add"))
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.forms[0]["order"].value() is None
    assert formset.empty_form["order"].value() is None  # the one "Add another section" copies
    assert "Leave empty to place this section after the sections above it." in response.content.decode()

    extra = author_client.get(change_url(article)).context["inline_admin_formsets"][0].formset.forms[-1]
    assert extra["order"].value() is None


def test_three_new_sections_left_at_the_default_order_keep_the_order_typed(author_client):
    topic = TopicFactory()
    data = new_article_data(topic, [("", "Neck"), ("", "Shoulders"), ("", "Back")])

    response = author_client.post(reverse("admin:articles_article_add"), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="stretching-at-your-desk")
    assert [(s.order, s.heading) for s in article.sections.all()] == [(1, "Neck"), (2, "Shoulders"), (3, "Back")]
    page = author_client.get(article.get_absolute_url()).content.decode()
    assert page.index("Neck") < page.index("Shoulders") < page.index("Back")
    # The first revision holds the sections as saved: reverting to it later puts them back in this order.
    [revision] = revisions_of(article)
    saved = sorted(
        (v.field_dict["order"], v.field_dict["heading"])
        for v in revision.version_set.filter(content_type__model="section")
    )
    assert saved == [(1, "Neck"), (2, "Shoulders"), (3, "Back")]


def test_a_typed_order_is_kept_and_empty_ones_follow_the_sections_above(author_client):
    data = new_article_data(TopicFactory(), [("5", "Warm up"), ("", "Stretch"), ("2", "Intro"), ("", "Rest")])

    assert author_client.post(reverse("admin:articles_article_add"), data).status_code == 302

    article = Article.objects.get()
    assert [(s.order, s.heading) for s in article.sections.all()] == [
        (2, "Intro"),
        (5, "Warm up"),
        (6, "Stretch"),
        (7, "Rest"),  # after every section above it in the form, the "Warm up" at 5 included
    ]


def test_new_sections_added_while_editing_go_after_the_existing_ones_in_one_revision(author_client, article):
    data = open_form(author_client, article)
    for index, heading in ((2, "Diet"), (3, "When to see a doctor")):
        data |= {
            section_key(index, "order"): "",
            section_key(index, "kind"): "text",
            section_key(index, "heading"): heading,
            section_key(index, "body"): "More.",
            section_key(index, "video_url"): "",
        }
    data["sections-TOTAL_FORMS"] = "4"
    data["change_note"] = "Two more sections"
    before = revisions_of(article).count()

    response = author_client.post(change_url(article), data)

    assert response.status_code == 302, response.context["inline_admin_formsets"][0].formset.errors
    assert [(s.order, s.heading) for s in article.sections.all()] == [
        (1, "Causes"),
        (2, "Help"),
        (3, "Diet"),
        (4, "When to see a doctor"),
    ]
    assert revisions_of(article).count() == before + 1
    assert revisions_of(article).order_by("-pk").first().comment == "Two more sections"


def test_conflict_on_an_article_without_history_still_refuses_and_keeps_the_text(client, article):
    from django.test import Client

    first, second = Client(), Client()
    first.force_login(article.author)
    second.force_login(editor())
    data_first, data_second = open_form(first, article), open_form(second, article)
    data_first["summary"] = "Saved first."
    first.post(change_url(article), data_first)
    data_second["summary"] = "Typed second."

    page = second.post(change_url(article), data_second).content.decode()

    assert "Edit conflict" in page and "cannot be listed" in page
    assert "Typed second." in page
    assert Article.objects.get(pk=article.pk).summary == "Saved first."


def test_two_sections_at_the_same_place_are_refused_with_everything_typed_kept(author_client):
    data = new_article_data(TopicFactory(), [("", "Warm up"), ("1", "Stretch")])

    response = author_client.post(reverse("admin:articles_article_add"), data)

    assert response.status_code == 200
    assert not Article.objects.exists()
    html = response.content.decode()
    assert "Two sections cannot share a place in the article (order 1)" in html
    assert "Warm up" in html and "Stretch" in html and "Stretching at your desk" in html


def test_article_list_chooses_authors_by_link_not_from_a_sidebar_of_every_author(client):
    client.force_login(editor())
    chosen = ArticleFactory(title="Chosen author's piece")
    ArticleFactory.create_batch(30)  # thirty more authors
    changelist = reverse("admin:articles_article_changelist")

    html = client.get(changelist).content.decode()
    sidebar = html.split('id="changelist-filter"', 1)[1]
    assert "author__id__exact" not in sidebar  # chosen by the links in the rows
    assert html.count("?author__id__exact=") == 31
    assert 'class="xfull"' not in html and "published_at__year" not in html  # no full count, no date hierarchy

    filtered = client.get(changelist, {"author__id__exact": chosen.author_id}).context["cl"]
    assert [a.title for a in filtered.result_list] == ["Chosen author's piece"]


def test_an_editors_change_form_stays_small_and_constant_with_5000_readers(client, django_assert_max_num_queries):
    from django.contrib.auth import get_user_model

    article = ArticleFactory()
    client.force_login(editor())
    url = change_url(article)
    client.get(url)  # warm caches (content types, permissions)
    with django_assert_max_num_queries(40) as few:
        small = client.get(url)
    get_user_model().objects.bulk_create(
        get_user_model()(username=f"reader{i}", email=f"reader{i}@example.org", handle=f"reader-{i}")
        for i in range(5000)
    )

    with django_assert_max_num_queries(len(few.captured_queries)):
        large = client.get(url)

    assert large.status_code == 200
    assert len(large.content) < 100_000
    assert len(large.content) - len(small.content) < 2_000  # readers are not offered as authors
    assert article.author.public_name in large.content.decode()
