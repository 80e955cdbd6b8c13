"""Public article pages: thin views that ask querysets and render templates."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .extensions import build_panels
from .listings import ListingPaginator, topic_highlights
from .models import Article, Section, Topic
from .related import more_and_related, reading_minutes, with_next_in_topic
from .search import clean_query, search_page
from .seo import article_meta

HIGHLIGHTS_PER_TOPIC = 3
MORE_BY_AUTHOR = 5


def home(request):
    """Show the latest articles and the newest few of every topic."""
    latest = list(Article.objects.published().for_listing()[: settings.ARTICLES_PER_PAGE])
    highlights = {}
    for article in topic_highlights(Article.objects.published(), HIGHLIGHTS_PER_TOPIC):
        highlights.setdefault(article.topic, []).append(article)
    return render(
        request,
        "articles/home.html",
        {"articles": latest, "topic_highlights": sorted(highlights.items(), key=lambda kv: kv[0].name)},
    )


def topic_detail(request, slug):
    topic = get_object_or_404(Topic, slug=slug)
    articles = Article.objects.published().filter(topic=topic).for_listing()
    page = ListingPaginator(articles, settings.ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "articles/topic_detail.html",
        {"topic": topic, "page_obj": page, "active_topic": topic.slug},
    )


def author_articles(request, handle):
    """List every published article of one author, newest first, paginated; a former handle redirects."""
    author = get_user_model().objects.filter(handle=handle, is_active=True).first()
    if author is None:
        moved = get_object_or_404(get_user_model().objects.filter(is_active=True).formerly_known_as(handle))
        url = reverse("articles:author-articles", kwargs={"handle": moved.handle})
        return HttpResponsePermanentRedirect(f"{url}?{request.GET.urlencode()}" if request.GET else url)
    articles = Article.objects.published().filter(author=author).for_listing()
    page = ListingPaginator(articles, settings.ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "articles/author_articles.html", {"author": author, "page_obj": page})


def article_detail(request, slug):
    """Show an article to whoever may read it; drafts and scheduled articles only as a preview to their editors."""
    article = (
        with_next_in_topic(Article.objects.visible_to(request.user))
        .select_related("topic", "author", "lead_picture")
        # Picture sections carry their picture in the same query as the sections.
        .prefetch_related(Prefetch("sections", queryset=Section.objects.select_related("picture")))
        .filter(slug=slug)
        .first()
    )
    if article is None:
        raise Http404("No such article.")
    more, related = more_and_related(article, more=MORE_BY_AUTHOR)
    sections = list(article.sections.all())
    response = render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "sections": sections,
            "reading_minutes": reading_minutes(article, sections),
            "related": related,
            "is_preview": not article.is_live,
            "more_by_author": more,
            "active_topic": article.topic.slug,
            "panels": build_panels(request, article),
            "page_messages": [m for m in get_messages(request) if "inline" not in (m.extra_tags or "").split()],
            **article_meta(article, request),
        },
    )
    if not article.is_live:
        # A preview is for its author and editors only: keep it out of shared caches and search engines.
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    return response


def search(request):
    """Search published articles; the query stays in the box and in the pagination links."""
    query = clean_query(request.GET.get("q"))
    page = None
    if query:
        articles = Article.objects.published().for_listing()
        page = search_page(articles, query, page=request.GET.get("page"), per_page=settings.ARTICLES_PER_PAGE)
    return render(
        request,
        "articles/article_search.html",
        {"query": query, "page_obj": page, "query_string": urlencode({"q": query}) if query else ""},
    )


@require_GET
@cache_control(public=True, max_age=86400)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri(reverse('articles:sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(public=True, max_age=86400)
def favicon(request):
    """Send browsers that ask for /favicon.ico (the admin, feeds, bookmarks) to the site's own icon."""
    # Not permanent: the icon's hashed file name changes when the icon does.
    return HttpResponseRedirect(static("favicon.svg"))


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors that touch the database: the database may be why we are here.
    from django.http import HttpResponseServerError
    from django.template import loader

    return HttpResponseServerError(loader.get_template("500.html").render({}))
