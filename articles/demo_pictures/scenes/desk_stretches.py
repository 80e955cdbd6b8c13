"""Scenes for the article on desk stretches: a desk by a window, a clock above an exercise mat."""

import math

from ..canvas import scene
from ..palette import (
    CORAL,
    CORAL_DARK,
    CREAM,
    MUSTARD,
    NAVY,
    NAVY_LIGHT,
    SAGE,
    SAGE_DARK,
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
    translucent,
)
from ..shapes import cloud, floorboards, mug, office_chair, potted_plant, ridge, taper, tree, window


def _tree_view(v, box):
    """Paint a bright sky with a leafy tree filling one side of the view."""
    cloud(v, box[0] + 260, box[1] + 150, 170, WHITE)
    ridge(v, box[3] - 60, 14, 5, 0.6, SAGE)
    tree(v, box[0] + 130, box[3] + 40, 460, WOOD_DARK, SAGE_DARK)


def _laptop(c, x, desk, width, colour):
    """Draw an open laptop seen from the front, centred on x, on the desk line."""
    height = width * 0.62
    c.rect((x - width / 2, desk - height, x + width / 2, desk - 12), NAVY, radius=16)
    screen = c.inset(
        (x - width / 2 + 16, desk - height + 16, x + width / 2 - 16, desk - 28), colour, mix(colour, WHITE, 0.4)
    )
    ridge(screen, desk - height * 0.35, 16, 9, 0.0, mix(colour, WHITE, 0.25))
    c.paste(screen)
    c.polygon(
        [
            (x - width / 2 - 30, desk - 14),
            (x + width / 2 + 30, desk - 14),
            (x + width / 2 + 50, desk),
            (x - width / 2 - 50, desk),
        ],
        STEEL,
    )


def _desk_lamp(c, foot, desk, colour):
    """Draw an angled desk lamp whose foot stands at foot on the desk line."""
    elbow, head = (foot - 60, desk - 220), (foot + 70, desk - 330)
    c.line([(foot, desk - 20), elbow, head], NAVY_LIGHT, 12)
    c.ellipse(foot, desk - 10, 60, 14, NAVY_LIGHT)
    taper(c, head[0] - 10, head[1] - 10, 120, 110, -35, colour, lambda t: 0.4 + 0.6 * t)


@scene(top="#eef0e9", bottom="#e0e5dc")
def desk_by_window(c):
    """Draw a tidy desk with a laptop, lamp, mug and plant, an office chair and a window onto a tree."""
    window(c, (840, 110, 1320, 500), ("#a9d1dd", "#eaf4f1"), _tree_view)
    floorboards(c, 900, "#cdb89b", gaps=2)
    c.rect((140, 660, 1260, 690), WOOD, radius=8)
    c.rect((170, 690, 420, 950), WOOD_DARK, radius=6)
    c.rect((190, 720, 400, 810), mix(WOOD_DARK, WHITE, 0.12), radius=6)
    c.rect((270, 760, 320, 772), MUSTARD, radius=6)
    c.rect((1200, 690, 1224, 950), WOOD_DARK)
    _laptop(c, 530, 660, 360, TEAL)
    mug(c, 790, 660, 80, MUSTARD)
    _desk_lamp(c, 230, 660, CORAL)
    potted_plant(c, 1230, 514, 180, CORAL_DARK)
    for i, colour in enumerate((TEAL_DARK, SAND_DARK, CORAL)):
        c.rect((1130 - i * 6, 636 - i * 24, 1240 - i * 6, 660 - i * 24), colour, radius=5)
    office_chair(c, 980, 990, NAVY_LIGHT)


def _clock(c, x, y, r):
    """Draw a wall clock showing ten past ten, with the next five minutes shaded."""
    c.circle(x + 8, y + 12, r + 16, translucent(NAVY, 30))
    c.circle(x, y, r + 16, NAVY_LIGHT)
    c.circle(x, y, r, CREAM)
    c.wedge(x, y, r * 0.9, -90 + 60, -90 + 90, translucent(CORAL, 150))
    for hour in range(12):
        a = math.radians(hour * 30)
        inner = r * (0.78 if hour % 3 else 0.7)
        c.line(
            [
                (x + math.sin(a) * inner, y - math.cos(a) * inner),
                (x + math.sin(a) * r * 0.88, y - math.cos(a) * r * 0.88),
            ],
            NAVY,
            8,
        )
    for turns, length, width in ((10.17 / 12, 0.5, 14), (2 / 12, 0.75, 9)):
        a = turns * 2 * math.pi
        c.line([(x, y), (x + math.sin(a) * r * length, y - math.cos(a) * r * length)], NAVY, width)
    c.circle(x, y, 14, CORAL_DARK)


def _yoga_mat(c, y_far, y_near, colour):
    """Draw an unrolled exercise mat in perspective with its rolled end at the far edge."""
    c.polygon([(460, y_far), (1040, y_far), (1160, y_near), (340, y_near)], colour)
    c.polygon([(480, y_far + 20), (1020, y_far + 20), (1050, y_far + 60), (450, y_far + 60)], mix(colour, WHITE, 0.12))
    c.rect((440, y_far - 50, 1060, y_far + 20), mix(colour, NAVY, 0.2), radius=35)
    c.circle(475, y_far - 15, 35, mix(colour, WHITE, 0.1))
    c.ring(475, y_far - 15, 18, 18, mix(colour, NAVY, 0.2), 6)


@scene(top="#f2ede4", bottom="#e6dfd1")
def clock_and_mat(c):
    """Draw a wall clock above an unrolled exercise mat, a water bottle and a plant."""
    _clock(c, 750, 310, 170)
    floorboards(c, 700, "#d2bea0", gaps=3)
    _yoga_mat(c, 760, 960, TEAL)
    c.rect((1230, 640, 1310, 860), translucent(TEAL_PALE, 220), radius=24)
    c.rect((1236, 720, 1304, 854), translucent(TEAL_LIGHT, 170), radius=20)
    c.rect((1245, 600, 1295, 645), NAVY_LIGHT, radius=10)
    potted_plant(c, 200, 820, 320, CORAL)
