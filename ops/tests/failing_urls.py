"""A URLconf with a view that fails for a reason other than an outage."""

from django.urls import path

from twitchsite.urls import handler500, urlpatterns  # noqa: F401


def boom(request):
    raise ValueError("a bug, not an outage")


urlpatterns = [path("boom/", boom), *urlpatterns]
