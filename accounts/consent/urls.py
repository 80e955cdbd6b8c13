from django.urls import path

from . import views

app_name = "consent"

urlpatterns = [
    path("consent/", views.save, name="save"),
    path("consent/contextual/", views.contextual, name="contextual"),
    path("consent/preferences/", views.preferences, name="preferences"),
    path(".well-known/gpc.json", views.gpc_json, name="gpc-json"),
    path("privacy/", views.privacy, name="privacy"),
]
