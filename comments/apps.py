from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = "Comments"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts.registry import (
            register_eraser,
            register_exporter,
            register_profile_section,
            register_settings_section,
        )
        from articles.extensions import ArticlePanel, register_article_panel

        from . import privacy
        from .panel import comments_panel_context
        from .views import comment_emails_context

        register_article_panel(
            ArticlePanel(name="comments", template_name="comments/panel.html", context=comments_panel_context, order=50)
        )
        register_exporter("comments", privacy.export_comments)
        register_eraser("comments", privacy.erase_comments)
        register_profile_section(
            order=50, template_name="comments/profile_comments.html", context=privacy.profile_comments_context
        )
        register_settings_section(
            order=50, template_name="comments/settings_emails.html", context=comment_emails_context
        )
