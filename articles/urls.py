from django.urls import path

from . import feeds, sitemap_views, views
from .page_cache import anonymous_page

app_name = "articles"

# bench: home, topic and article pages are cached whole for anonymous visitors (articles/page_cache.py).
urlpatterns = [
    path("", anonymous_page(views.home, scope="listings"), name="home"),
    path("search/", views.search, name="search"),
    path("feed/", feeds.LatestArticlesFeed(), name="feed"),
    path("sitemap.xml", sitemap_views.index, name="sitemap"),
    path("sitemap-articles.xml", sitemap_views.section, {"section": "articles"}, name="sitemap-articles"),
    path("sitemap-topics.xml", sitemap_views.section, {"section": "topics"}, name="sitemap-topics"),
    path("sitemap-authors.xml", sitemap_views.section, {"section": "authors"}, name="sitemap-authors"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path(
        "topics/<slug:slug>/",
        anonymous_page(views.topic_detail, scope="listings", params={"page"}),
        name="topic-detail",
    ),
    path("topics/<slug:slug>/feed/", feeds.TopicFeed(), name="topic-feed"),
    path(
        "articles/<slug:slug>/",
        anonymous_page(views.article_detail, scope="article", params={"comments", "sort"}),
        name="article-detail",
    ),
    # Below accounts' /users/<handle>/ profile: the full, paginated list behind its "Articles by" section.
    path("users/<slug:handle>/articles/", views.author_articles, name="author-articles"),
]
