"""The <picture> element readers get: AVIF and WebP sources, a JPEG fallback, widths, sizes and no layout shift."""

from django.core.files.storage import default_storage
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from .renditions import FORMATS

# How wide each kind is shown, for the browser to pick a width from srcset before the CSS has loaded.
SIZES = {
    "full": "(min-width: 46rem) 44rem, calc(100vw - 2rem)",
    "card": "(min-width: 40rem) 22rem, calc(100vw - 2rem)",
    "thumb": "4rem",
}


def _srcset(entries):
    return ", ".join(f"{default_storage.url(name)} {width}w" for width, _height, name in entries)


# Rendered elements by everything they depend on: a page shows the same pictures again and again between two
# uploads, and the markup of one picture costs a dozen storage.url() calls. Names carry content hashes, so a key
# never stands for two different outputs; the media base URL is in the key for tests that change it.
_RENDERED = {}
_RENDERED_MAX = 10_000


def picture_element(picture, kind="full", *, lead=False, css_class="", alt=None):
    """Return the <picture> HTML of a library picture; lead pictures load first, the others lazily."""
    alt = picture.alt if alt is None else alt
    stored = (picture.renditions or {}).get(kind) or {}
    fingerprint = stored["jpeg"][-1][2] if stored.get("jpeg") else picture.file.name
    key = (picture.pk, kind, lead, css_class, alt, fingerprint, len(stored), default_storage.url(""))
    html = _RENDERED.get(key)
    if html is None:
        if len(_RENDERED) >= _RENDERED_MAX:
            _RENDERED.clear()
        html = _RENDERED[key] = _picture_element(picture, kind, lead=lead, css_class=css_class, alt=alt)
    return html


def _picture_element(picture, kind, *, lead, css_class, alt):
    loading = {"fetchpriority": "high"} if lead else {"loading": "lazy"}
    stored = (picture.renditions or {}).get(kind)
    if not stored or not stored.get("jpeg"):
        # Renditions not made yet (a background worker is on it): the clean master, at its own size.
        attrs = {"src": picture.file.url, "width": picture.width, "height": picture.height, **loading}
        return format_html("<picture>{}</picture>", _img(attrs, alt, css_class))
    sizes = SIZES.get(kind, "100vw")
    sources = format_html_join(
        "",
        '<source type="{}" srcset="{}" sizes="{}">',
        ((FORMATS[fmt][1], _srcset(stored[fmt]), sizes) for fmt in ("avif", "webp") if stored.get(fmt)),
    )
    jpeg = stored["jpeg"]
    default = jpeg[min(1, len(jpeg) - 1)]  # a middle width for browsers that ignore srcset
    attrs = {
        "src": default_storage.url(default[2]),
        "srcset": _srcset(jpeg),
        "sizes": sizes,
        # The widest rendition's size: with CSS height:auto the box has the right shape before the file arrives.
        "width": jpeg[-1][0],
        "height": jpeg[-1][1],
        **loading,
    }
    return format_html("<picture>{}{}</picture>", sources, _img(attrs, alt, css_class))


def _img(attrs, alt, css_class):
    if css_class:
        attrs["class"] = css_class
    rest = format_html_join("", ' {}="{}"', attrs.items())
    return format_html('<img{} alt="{}" decoding="async">', rest, alt)


def figure_element(picture, *, caption=None, lead=False, alt=None):
    """Return a <figure> with the picture, its caption and its credit."""
    caption = picture.caption if caption is None else caption
    parts = []
    if caption:
        parts.append(format_html('<span class="figure-caption">{}</span>', caption))
    if picture.credit:
        parts.append(format_html('<span class="figure-credit">{}</span>', picture.credit))
    figcaption = format_html("<figcaption>{}</figcaption>", mark_safe(" ".join(parts))) if parts else ""  # noqa: S308
    return format_html(
        '<figure class="figure{}">{}{}</figure>',
        " figure-lead" if lead else "",
        picture_element(picture, "full", lead=lead, alt=alt),
        figcaption,
    )


def social_image(picture):
    """Return (storage name, width, height) of the picture for link previews and feeds, or None."""
    stored = (picture.renditions or {}).get("social", {}).get("jpeg")
    if stored:
        width, height, name = stored[0]
        return name, width, height
    if picture.file:
        return picture.file.name, picture.width, picture.height
    return None
