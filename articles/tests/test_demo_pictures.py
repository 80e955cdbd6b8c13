"""The demo illustrations: a set for every demo article, described for screen readers, drawn cleanly and distinct."""

import itertools

import pytest
from PIL import Image, ImageChops, ImageStat

from articles import demo_content
from articles.demo_pictures import PICTURES_BY_ARTICLE, DemoPicture, render

PICTURES = [
    picture for pictures in PICTURES_BY_ARTICLE.values() for picture in (pictures["lead"], *pictures["sections"])
]
SMALL = (480, 320)


def _ids(picture):
    return picture.key


def _neighbour_difference(image):
    """Return the mean colour difference between horizontally and vertically adjacent pixels."""
    width, height = image.size
    across = ImageChops.difference(image.crop((1, 0, width, height)), image.crop((0, 0, width - 1, height)))
    down = ImageChops.difference(image.crop((0, 1, width, height)), image.crop((0, 0, width, height - 1)))
    return (sum(ImageStat.Stat(across).mean) + sum(ImageStat.Stat(down).mean)) / 6


@pytest.fixture(scope="module")
def drawings():
    return {picture.key: render(picture, *SMALL) for picture in PICTURES}


def test_every_demo_article_has_a_lead_and_at_least_one_section_picture():
    slugs = [article["slug"] for article in demo_content.ARTICLES]

    assert set(PICTURES_BY_ARTICLE) == set(slugs)
    for slug in slugs:
        assert isinstance(PICTURES_BY_ARTICLE[slug]["lead"], DemoPicture)
        assert len(PICTURES_BY_ARTICLE[slug]["sections"]) >= 1


def test_picture_keys_are_unique():
    keys = [picture.key for picture in PICTURES]

    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("picture", PICTURES, ids=_ids)
def test_picture_has_title_caption_credit_and_one_sentence_of_alt_text(picture):
    assert picture.title.strip()
    assert picture.caption.strip()
    assert picture.credit.strip()
    alt = picture.alt_text.strip()
    assert alt.endswith(".")
    assert ". " not in alt
    assert not alt.lower().startswith(("image of", "picture of", "illustration of"))


def test_render_defaults_to_a_1600_by_1067_rgb_image():
    image = render(PICTURES[0])

    assert image.mode == "RGB"
    assert image.size == (1600, 1067)


@pytest.mark.parametrize("size", [(640, 360), (300, 500), (1200, 300), (3, 2)])
def test_render_returns_an_rgb_image_of_exactly_the_requested_size(size):
    for picture in PICTURES:
        image = render(picture, *size)

        assert image.mode == "RGB"
        assert image.size == size


def test_render_draws_the_same_picture_every_time():
    first, second = render(PICTURES[0], *SMALL), render(PICTURES[0], *SMALL)

    assert ImageChops.difference(first, second).getbbox() is None


@pytest.mark.parametrize("picture", PICTURES, ids=_ids)
def test_drawing_is_neither_blank_nor_noisy(picture, drawings):
    image = drawings[picture.key]

    assert len(image.resize((64, 64), Image.Resampling.LANCZOS).getcolors(64 * 64)) > 8
    assert ImageStat.Stat(image.convert("L")).stddev[0] > 10
    # Random noise differs by about 65 between neighbours; flat shapes with smooth edges stay near 2.
    assert _neighbour_difference(image) < 6


def test_all_drawings_are_different(drawings):
    thumbnails = {key: image.convert("L").resize((32, 32), Image.Resampling.BOX) for key, image in drawings.items()}

    for a, b in itertools.combinations(thumbnails, 2):
        difference = ImageStat.Stat(ImageChops.difference(thumbnails[a], thumbnails[b])).mean[0]
        assert difference > 4, f"{a} and {b} look alike"
