from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("users/<slug:handle>/", views.profile, name="profile"),
    path("users/<slug:handle>/avatar.svg", views.default_avatar, name="default-avatar"),
]
