"""Scenes for the article on packing light: a carry-on case, an open suitcase from above."""

from ..canvas import scene
from ..palette import (
    CORAL,
    CORAL_PALE,
    CREAM,
    MUSTARD,
    MUSTARD_DARK,
    NAVY,
    NAVY_LIGHT,
    SAGE,
    SAND_DARK,
    STEEL,
    TEAL,
    TEAL_DARK,
    TEAL_LIGHT,
    TEAL_PALE,
    WHITE,
    mix,
    translucent,
)
from ..shapes import cloud, floorboards, plane, potted_plant, window


def _sky_with_plane(v, box):
    """Paint a day sky with a cloud and a small plane."""
    cloud(v, box[0] + 40, box[1] + 300, 200, WHITE)
    plane(v, box[0] + 260, box[1] + 120, 130, NAVY_LIGHT)


def _suitcase(c, x0, x1, floor, colour):
    """Draw an upright carry-on suitcase with a raised handle, from x0 to x1, on its wheels on the floor."""
    top, bottom = floor - 470, floor - 30
    mid = (x0 + x1) / 2
    for rod in (mid - 60, mid + 60):
        c.rect((rod - 7, top - 170, rod + 7, top), STEEL)
    c.rect((mid - 80, top - 190, mid + 80, top - 160), NAVY, radius=14)
    for wheel in (x0 + 45, x1 - 45):
        c.circle(wheel, floor - 22, 22, NAVY)
    c.rect((x0, top, x1, bottom), colour, radius=40)
    for x in (x0 + (x1 - x0) * f for f in (0.28, 0.5, 0.72)):
        c.rect((x - 5, top + 40, x + 5, bottom - 40), mix(colour, NAVY, 0.15), radius=5)
    c.rect((x1 - 6, top + 150, x1 + 14, top + 260), NAVY, radius=8)


def _folded_stack(c, x, floor, width, colours):
    """Draw a stack of folded clothes centred on x, from the floor upwards."""
    y = floor
    for i, colour in enumerate(colours):
        h = 56 if i % 2 else 48
        inset = 10 * (i % 3)
        c.rect((x - width / 2 + inset, y - h, x + width / 2 - inset, y), colour, radius=14)
        c.rect(
            (x - width / 2 + inset + 22, y - h + 12, x + width / 2 - inset - 22, y - h + 18),
            mix(colour, WHITE, 0.3),
            radius=3,
        )
        y -= h + 2


@scene(top="#d6e8e3", bottom="#eef3ec")
def suitcase_ready(c):
    """Draw a carry-on case beside a stack of folded clothes, below a window with a plane in the sky."""
    window(c, (160, 150, 560, 590), ("#a9d1e0", "#e8f3f2"), _sky_with_plane)
    floorboards(c, 800, SAND_DARK, gaps=3)
    c.ellipse(1000, 810, 380, 30, translucent(NAVY, 26))
    _suitcase(c, 760, 1060, 810, CORAL)
    _folded_stack(c, 1250, 808, 260, (NAVY_LIGHT, TEAL, CREAM, MUSTARD, SAGE))
    potted_plant(c, 430, 800, 240, TEAL_DARK)


def _rolled_garment(c, x, y, length, colour):
    """Draw a rolled piece of clothing from above, lying across at (x, y)."""
    c.rect((x, y - 34, x + length, y + 34), colour, radius=34)
    c.ring(x + 34, y, 20, 20, mix(colour, NAVY, 0.2), 5)
    c.rect((x + 70, y - 4, x + length - 24, y + 4), mix(colour, WHITE, 0.25), radius=4)


@scene(top="#efe6d6", bottom="#e4d5bd")
def open_case_flatlay(c):
    """Draw an open suitcase from above with rolled clothes, a folded shirt, a wash bag and sunglasses."""
    for x0 in (220, 760):
        c.rect((x0 + 14, 204, x0 + 534, 834), translucent(NAVY, 26), radius=56)
        c.rect((x0, 190, x0 + 520, 820), TEAL_DARK, radius=56)
        c.rect((x0 + 30, 220, x0 + 490, 790), "#dcebe6", radius=34)
    c.rect((740, 300, 760, 700), NAVY_LIGHT)
    c.rect((280, 250, 680, 480), CREAM, radius=18)
    c.polygon([(440, 250), (520, 250), (480, 320)], TEAL_PALE)
    c.rect((300, 400, 660, 410), mix(CREAM, NAVY, 0.08))
    c.rect((280, 530, 680, 760), translucent(TEAL_LIGHT, 140), radius=18)
    c.rect((330, 580, 520, 720), CORAL, radius=30)
    c.rect((330, 600, 520, 608), mix(CORAL, WHITE, 0.4))
    for row, (y, colours) in enumerate(
        ((300, (MUSTARD, CORAL)), (420, (NAVY_LIGHT, SAGE)), (540, (CREAM, TEAL)), (660, (CORAL_PALE, MUSTARD_DARK)))
    ):
        x = 820 + (row % 2) * 20
        for colour in colours:
            _rolled_garment(c, x, y, 190, colour)
            x += 210
    for cx in (1340, 1420):
        c.circle(cx, 900, 36, NAVY)
        c.circle(cx, 900, 26, "#5f7290")
    c.line([(1372, 892), (1388, 892)], NAVY, 8)
    c.rect((90, 860, 220, 960), NAVY, radius=10)
