from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("users/<slug:handle>/", views.profile, name="profile"),
    path("users/<slug:handle>/avatar.svg", views.default_avatar, name="default-avatar"),
    path("settings/", views.settings_page, name="settings"),
    path("settings/download/", views.export_data, name="export-data"),
    path("settings/delete/", views.delete_account, name="delete-account"),
    path("settings/sign-out-everywhere/", views.sign_out_everywhere, name="sign-out-everywhere"),
]
