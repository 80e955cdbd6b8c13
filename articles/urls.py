from django.urls import path

from . import views
from .page_cache import anonymous_page

app_name = "articles"

urlpatterns = [
    path("", anonymous_page(views.home, scope="listings"), name="home"),
    path(
        "topics/<slug:slug>/",
        anonymous_page(views.topic_detail, scope="listings", params={"page"}),
        name="topic-detail",
    ),
    path(
        "articles/<slug:slug>/",
        anonymous_page(views.article_detail, scope="article", params={"page", "sort"}),
        name="article-detail",
    ),
]
