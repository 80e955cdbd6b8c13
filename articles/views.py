"""Public article pages: thin views that ask querysets and render templates."""

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from .extensions import build_panels
from .models import Article, Topic


def home(request):
    latest = Article.objects.published().for_listing()[: settings.ARTICLES_PER_PAGE]
    return render(request, "articles/home.html", {"articles": latest})


def topic_detail(request, slug):
    topic = get_object_or_404(Topic, slug=slug)
    articles = Article.objects.published().filter(topic=topic).for_listing()
    page = Paginator(articles, settings.ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "articles/topic_detail.html", {"topic": topic, "page_obj": page})


def article_detail(request, slug):
    article = get_object_or_404(
        Article.objects.visible_to(request.user).select_related("topic", "author").prefetch_related("sections"),
        slug=slug,
    )
    more = Article.objects.published().filter(author=article.author).exclude(pk=article.pk).for_listing()[:5]
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "more_by_author": more, "panels": build_panels(request, article)},
    )


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors that touch the database: the database may be why we are here.
    from django.http import HttpResponseServerError
    from django.template import loader

    return HttpResponseServerError(loader.get_template("500.html").render({}))
