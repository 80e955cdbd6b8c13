from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        import reversion

        from .models import Article, Section

        # One revision covers the article and all its sections.
        if not reversion.is_registered(Article):
            reversion.register(Article, follow=["sections"], exclude=["comment_count", "modified_at"])
        if not reversion.is_registered(Section):
            reversion.register(Section)

        # accounts: the user's articles in "Download my data", the erasure, the profile and the admin's user list.
        from . import account_hooks

        account_hooks.register()
