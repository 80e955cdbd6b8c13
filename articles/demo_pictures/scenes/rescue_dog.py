"""Scenes for the article on a rescue dog: a walk on a country path, a dog asleep in its bed."""

import math

from ..canvas import DESIGN_WIDTH, scene
from ..palette import (
    CORAL,
    CORAL_PALE,
    CREAM,
    MUSTARD,
    MUSTARD_DARK,
    NAVY,
    NAVY_LIGHT,
    SAGE,
    SAGE_DARK,
    SAND,
    SAND_DARK,
    STEEL,
    TEAL,
    TEAL_DARK,
    TEAL_LIGHT,
    TEAL_PALE,
    WHITE,
    WOOD,
    WOOD_DARK,
    mix,
)
from ..shapes import cloud, floorboards, jar, landscape_view, leaf, potted_plant, ridge, smooth, sun, tree, window

# Body, neck and head of a side-on dog facing right, in hundredths of its size: x from the middle, y up from the paws.
# fmt: off
_DOG_BODY = (
    (-40, 68), (0, 70), (24, 72), (33, 86), (38, 101), (48, 107), (58, 103), (63, 97), (75, 95), (76, 86),
    (60, 82), (51, 80), (47, 62), (42, 46), (30, 40), (10, 44), (-18, 44), (-34, 40), (-44, 50), (-46, 62),
)
# fmt: on


def _dog(c, x, ground, size, colour, far, collar=CORAL):
    """Draw a side-on dog standing on the ground line, facing right, its body centred on x."""
    u = size / 100

    def at(px, py):
        """Return the design point of a point in the dog's own units."""
        return (x + px * u, ground - py * u)

    for left in (-21, 40):
        c.rect((*at(left, 46), *at(left + 12, 0)), far, radius=6 * u)
    c.line([at(-42, 64), at(-49, 69), at(-54, 76), at(-57, 84), at(-58, 92)], colour, 6.5 * u)
    c.polygon(smooth([at(px, py) for px, py in _DOG_BODY], rounds=2), colour)
    c.ellipse(*at(-31, 52), 14 * u, 16 * u, colour)
    for left in (-38, 29):
        c.rect((*at(left, 48), *at(left + 12, 0)), colour, radius=6 * u)
    c.line([at(30, 80), at(49, 74)], collar, 5 * u)
    leaf(c, *at(41, 103), 24 * u, 15 * u, 250, far)
    c.circle(*at(58, 97), 2.2 * u, CREAM)


def _path_centre(t):
    """Return the centre of the winding path at t, from 0 at the bottom edge to 1 at the horizon."""
    return 760 + 190 * math.sin(t * math.pi * 1.3), 1010 - t * 400


def _winding_path(c, colour):
    """Draw a path that narrows as it winds towards the hills."""
    left, right = [], []
    for i in range(31):
        t = i / 30
        (x, y), half = _path_centre(t), 260 * (1 - t) ** 1.2 + 6
        left.append((x - half, y))
        right.append((x + half, y))
    c.polygon(left + right[::-1], colour)


@scene(top="#bcdad3", bottom="#f6ead8")
def dog_on_path(c):
    """Draw a dog walking a winding path through green hills under a morning sun."""
    sun(c, 1100, 290, 80, "#f5cfa6")
    cloud(c, 230, 250, 240, "#f4f8f5")
    cloud(c, 1230, 180, 160, "#eef5f2")
    ridge(c, 540, 34, 1.4, 0.6, "#a9c7bd")
    for x, h in ((300, 120), (360, 90), (960, 100)):
        tree(c, x, 600, h, WOOD_DARK, TEAL)
    ridge(c, 620, 22, 2.2, 1.8, SAGE)
    ridge(c, 700, 14, 1.1, 0.2, "#8db38e")
    _winding_path(c, SAND)
    x, y = _path_centre(0.2)
    _dog(c, x - 40, y + 20, 300, NAVY, NAVY_LIGHT)
    tree(c, 1330, 900, 420, WOOD_DARK, SAGE_DARK)


def _dog_bed(c, x, floor, colour, cushion):
    """Draw a round dog bed centred on x with its front bolster resting on the floor line."""
    c.ellipse(x, floor - 110, 310, 110, mix(colour, NAVY, 0.12))
    c.ellipse(x, floor - 100, 250, 72, cushion)


def _sleeping_body(c, x, y, size, colour):
    """Draw the curled back of a dog asleep in its bed, its head to go at (x, y)."""
    c.ellipse(x + size * 1.55, y - size * 0.2, size * 1.75, size * 0.8, colour)


def _sleeping_head(c, x, y, size, colour, ear):
    """Draw a sleeping dog's head resting on the bed's bolster, snout to the left, eye closed."""
    c.circle(x, y, size * 0.55, colour)
    c.ellipse(x - size * 0.55, y + size * 0.18, size * 0.45, size * 0.28, colour)
    c.circle(x - size * 0.95, y + size * 0.12, size * 0.08, ear)
    leaf(c, x + size * 0.15, y - size * 0.4, size * 0.75, size * 0.42, 290, ear)
    eye = [(x - size * 0.34, y - size * 0.02), (x - size * 0.25, y + size * 0.04), (x - size * 0.15, y + size * 0.01)]
    c.line(eye, CREAM, size * 0.05)


@scene(top="#f1e7da", bottom="#e6d6c1")
def dog_bed_corner(c):
    """Draw a dog asleep in a round bed in a quiet corner, with two bowls, a ball and a lead on a hook."""
    window(c, (300, 150, 700, 500), (TEAL_PALE, CREAM), landscape_view, frame=WOOD)
    c.rect((-20, 700, DESIGN_WIDTH + 20, 730), CREAM)
    floorboards(c, 730, "#ccb594", gaps=3)
    _dog_bed(c, 710, 900, CORAL, CORAL_PALE)
    _sleeping_body(c, 540, 790, 100, NAVY)
    c.rect((400, 810, 1020, 900), CORAL, radius=45)
    _sleeping_head(c, 540, 790, 100, NAVY, NAVY_LIGHT)
    c.circle(330, 910, 44, MUSTARD)
    c.line([(294, 896), (366, 924)], mix(MUSTARD, WHITE, 0.45), 6, round_ends=False)
    for x, body, top in ((1150, TEAL, TEAL_LIGHT), (1320, MUSTARD_DARK, "#9c6b52")):
        c.polygon([(x - 80, 830), (x + 80, 830), (x + 60, 890), (x - 60, 890)], body)
        c.ellipse(x, 830, 80, 18, mix(body, WHITE, 0.2))
        c.ellipse(x, 831, 64, 12, top)
    c.rect((1040, 330, 1400, 350), WOOD, radius=6)
    jar(c, 1120, 330, 100, 130, "#b98552", lid=TEAL_DARK)
    potted_plant(c, 1320, 330, 170, SAND_DARK)
    c.rect((1212, 350, 1248, 372), WOOD_DARK, radius=8)
    c.ring(1230, 430, 26, 62, TEAL_DARK, 14)
    c.line([(1242, 490), (1250, 620)], TEAL_DARK, 14)
    c.rect((1236, 615, 1264, 655), STEEL, radius=8)
