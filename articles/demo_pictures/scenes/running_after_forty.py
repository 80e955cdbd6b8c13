"""Scenes for the article on starting to run after 40: shoes on a deck at sunrise, a training calendar."""

import math

from ..canvas import DESIGN_WIDTH, scene
from ..palette import (
    CORAL,
    CORAL_DARK,
    CREAM,
    MUSTARD,
    NAVY,
    NAVY_LIGHT,
    SAGE,
    SAGE_DARK,
    SAND,
    TEAL,
    TEAL_DARK,
    TEAL_LIGHT,
    TEAL_PALE,
    WHITE,
    WOOD,
    WOOD_DARK,
    mix,
    translucent,
)
from ..shapes import bird, cloud, floorboards, potted_plant, ridge, smooth, sun, tree

# A running shoe seen from the side, toe to the right, in hundredths of its length, y up from the ground.
# fmt: off
_UPPER = (
    (3, 14), (0, 24), (1, 36), (4, 45), (9, 46), (14, 41), (20, 37), (26, 39), (31, 45), (36, 45), (39, 40),
    (50, 34), (62, 28), (74, 23), (86, 19), (95, 16), (100, 12), (99, 9), (90, 9), (50, 10), (10, 12),
)
_OPENING = ((9, 42), (14, 38.5), (20, 35.5), (25, 37), (20, 39), (12, 41.5))
_TOE = ((80, 21), (88, 18.5), (95, 16), (100, 12), (99, 9), (82, 9))
_SOLE = ((103, 13), (100, 12), (60, 11), (30, 13), (0, 17), (-3, 15), (-3, 8), (1, 2), (8, 0), (90, 0), (98, 2), (104, 9))
# fmt: on


def _shoe(c, x, ground, length, colour, sole=CREAM):
    """Draw a running shoe in profile, its heel at x and its sole on the ground line."""
    u = length / 100

    def at(px, py):
        """Return the design point of a point in the shoe's own units."""
        return (x + px * u, ground - py * u)

    def outline(points):
        """Return a smoothed outline of points given in the shoe's own units."""
        return smooth([at(*p) for p in points], rounds=2)

    c.polygon(outline(_UPPER), colour)
    c.polygon(outline(_TOE), mix(colour, NAVY, 0.12))
    c.polygon(outline(_OPENING), mix(colour, NAVY, 0.5))
    c.line([at(12, 16), at(28, 21), at(46, 29)], mix(colour, WHITE, 0.4), 3.4 * u)
    for i in range(5):
        lx, ly = 38 + i * 6.2, 38.5 - i * 3.1
        c.line([at(lx - 2, ly - 2.5), at(lx + 2.5, ly + 0.5)], CREAM, 1.8 * u)
    c.rect((*at(-0.5, 44), *at(5, 32)), mix(colour, NAVY, 0.3), radius=2 * u)
    c.polygon(outline(_SOLE), mix(sole, NAVY, 0.3))
    c.polygon(outline([(px, py + 2.5) for px, py in _SOLE]), sole)


def _path(c, colour):
    """Draw a park path that narrows as it winds from the deck towards the hills."""
    left, right = [], []
    for i in range(25):
        t = i / 24
        x, y = 900 + 220 * math.sin(t * math.pi * 1.1 + 0.6), 800 - t * 240
        half = 180 * (1 - t) ** 1.3 + 5
        left.append((x - half, y))
        right.append((x + half, y))
    c.polygon(left + right[::-1], colour)


@scene(top="#cfe1df", bottom="#fbe2c8")
def shoes_at_sunrise(c):
    """Draw a pair of running shoes and a water bottle on a wooden deck, a park path winding into a sunrise."""
    sun(c, 1040, 470, 90, "#f7c99a")
    cloud(c, 180, 230, 230, "#f4f8f5")
    bird(c, 560, 220, 24, NAVY_LIGHT)
    bird(c, 610, 250, 16, NAVY_LIGHT)
    ridge(c, 540, 26, 1.6, 0.8, "#b7cfc4")
    for x, h in ((220, 150), (300, 110), (1320, 130)):
        tree(c, x, 600, h, WOOD_DARK, TEAL)
    ridge(c, 600, 18, 2.3, 2.2, SAGE)
    ridge(c, 680, 12, 1.2, 0.4, "#8db38e")
    _path(c, SAND)
    tree(c, 1330, 760, 380, WOOD_DARK, SAGE_DARK)
    floorboards(c, 760, WOOD, gaps=3)
    c.rect((-20, 760, DESIGN_WIDTH + 20, 776), mix(WOOD, WHITE, 0.25))
    c.ellipse(640, 940, 360, 26, translucent(NAVY, 40))
    _shoe(c, 410, 900, 440, mix(CORAL, NAVY, 0.14))
    _shoe(c, 330, 944, 460, CORAL)
    c.ellipse(1000, 932, 60, 12, translucent(NAVY, 40))
    c.rect((952, 690, 1048, 930), translucent(TEAL_PALE, 210), radius=30)
    c.rect((960, 780, 1040, 922), translucent(TEAL_LIGHT, 170), radius=24)
    c.rect((968, 640, 1032, 696), TEAL_DARK, radius=12)
    c.rect((986, 612, 1014, 644), TEAL_DARK, radius=8)
    c.rect((1090, 900, 1330, 940), CREAM, radius=12)
    c.rect((1100, 870, 1320, 902), MUSTARD, radius=12)


def _tick(c, x, y, size, colour):
    """Draw a check mark centred on (x, y)."""
    c.line(
        [(x - size * 0.45, y), (x - size * 0.12, y + size * 0.32), (x + size * 0.5, y - size * 0.36)],
        colour,
        size * 0.2,
    )


def _calendar(c, x0, y0, x1, y1):
    """Draw a wall calendar of four weeks: runs done are ticked, runs to come are ringed, rest days stay plain."""
    c.rect((x0 + 14, y0 + 18, x1 + 14, y1 + 18), translucent(NAVY, 26), radius=16)
    c.rect((x0, y0, x1, y1), WHITE, radius=16)
    c.rect((x0, y0, x1, y0 + 90), TEAL_DARK, radius=16, corners=(True, True, False, False))
    for hx in (x0 + (x1 - x0) * 0.3, x0 + (x1 - x0) * 0.7):
        c.circle(hx, y0 + 18, 12, CREAM)
        c.line([(hx, y0 - 30), (hx, y0 + 16)], NAVY_LIGHT, 8)
    c.line([((x0 + x1) / 2 - 120, y0 - 30), ((x0 + x1) / 2, y0 - 80), ((x0 + x1) / 2 + 120, y0 - 30)], NAVY_LIGHT, 6)
    c.rect((x0 + 50, y0 + 36, x0 + 230, y0 + 56), translucent(WHITE, 140), radius=10)
    cols, rows = 7, 4
    cell_w, cell_h = (x1 - x0 - 60) / cols, (y1 - y0 - 150) / rows
    for row in range(rows):
        for col in range(cols):
            cx = x0 + 30 + (col + 0.5) * cell_w
            cy = y0 + 120 + (row + 0.5) * cell_h
            c.rect(
                (cx - cell_w / 2 + 6, cy - cell_h / 2 + 6, cx + cell_w / 2 - 6, cy + cell_h / 2 - 6),
                mix(TEAL_PALE, WHITE, 0.5),
                radius=10,
            )
            run_day = col in (0, 2, 5)
            done = row < 2 or (row == 2 and col == 0)
            if run_day and done:
                c.circle(cx, cy, cell_h * 0.32, CORAL)
                _tick(c, cx, cy, cell_h * 0.34, WHITE)
            elif run_day:
                c.ring(cx, cy, cell_h * 0.3, cell_h * 0.3, CORAL, 7)
            elif col == 6:
                c.circle(cx, cy, cell_h * 0.12, SAGE)


def _foam_roller(c, x, floor, length, r, colour):
    """Draw a foam roller lying on the floor, its round end facing us on the left."""
    c.rect((x, floor - 2 * r, x + length, floor), mix(colour, NAVY, 0.15), radius=r * 0.3)
    for i in range(1, 6):
        gx = x + length * i / 6
        c.rect((gx - 4, floor - 2 * r, gx + 4, floor), mix(colour, NAVY, 0.28))
    c.ellipse(x, floor - r, r * 0.45, r, colour)
    c.ellipse(x, floor - r, r * 0.18, r * 0.4, mix(colour, NAVY, 0.3))


@scene(top="#eef0ea", bottom="#e0e5dc")
def training_calendar(c):
    """Draw a wall calendar marked with run days, and below it running shoes, a foam roller and a water bottle."""
    _calendar(c, 440, 170, 1060, 650)
    floorboards(c, 820, "#d3bf9f", gaps=3)
    c.rect((-20, 800, DESIGN_WIDTH + 20, 822), CREAM)
    c.ellipse(600, 930, 260, 20, translucent(NAVY, 30))
    _shoe(c, 420, 930, 330, TEAL)
    c.ellipse(1030, 932, 210, 20, translucent(NAVY, 30))
    _foam_roller(c, 880, 930, 300, 62, MUSTARD)
    c.rect((1250, 740, 1330, 930), translucent(TEAL_PALE, 220), radius=24)
    c.rect((1256, 810, 1324, 924), translucent(TEAL_LIGHT, 170), radius=20)
    c.rect((1262, 704, 1318, 744), CORAL_DARK, radius=10)
    potted_plant(c, 200, 930, 330, CORAL)
