from django.urls import path

from . import views

app_name = "comments"

urlpatterns = [
    path("comments/<int:pk>/", views.comment_permalink, name="comment-permalink"),
    path("comments/<int:pk>/reply/", views.comment_reply, name="comment-reply"),
    path("comments/<int:pk>/edit/", views.comment_edit, name="comment-edit"),
    path("comments/<int:pk>/delete/", views.comment_delete, name="comment-delete"),
    path("comments/post/<int:article_pk>/", views.comment_post, name="comment-post"),
    path("comments/mute/<str:token>/", views.mute, name="mute"),
    # Beside the settings page it belongs to; comments owns the switch (accounts knows nothing of comments).
    path("settings/comment-emails/", views.comment_emails, name="comment-emails"),
]
