"""Scenes for the article on draughts: a curtained window over a radiator, a door with an excluder."""

from ..canvas import scene
from ..palette import (
    CORAL,
    CREAM,
    LAMPLIGHT,
    MUSTARD,
    MUSTARD_DARK,
    NAVY,
    NAVY_LIGHT,
    SAGE_DARK,
    SAND_DARK,
    STEEL,
    TEAL,
    TEAL_DARK,
    WHITE,
    WOOD,
    WOOD_DARK,
    mix,
    translucent,
)
from ..shapes import border, floorboards, glow, potted_plant, ridge, smooth, stars, steam, sun, table_lamp, window


def _winter_view(v, box):
    """Paint a pale winter sky over snowy hills with a bare tree."""
    x0, y0, x1, y1 = box
    sun(v, x1 - 90, y0 + 100, 36, "#fbefe0")
    ridge(v, y1 - 140, 24, 5, 0.4, "#e3ecef")
    ridge(v, y1 - 70, 16, 7, 2.1, "#f8fafb")
    trunk = (x0 + 140, y1 - 70)
    v.line([trunk, (x0 + 140, y1 - 260)], NAVY_LIGHT, 12)
    for dx, dy, h in ((-60, -230, 150), (55, -210, 140), (-35, -300, 200), (40, -330, 210)):
        v.line([(trunk[0], trunk[1] - h), (trunk[0] + dx, trunk[1] + dy - h * 0.3)], NAVY_LIGHT, 6)
    stars(v, box, ((0.3, 0.2), (0.5, 0.35), (0.72, 0.22), (0.62, 0.5), (0.86, 0.4)), WHITE, r=6)


def _curtain(c, x0, x1, tie_x, rod, floor, colour):
    """Draw a curtain hanging from the rod, gathered by a tie-back at tie_x."""
    tie_y = rod + (floor - rod) * 0.6
    c.polygon(
        [(x0, rod), (x1, rod), (tie_x + 40, tie_y), (x1 + 10, floor), (x0 - 10, floor), (tie_x - 40, tie_y)], colour
    )
    fold = mix(colour, NAVY, 0.12)
    for f in (0.3, 0.65):
        top_x, low_x = x0 + (x1 - x0) * f, x0 - 10 + (x1 - x0 + 20) * f
        c.line([(top_x, rod + 10), (tie_x - 20 + 40 * f, tie_y), (low_x, floor - 6)], fold, 8)
    c.rect((tie_x - 50, tie_y - 14, tie_x + 50, tie_y + 14), MUSTARD, radius=12)


def _radiator(c, x0, x1, top, bottom):
    """Draw a panel radiator with warm air rising above it."""
    for i in range(3):
        x = x0 + 60 + i * (x1 - x0 - 120) / 2
        steam(c, x, top - 30, 120, translucent(CORAL, 70), width=8, sway=0.7)
    c.rect((x0, top, x1, bottom), CREAM, radius=14)
    for x in range(round(x0) + 30, round(x1) - 20, 38):
        c.rect((x, top + 20, x + 18, bottom - 20), mix(CREAM, SAND_DARK, 0.5), radius=8)
    for x in (x0 + 30, x1 - 50):
        c.rect((x, bottom, x + 20, bottom + 40), STEEL)


@scene(top="#f1e3d0", bottom="#e5d1b7")
def window_radiator(c):
    """Draw a curtained window onto a snowy landscape, a radiator below it and a lamp beside it."""
    window(c, (540, 130, 960, 540), ("#c7dbe5", "#eef3f5"), _winter_view)
    floorboards(c, 880, "#c9b08e", gaps=2)
    c.rect((380, 92, 1120, 106), NAVY_LIGHT, radius=7)
    _curtain(c, 400, 560, 470, 100, 880, CORAL)
    _curtain(c, 940, 1100, 1030, 100, 880, CORAL)
    _radiator(c, 580, 920, 660, 820)
    c.rect((1180, 690, 1420, 712), WOOD, radius=6)
    c.rect((1200, 712, 1220, 880), WOOD_DARK)
    c.rect((1380, 712, 1400, 880), WOOD_DARK)
    table_lamp(c, 1300, 690, MUSTARD)
    c.ellipse(760, 930, 400, 40, translucent(TEAL_DARK, 110))


def _door(c, x0, x1, top, floor, colour):
    """Draw a panelled door with a frame, handle and letterbox."""
    border(c, (x0, top, x1, floor), CREAM, 26)
    c.rect((x0, top, x1, floor), colour)
    panel = mix(colour, WHITE, 0.12)
    mid = (x0 + x1) / 2
    for y0, y1 in ((top + 50, top + 300), (top + 360, floor - 60)):
        c.rect((x0 + 40, y0, mid - 15, y1), panel, radius=8)
        c.rect((mid + 15, y0, x1 - 40, y1), panel, radius=8)
    c.circle(x1 - 45, top + 330, 15, MUSTARD)
    c.rect((mid - 70, top + 320, mid + 70, top + 342), MUSTARD_DARK, radius=6)


def _draught_excluder(c, x0, x1, y, colour, stripe):
    """Draw a striped fabric draught excluder lying along the floor at y."""
    c.rect((x0, y - 32, x1, y + 32), colour, radius=32)
    for x in range(round(x0) + 60, round(x1) - 70, 56):
        c.rect((x, y - 32, x + 26, y + 32), stripe)


@scene(top="#efe4d4", bottom="#e3d3bc")
def door_excluder(c):
    """Draw a front door with a striped draught excluder, a rug and a coat on a hook."""
    glow(c, 300, 330, 240, LAMPLIGHT, rings=14, alpha=12)
    c.rect((270, 300, 330, 380), MUSTARD, radius=20)
    c.rect((292, 380, 308, 420), NAVY_LIGHT)
    _door(c, 580, 960, 110, 880, TEAL)
    floorboards(c, 880, "#c9b08e", gaps=2)
    _draught_excluder(c, 560, 980, 850, CORAL, CREAM)
    c.rect((500, 900, 1040, 980), SAGE_DARK, radius=20)
    c.rect((520, 912, 1020, 968), mix(SAGE_DARK, WHITE, 0.15), radius=14)
    c.rect((1120, 260, 1400, 280), WOOD, radius=8)
    coat = [(0, 0), (65, 28), (83, 308), (59, 312), (71, 428), (-71, 428), (-59, 312), (-83, 308), (-65, 28)]
    c.polygon(smooth([(1235 + dx, 292 + dy) for dx, dy in coat], rounds=2), NAVY_LIGHT)
    for top, bottom in (((1176, 334), (1166, 596)), ((1294, 334), (1304, 596))):
        c.line([top, bottom], mix(NAVY_LIGHT, NAVY, 0.35), 10)
    c.polygon([(1212, 300), (1258, 300), (1250, 460), (1220, 460)], mix(NAVY_LIGHT, WHITE, 0.15))
    c.circle(1235, 285, 14, WOOD_DARK)
    c.line([(1342, 296), (1332, 560)], MUSTARD, 30)
    c.line([(1356, 296), (1370, 500)], MUSTARD_DARK, 30)
    c.circle(1350, 285, 14, WOOD_DARK)
    potted_plant(c, 320, 880, 260, SAND_DARK)
