"""Scenes for the article on a first car's monthly check: a car on a driveway, a tyre and a gauge in the garage."""

import math

from ..canvas import DESIGN_WIDTH, scene
from ..palette import (
    CORAL,
    CORAL_DARK,
    CORAL_PALE,
    CREAM,
    MUSTARD,
    MUSTARD_DARK,
    NAVY,
    NAVY_LIGHT,
    SAGE,
    SAGE_DARK,
    SAND,
    STEEL,
    TEAL,
    TEAL_DARK,
    TEAL_PALE,
    WHITE,
    WOOD_DARK,
    mix,
    translucent,
)
from ..shapes import cloud, potted_plant, ridge, smooth, sun, tree

PEGBOARD = "#d9c4a2"
TORCH_GLASS = "#fbe7b8"

# A small hatchback seen from the side, facing right, in hundredths of its length: y up from the ground.
# fmt: off
_BODY = (
    (0, 6), (0, 24), (3, 33), (9, 39), (50, 40), (57, 38), (72, 27), (95, 24), (100, 19), (100, 7), (90, 5), (10, 5),
)
_REAR_GLASS = ((11, 27), (12.5, 34), (15, 37.5), (32, 37.5), (32, 27))
_FRONT_GLASS = ((35, 27), (35, 37.5), (51, 37.5), (56, 35), (66, 27))
# fmt: on


def _wheel(c, x, y, r):
    """Draw a wheel: tyre, rim and five bolts around the hub."""
    c.circle(x, y, r, NAVY)
    c.circle(x, y, r * 0.62, STEEL)
    c.circle(x, y, r * 0.5, mix(STEEL, NAVY, 0.2))
    c.circle(x, y, r * 0.18, STEEL)
    for k in range(5):
        a = k * 2 * math.pi / 5
        c.circle(x + math.cos(a) * r * 0.32, y + math.sin(a) * r * 0.32, r * 0.05, NAVY_LIGHT)


def _car(c, x, ground, length, colour):
    """Draw a small hatchback facing right, its rear at x, its wheels on the ground line."""
    u = length / 100

    def at(px, py):
        """Return the design point of a point in the car's own units."""
        return (x + px * u, ground - py * u)

    c.ellipse(x + length / 2, ground, length * 0.55, 3 * u, translucent(NAVY, 40))
    c.polygon(smooth([at(*p) for p in _BODY], rounds=2), colour)
    for glass in (_REAR_GLASS, _FRONT_GLASS):
        c.polygon(smooth([at(*p) for p in glass], rounds=1), mix(TEAL_PALE, NAVY_LIGHT, 0.25))
    seam = mix(colour, NAVY, 0.25)
    c.line([at(33.5, 38), at(33.5, 26), at(33, 9)], seam, 0.5 * u)
    c.line([at(10, 26), at(12, 9)], seam, 0.5 * u)
    c.line([at(57, 26), at(60, 14), at(63, 9)], seam, 0.5 * u)
    for hx in (26, 49):
        c.rect((*at(hx, 24), *at(hx + 4, 22.6)), mix(colour, NAVY, 0.4), radius=0.6 * u)
    c.rect((*at(-0.5, 12), *at(100.5, 6)), mix(colour, NAVY, 0.3), radius=2 * u)
    c.polygon(smooth([at(94, 23.5), at(99.5, 20), at(99, 18), at(93, 21)], rounds=1), MUSTARD)
    c.rect((*at(-0.5, 28), *at(1.5, 21)), CORAL_DARK, radius=0.8 * u)
    c.rect((*at(54, 32), *at(57, 29.5)), mix(colour, NAVY, 0.35), radius=0.6 * u)
    for wx in (19, 81):
        c.circle(*at(wx, 9), 10 * u, mix(colour, NAVY, 0.55))
        _wheel(c, *at(wx, 8), 8 * u)


def _house(c, x0, x1, ground, wall, roof):
    """Draw the side of a house with a garage door, a front door and a window under a pitched roof."""
    top = ground - 420
    c.polygon([(x0 - 40, top), ((x0 + x1) / 2, top - 200), (x1 + 40, top)], roof)
    c.rect((x0, top, x1, ground), wall)
    c.rect((x0 + 60, ground - 300, x0 + 380, ground), mix(CREAM, STEEL, 0.3))
    for i in range(1, 6):
        y = ground - 300 + i * 50
        c.rect((x0 + 60, y - 3, x0 + 380, y + 3), mix(CREAM, STEEL, 0.7))
    c.rect((x0 + 440, ground - 280, x0 + 560, ground), TEAL_DARK, radius=4)
    c.circle(x0 + 540, ground - 140, 8, MUSTARD)
    c.rect((x0 + 80, top + 40, x0 + 360, top + 120), mix(TEAL_PALE, WHITE, 0.3))
    c.rect((x0 + 216, top + 40, x0 + 224, top + 120), WHITE)


@scene(top="#cce2e3", bottom="#f3eee2")
def car_on_driveway(c):
    """Draw a small teal hatchback parked on a driveway beside a house with a garage, under a clear sky."""
    sun(c, 1230, 190, 70, "#f6d4a8")
    cloud(c, 820, 210, 220, WHITE)
    ridge(c, 620, 20, 1.4, 0.6, "#b7d0c1")
    ridge(c, 680, 12, 2.0, 1.8, SAGE)
    tree(c, 1350, 760, 420, WOOD_DARK, SAGE_DARK)
    for hx in range(760, 1560, 90):
        c.circle(hx, 740, 64, SAGE_DARK if (hx // 90) % 2 else mix(SAGE_DARK, SAGE, 0.5))
    _house(c, 40, 660, 760, SAND, CORAL_DARK)
    c.rect((-20, 740, DESIGN_WIDTH + 20, 800), "#9fbe93")
    c.rect((-20, 790, DESIGN_WIDTH + 20, 1020), mix(STEEL, SAND, 0.45))
    c.polygon([(100, 760), (420, 760), (480, 800), (60, 800)], mix(STEEL, SAND, 0.45))
    for y in (860, 940):
        c.rect((-20, y - 3, DESIGN_WIDTH + 20, y + 3), mix(STEEL, SAND, 0.25))
    c.rect((-20, 790, DESIGN_WIDTH + 20, 800), mix(STEEL, WHITE, 0.4))
    potted_plant(c, 640, 790, 150, CORAL)
    _car(c, 700, 930, 720, TEAL)


def _tyre(c, x, y, r):
    """Draw a tyre on its wheel standing upright, with tread blocks around its edge."""
    c.ellipse(x + 30, y + r - 6, r * 1.05, 22, translucent(NAVY, 40))
    c.circle(x, y, r, NAVY)
    for k in range(36):
        a = k * 2 * math.pi / 36
        block = [(r * 0.9, a - 0.04), (r - 3, a - 0.04), (r - 3, a + 0.04), (r * 0.9, a + 0.04)]
        c.polygon([(x + d * math.cos(t), y + d * math.sin(t)) for d, t in block], NAVY_LIGHT)
    c.ring(x, y, r * 0.8, r * 0.8, mix(NAVY, NAVY_LIGHT, 0.5), 6)
    c.circle(x, y, r * 0.62, STEEL)
    c.circle(x, y, r * 0.52, mix(STEEL, NAVY, 0.15))
    for k in range(5):
        a = k * 2 * math.pi / 5 - math.pi / 2
        c.polygon(
            [
                (x + math.cos(a - 0.22) * r * 0.2, y + math.sin(a - 0.22) * r * 0.2),
                (x + math.cos(a - 0.3) * r * 0.5, y + math.sin(a - 0.3) * r * 0.5),
                (x + math.cos(a + 0.3) * r * 0.5, y + math.sin(a + 0.3) * r * 0.5),
                (x + math.cos(a + 0.22) * r * 0.2, y + math.sin(a + 0.22) * r * 0.2),
            ],
            mix(STEEL, WHITE, 0.35),
        )
    c.circle(x, y, r * 0.16, mix(STEEL, NAVY, 0.3))
    c.circle(x, y, r * 0.07, STEEL)


def _pressure_gauge(c, x, y, r):
    """Draw a round tyre pressure gauge with its hose and chuck lying on the floor."""
    c.line([(x + r * 0.7, y + r * 0.7), (x + r * 1.6, y + r * 1.2), (x + r * 2.4, y + r * 1.0)], NAVY, 12)
    c.rect((x + r * 2.3, y + r * 0.86, x + r * 2.8, y + r * 1.14), STEEL, radius=8)
    c.circle(x + 8, y + 12, r + 14, translucent(NAVY, 36))
    c.circle(x, y, r + 14, CORAL_DARK)
    c.circle(x, y, r, CREAM)
    for k in range(11):
        a = math.radians(135 + k * 27)
        c.line(
            [
                (x + math.cos(a) * r * 0.72, y + math.sin(a) * r * 0.72),
                (x + math.cos(a) * r * 0.88, y + math.sin(a) * r * 0.88),
            ],
            NAVY,
            5 if k % 5 else 8,
        )
    c.wedge(x, y, r * 0.9, 135 + 5 * 27, 135 + 7 * 27, translucent(SAGE, 130))
    a = math.radians(135 + 6 * 27)
    c.line([(x, y), (x + math.cos(a) * r * 0.7, y + math.sin(a) * r * 0.7)], CORAL_DARK, 8)
    c.circle(x, y, 12, NAVY)


def _washer_bottle(c, x, floor):
    """Draw a bottle of screen wash with a handle and a cap, standing on the floor."""
    c.ellipse(x + 20, floor, 120, 14, translucent(NAVY, 34))
    body = [(x - 100, floor), (x + 100, floor), (x + 100, floor - 250), (x + 40, floor - 300), (x - 100, floor - 300)]
    c.polygon(smooth(body, rounds=2), translucent(TEAL_PALE, 230))
    c.rect((x - 90, floor - 170, x + 90, floor - 10), translucent("#7fb5d6", 200), radius=20)
    c.rect((x - 84, floor - 290, x - 20, floor - 200), translucent(WHITE, 140), radius=18)
    c.rect((x + 20, floor - 340, x + 74, floor - 296), TEAL_DARK, radius=8)
    c.rect((x - 30, floor - 150, x + 50, floor - 70), mix(WHITE, TEAL_PALE, 0.3), radius=10)
    c.circle(x + 10, floor - 110, 22, "#7fb5d6")


def _spanner(c, x, y, length, angle, colour):
    """Draw an open-ended spanner hanging on a pegboard, its middle at (x, y)."""
    a = math.radians(angle)
    dx, dy = math.cos(a) * length / 2, -math.sin(a) * length / 2
    c.line([(x - dx, y - dy), (x + dx, y + dy)], colour, 22)
    for sx in (-1, 1):
        ex, ey = x + sx * dx * 1.05, y + sx * dy * 1.05
        c.circle(ex, ey, 30, colour)
        c.circle(ex + sx * math.cos(a) * 18, ey - sx * math.sin(a) * 18, 16, PEGBOARD)


@scene(top="#e9e2d6", bottom="#ddd3c3")
def garage_check_kit(c):
    """Draw a tyre leaning on a garage wall beside a pressure gauge, a bottle of screen wash and a pegboard of tools."""
    c.rect((500, 100, 1380, 560), mix(PEGBOARD, NAVY, 0.1), radius=10)
    c.rect((510, 110, 1370, 550), PEGBOARD, radius=6)
    for row in range(9):
        for col in range(18):
            c.circle(540 + col * 47.5, 135 + row * 50, 5, mix(PEGBOARD, NAVY, 0.3))
    _spanner(c, 660, 300, 280, 70, STEEL)
    _spanner(c, 780, 310, 240, 75, mix(STEEL, NAVY, 0.2))
    c.ring(930, 160, 22, 34, NAVY_LIGHT, 6)
    c.rect((905, 250, 955, 440), MUSTARD, radius=14)
    c.polygon([(885, 190), (975, 190), (958, 256), (902, 256)], NAVY_LIGHT)
    c.rect((880, 184, 980, 200), TORCH_GLASS, radius=6)
    c.rect((918, 300, 942, 330), MUSTARD_DARK, radius=8)
    c.ring(1200, 330, 110, 110, CORAL, 26)
    c.rect((1180, 200, 1220, 230), NAVY_LIGHT, radius=8)
    c.rect((-20, 760, DESIGN_WIDTH + 20, 1020), "#c9c5bb")
    c.rect((-20, 760, DESIGN_WIDTH + 20, 776), mix("#c9c5bb", WHITE, 0.3))
    _tyre(c, 320, 600, 300)
    _pressure_gauge(c, 760, 790, 90)
    _washer_bottle(c, 1200, 930)
    c.rect((900, 880, 1060, 930), CORAL, radius=10)
    c.rect((910, 850, 1050, 884), CORAL_PALE, radius=10)
