"""Scenes for the article on muscle twitching: a sofa at dusk, a bedside at night, a pond walk."""

from ..canvas import scene
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
    SAND_DARK,
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
from ..shapes import (
    bed,
    bird,
    cloud,
    floor_lamp,
    floorboards,
    moon,
    potted_plant,
    ridge,
    sofa,
    stars,
    sun,
    table_lamp,
    tree,
    window,
)


def _dusk_view(v, box):
    """Paint a dusk sky with a crescent moon, first stars and dark hills."""
    x0, y0, x1, y1 = box
    moon(v, x0 + (x1 - x0) * 0.7, y0 + 120, 38, CREAM)
    stars(v, box, ((0.18, 0.1), (0.36, 0.24), (0.52, 0.07), (0.12, 0.38), (0.88, 0.48)), CREAM)
    ridge(v, y1 - 120, 22, 4, 0.3, "#7b7590")
    ridge(v, y1 - 55, 18, 6, 1.4, NAVY_LIGHT)


@scene(top="#efe5d7", bottom="#e2d2bc")
def sofa_at_dusk(c):
    """Draw a teal sofa by a window at dusk, with a lamp glowing beside it."""
    window(c, (150, 140, 560, 610), (NAVY_LIGHT, "#e9a48c"), _dusk_view)
    floorboards(c, 800, "#cdb79b")
    c.ellipse(860, 900, 470, 58, translucent(TEAL_DARK, 90))
    floor_lamp(c, 1340, 800, MUSTARD)
    sofa(c, 640, 1210, 800, TEAL, TEAL_DARK)
    c.rect((700, 520, 840, 640), CORAL, radius=34)
    c.rect((1020, 530, 1140, 640), SAND, radius=30)
    potted_plant(c, 520, 800, 280, CORAL_DARK)


def _night_view(v, box):
    """Paint a night sky with a crescent moon, stars and a dark hill line."""
    moon(v, box[0] + (box[2] - box[0]) * 0.3, box[1] + 130, 46, CREAM)
    stars(v, box, ((0.62, 0.12), (0.8, 0.3), (0.5, 0.42), (0.14, 0.62), (0.9, 0.08)), CREAM)
    ridge(v, box[3] - 70, 20, 5, 0.8, "#223049")


@scene(top="#3a4a66", bottom="#4c5e7f")
def bedside_at_night(c):
    """Draw a bedside table with a lit lamp and a glass of water beside a made bed at night."""
    window(c, (880, 110, 1300, 470), (NAVY, "#56688b"), _night_view, frame="#d9d2c6")
    floorboards(c, 880, "#2f3c55", gaps=2)
    bed(c, 880, 1500, 900, 600)
    table_lamp(c, 380, 650, CORAL_PALE)
    c.rect((230, 650, 800, 680), WOOD, radius=8)
    c.rect((250, 680, 780, 830), WOOD_DARK)
    c.rect((270, 700, 760, 810), mix(WOOD_DARK, WHITE, 0.12), radius=6)
    c.rect((485, 745, 545, 760), MUSTARD, radius=7)
    for leg in (265, 745):
        c.rect((leg, 830, leg + 20, 890), WOOD_DARK)
    c.rect((560, 520, 640, 650), translucent(TEAL_PALE, 110), radius=10)
    c.rect((566, 570, 634, 644), translucent(TEAL_LIGHT, 150), radius=8)
    potted_plant(c, 720, 650, 150, SAND_DARK)


def _ripples(c, x, y, rings, colour):
    """Draw widening flat ellipses on water, like ripples spreading from a point."""
    for i in range(1, rings + 1):
        c.ring(x, y, 60 * i, 14 * i, colour, 5)


@scene(top="#c9e0da", bottom="#f6eddd")
def pond_walk(c):
    """Draw a bench under a tree beside a rippling pond, with hills and a pale sun."""
    sun(c, 1120, 300, 70, "#f6d9b0")
    cloud(c, 260, 260, 220, "#f4f8f5")
    bird(c, 820, 220, 26, NAVY_LIGHT)
    bird(c, 880, 260, 18, NAVY_LIGHT)
    ridge(c, 560, 30, 1.3, 0.4, "#b9d1c3")
    ridge(c, 640, 24, 2.1, 2.0, SAGE)
    ridge(c, 720, 10, 1.0, 0.0, "#8fb08f")
    c.ellipse(880, 840, 430, 95, TEAL_LIGHT)
    c.ellipse(880, 830, 400, 78, mix(TEAL_LIGHT, WHITE, 0.15))
    _ripples(c, 940, 840, 3, mix(TEAL_LIGHT, WHITE, 0.55))
    tree(c, 300, 780, 460, WOOD_DARK, SAGE_DARK)
    for y in (692, 722):
        c.rect((340, y, 620, y + 20), WOOD, radius=6)
    c.rect((340, 756, 620, 774), WOOD, radius=6)
    for leg in (360, 590):
        c.rect((leg, 774, leg + 14, 820), NAVY_LIGHT)
    c.rect((352, 712, 362, 760), NAVY_LIGHT)
    c.rect((598, 712, 608, 760), NAVY_LIGHT)
