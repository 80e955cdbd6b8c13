"""Hooks through which upper apps (comments) add panels to the article page.

articles must not import comments; comments registers a panel here from its AppConfig.ready().
A panel is a template plus a function that returns its context, so the view still prepares
every query and the template only shows data.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ArticlePanel:
    name: str
    template_name: str
    # context(request, article) -> dict; runs in the view, before rendering
    context: callable
    order: int = 100


_panels: dict[str, ArticlePanel] = {}


def register_article_panel(panel):
    _panels[panel.name] = panel


def article_panels():
    return sorted(_panels.values(), key=lambda p: p.order)


def build_panels(request, article):
    """Return [(template_name, context)] for every registered panel of the article page."""
    return [(p.template_name, p.context(request, article)) for p in article_panels()]
