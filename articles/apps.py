from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        import reversion

        from .models import Article, Section

        # One revision covers the article and all its sections; the search vector is the database's to compute.
        if not reversion.is_registered(Article):
            reversion.register(Article, follow=["sections"], exclude=["comment_count", "modified_at", "search_vector"])
        if not reversion.is_registered(Section):
            reversion.register(Section)

        # public: the author's articles on the public profile page (accounts knows nothing of articles).
        from accounts.registry import register_profile_section, registry

        from .profile import profile_articles_context

        if not any(template == "articles/profile_articles.html" for _o, template, _c in registry.profile_sections):
            register_profile_section(
                order=10, template_name="articles/profile_articles.html", context=profile_articles_context
            )
        # accounts: the user's articles in "Download my data", the erasure, the profile and the admin's user list.
        from . import account_hooks

        account_hooks.register()
