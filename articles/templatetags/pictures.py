"""Library pictures in templates: {% picture p "card" %}, {% picture p "full" lead=True %}, {% figure p lead=True %}.

Both tags only read the renditions recorded on the picture: no file is opened or looked up while a page renders.
"""

from django import template

from articles.pictures.html import figure_element, picture_element

register = template.Library()


@register.simple_tag
def picture(picture, kind="full", lead=False, css_class="", alt=None):
    """Return the <picture> element of a library picture in one rendition kind, or nothing without a picture."""
    if picture is None:
        return ""
    return picture_element(picture, kind, lead=lead, css_class=css_class, alt=alt)


@register.simple_tag
def figure(picture, caption=None, lead=False):
    """Return a <figure> with the picture, its caption and credit, or nothing without a picture."""
    if picture is None:
        return ""
    return figure_element(picture, caption=caption, lead=lead)
