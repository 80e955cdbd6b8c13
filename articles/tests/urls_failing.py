"""A URLconf with a view that fails, to check the site's 500 page."""

from django.urls import path

from twitchsite.urls import urlpatterns as site_urlpatterns


def boom(request):
    raise RuntimeError("a bug in a view")


urlpatterns = [path("boom/", boom), *site_urlpatterns]
handler404 = "articles.views.page_not_found"
handler500 = "articles.views.server_error"
