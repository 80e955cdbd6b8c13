"""Scenes for the article on daily sketching: a still life drawn on an easel, a sketchbook with pencils from above."""

import math

from ..canvas import DESIGN_WIDTH, scene
from ..palette import (
    CORAL,
    CORAL_DARK,
    CORAL_PALE,
    CREAM,
    MUSTARD,
    NAVY,
    NAVY_LIGHT,
    SAGE,
    SAGE_DARK,
    SAND,
    STEEL,
    TEAL,
    TEAL_DARK,
    TEAL_LIGHT,
    WHITE,
    WOOD,
    WOOD_DARK,
    mix,
    translucent,
)
from ..shapes import cloud, leaf, pencil, ridge, smooth, tree, window

# Outline of a round-bellied jug, in fractions of its height: x from its middle, y up from its base.
# fmt: off
_JUG = (
    (-0.3, 0), (0.3, 0), (0.42, 0.18), (0.4, 0.42), (0.24, 0.62), (0.18, 0.8), (0.24, 0.96), (0.2, 1.0),
    (-0.2, 1.0), (-0.24, 0.96), (-0.18, 0.8), (-0.24, 0.62), (-0.4, 0.42), (-0.42, 0.18),
)
# fmt: on


def _jug_outline(x, base, height):
    """Return the smoothed outline of the jug standing on the base line."""
    return smooth([(x + px * height, base - py * height) for px, py in _JUG], rounds=3)


# Outline of a tulip head, in fractions of its size from its centre: three petal tips over a rounded cup.
_TULIP = (
    (-0.4, -0.15),
    (-0.34, -0.6),
    (-0.12, -0.32),
    (0, -0.66),
    (0.12, -0.32),
    (0.34, -0.6),
    (0.4, -0.15),
    (0.34, 0.3),
    (0, 0.48),
    (-0.34, 0.3),
)


def _tulip_outline(x, y, size):
    """Return the smoothed outline of a tulip head centred on (x, y)."""
    return smooth([(x + px * size, y + py * size) for px, py in _TULIP], rounds=2)


def _tulip(c, x, y, size, colour):
    """Draw a tulip head with a lighter middle petal, centred on (x, y)."""
    c.polygon(_tulip_outline(x, y, size), colour)
    c.polygon(
        smooth(
            [
                (x - 0.14 * size, y - 0.1 * size),
                (x, y - 0.62 * size),
                (x + 0.14 * size, y - 0.1 * size),
                (x, y + 0.4 * size),
            ],
            rounds=2,
        ),
        mix(colour, WHITE, 0.18),
    )


# Tulips in the jug: the stem's top relative to the jug's mouth, and the flower's colour.
_TULIPS = ((-120, -250, CORAL), (-20, -320, MUSTARD), (90, -260, CORAL_DARK), (170, -170, CORAL_PALE))


def _still_life(c, x, base, height):
    """Draw a jug of tulips and two lemons standing on the base line."""
    mouth = base - height
    for dx, dy, _colour in _TULIPS:
        c.line([(x + dx * 0.2, mouth + 10), (x + dx * 0.6, mouth + dy * 0.5), (x + dx, mouth + dy)], SAGE_DARK, 10)
    leaf(c, x - 20, mouth + 20, 190, 60, 130, SAGE)
    leaf(c, x + 20, mouth + 20, 170, 56, 55, SAGE_DARK)
    for dx, dy, colour in _TULIPS:
        _tulip(c, x + dx, mouth + dy, 80, colour)
    c.polygon(_jug_outline(x, base, height), TEAL)
    c.line(
        [
            (x + 0.22 * height, mouth + 0.2 * height),
            (x + 0.5 * height, mouth + 0.3 * height),
            (x + 0.38 * height, mouth + 0.55 * height),
        ],
        TEAL_DARK,
        18,
    )
    c.ellipse(x, mouth + 4, 0.2 * height, 14, TEAL_DARK)
    c.rect(
        (x - 0.3 * height, base - 0.5 * height, x - 0.26 * height, base - 0.2 * height),
        translucent(WHITE, 90),
        radius=6,
    )
    for lx, rx in ((x + 0.68 * height, 70), (x + 1.12 * height, 60)):
        c.ellipse(lx, base - rx * 0.72, rx, rx * 0.72, MUSTARD)
        c.circle(lx + rx * 0.95, base - rx * 0.72, 10, MUSTARD)
        c.ellipse(lx - rx * 0.3, base - rx, rx * 0.25, rx * 0.12, translucent(WHITE, 80))


def _easel_with_sketch(c, x, base, jug_height):
    """Draw a tabletop easel holding a sketchbook with a line drawing of the jug of tulips on it."""
    c.line([(x - 150, base), (x - 20, base - 520)], WOOD_DARK, 18)
    c.line([(x + 150, base), (x + 20, base - 520)], WOOD_DARK, 18)
    c.line([(x, base - 520), (x + 40, base)], mix(WOOD_DARK, NAVY, 0.2), 14)
    c.rect((x - 200, base - 470, x + 200, base - 70), translucent(NAVY, 30), radius=8)
    c.rect((x - 210, base - 480, x + 190, base - 80), CREAM, radius=8)
    c.rect((x - 230, base - 90, x + 210, base - 64), WOOD, radius=6)
    scale = 0.55
    sx, sy = x - 20, base - 130
    outline = _jug_outline(sx, sy, jug_height * scale)
    c.line([*outline, outline[0]], NAVY_LIGHT, 5)
    mouth = sy - jug_height * scale
    for dx, dy, _colour in _TULIPS:
        c.line([(sx + dx * 0.2 * scale, mouth + 6), (sx + dx * scale, mouth + dy * scale)], NAVY_LIGHT, 4)
        petals = _tulip_outline(sx + dx * scale, mouth + dy * scale, 80 * scale)
        c.line([*petals, petals[0]], NAVY_LIGHT, 4)
    for i in range(6):
        hx = sx + jug_height * scale * 0.1 + i * 12
        c.line([(hx, sy - 10), (hx + 30, sy - 60)], translucent(NAVY_LIGHT, 150), 3, round_ends=False)


def _garden_view(v, box):
    """Paint a soft sky over a garden hedge and a round tree."""
    x0, y0, x1, y1 = box
    cloud(v, x0 + 60, y0 + 140, 170, WHITE)
    ridge(v, y1 - 90, 20, 6, 0.2, "#b7d0c1")
    tree(v, x1 - 120, y1 + 20, 300, WOOD_DARK, SAGE)
    ridge(v, y1 - 30, 10, 12, 1.0, SAGE_DARK)


@scene(top="#f1ebe0", bottom="#e4dacb")
def still_life_on_easel(c):
    """Draw a jug of tulips and two lemons on a table by a window, and an easel holding a sketch of them."""
    window(c, (180, 90, 700, 520), ("#c5dfe0", "#f4efe4"), _garden_view, frame=WHITE)
    c.rect((-20, 720, DESIGN_WIDTH + 20, 1020), mix(SAND, WOOD, 0.45))
    c.rect((-20, 720, DESIGN_WIDTH + 20, 734), mix(SAND, WHITE, 0.3))
    c.ellipse(470, 736, 190, 14, translucent(NAVY, 30))
    _still_life(c, 420, 730, 300)
    _easel_with_sketch(c, 1090, 730, 300)
    pencil(c, 180, 840, 300, -8, MUSTARD)
    pencil(c, 230, 900, 280, 4, CORAL)


def _sketch_cup(c, x, y, size, colour):
    """Draw a quick line sketch of a cup on a saucer, centred on (x, y)."""
    c.ring(x, y - size * 0.5, size * 0.5, size * 0.12, colour, 4)
    c.line(
        [
            (x - size * 0.5, y - size * 0.5),
            (x - size * 0.4, y + size * 0.1),
            (x + size * 0.4, y + size * 0.1),
            (x + size * 0.5, y - size * 0.5),
        ],
        colour,
        4,
    )
    c.ring(x + size * 0.58, y - size * 0.22, size * 0.16, size * 0.18, colour, 4)
    c.ring(x, y + size * 0.14, size * 0.72, size * 0.1, colour, 4)


def _sketch_cube(c, x, y, size):
    """Draw a shaded cube: a light top, a mid-tone front and a dark side, with its cast shadow."""
    h = size / 2
    c.polygon(
        [(x, y + h * 1.2), (x + h, y + h * 0.6), (x + h * 2.3, y + h * 0.95), (x + h * 1.3, y + h * 1.55)],
        translucent(NAVY, 40),
    )
    c.polygon([(x - h, y - h * 0.4), (x, y - h), (x + h, y - h * 0.4), (x, y + h * 0.2)], mix(NAVY, CREAM, 0.85))
    c.polygon([(x - h, y - h * 0.4), (x, y + h * 0.2), (x, y + h * 1.2), (x - h, y + h * 0.6)], mix(NAVY, CREAM, 0.6))
    c.polygon([(x, y + h * 0.2), (x + h, y - h * 0.4), (x + h, y + h * 0.6), (x, y + h * 1.2)], mix(NAVY, CREAM, 0.35))


def _sketch_sphere(c, x, y, r):
    """Draw a shaded ball: a dark side, a lighter middle and a highlight, over its cast shadow."""
    c.ellipse(x + r * 0.4, y + r * 0.95, r * 1.1, r * 0.25, translucent(NAVY, 50))
    c.circle(x, y, r, mix(NAVY, CREAM, 0.45))
    c.circle(x - r * 0.18, y - r * 0.18, r * 0.78, mix(NAVY, CREAM, 0.65))
    c.circle(x - r * 0.35, y - r * 0.35, r * 0.4, mix(NAVY, CREAM, 0.82))


def _sketch_leaf(c, x, y, length, colour):
    """Draw the outline and veins of a leaf sketch, its stalk at (x, y), pointing up and right."""
    a = math.radians(50)
    dx, dy = math.cos(a), -math.sin(a)
    side = [
        (
            x + dx * length * t - dy * length * 0.22 * math.sin(math.pi * t),
            y + dy * length * t + dx * length * 0.22 * math.sin(math.pi * t),
        )
        for t in (i / 12 for i in range(13))
    ]
    other = [
        (
            x + dx * length * t + dy * length * 0.22 * math.sin(math.pi * t),
            y + dy * length * t - dx * length * 0.22 * math.sin(math.pi * t),
        )
        for t in (i / 12 for i in range(13))
    ]
    c.line(side, colour, 4)
    c.line(other, colour, 4)
    c.line([(x - dx * 30, y - dy * 30), (x + dx * length, y + dy * length)], colour, 3)
    for t in (0.3, 0.5, 0.7):
        px, py = x + dx * length * t, y + dy * length * t
        across = length * 0.22 * math.sin(math.pi * (t + 0.1)) * 0.75
        for sgn in (-1, 1):
            c.line(
                [(px, py), (px + dx * across * 0.7 - sgn * dy * across, py + dy * across * 0.7 + sgn * dx * across)],
                colour,
                3,
            )


@scene(top="#475a72", bottom="#3a4b61")
def sketchbook_from_above(c):
    """Draw an open sketchbook from above with small sketches on its pages, pencils, a pen and an eraser beside it."""
    c.rect((330, 150, 1200, 820), translucent(NAVY, 80), radius=18)
    c.rect((300, 120, 1170, 790), NAVY, radius=18)
    for left, right in ((316, 736), (734, 1154)):
        c.rect((left, 134, right, 776), CREAM, radius=10)
    c.rect((715, 134, 735, 776), translucent(NAVY, 26))
    for i in range(9):
        c.circle(735, 170 + i * 72, 9, STEEL)
    _sketch_cup(c, 470, 310, 150, NAVY_LIGHT)
    _sketch_leaf(c, 440, 660, 220, SAGE_DARK)
    c.ellipse(640, 430, 62, 40, translucent(CORAL, 150))
    c.ellipse(632, 422, 36, 22, translucent(CORAL_PALE, 190))
    _sketch_cube(c, 860, 300, 140)
    _sketch_sphere(c, 1010, 580, 80)
    for i in range(8):
        hx = 830 + i * 16
        c.line([(hx, 700), (hx + 40, 630)], translucent(NAVY_LIGHT, 170), 3, round_ends=False)
    pencil(c, 1280, 240, 420, -95, MUSTARD)
    pencil(c, 1370, 300, 400, -100, TEAL_LIGHT)
    c.rect((1240, 720, 1400, 790), CORAL_PALE, radius=10)
    c.rect((1240, 720, 1300, 790), TEAL, radius=10, corners=(True, False, False, True))
    c.rect((160, 200, 196, 700), NAVY_LIGHT, radius=18)
    c.rect((166, 200, 190, 280), mix(NAVY_LIGHT, WHITE, 0.3), radius=12)
    c.polygon([(162, 690), (194, 690), (182, 740), (174, 740)], STEEL)
    c.line([(178, 738), (178, 752)], NAVY, 5)
