"""Scenes for the article on learning a language: a globe with notebooks and headphones, a café table for two."""

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
from ..shapes import cloud, floorboards, mug, potted_plant, smooth, window

# Land on the globe, in fractions of its radius from its centre.
_LAND = (
    ((-0.62, -0.55), (-0.2, -0.72), (0.05, -0.5), (-0.15, -0.2), (-0.05, 0.1), (-0.35, 0.2), (-0.55, -0.1)),
    ((-0.2, 0.3), (0.1, 0.28), (0.05, 0.62), (-0.12, 0.8), (-0.22, 0.55)),
    ((0.3, -0.6), (0.62, -0.48), (0.72, -0.1), (0.5, 0.1), (0.35, -0.12), (0.2, -0.3)),
    ((0.45, 0.35), (0.65, 0.3), (0.62, 0.55), (0.45, 0.55)),
)


def _globe(c, x, base, r):
    """Draw a desk globe on its stand, the globe of radius r, the stand's foot on the base line."""
    cy = base - 70 - r
    c.ellipse(x, base - 12, r * 0.62, 20, NAVY_LIGHT)
    c.rect((x - 12, cy + r, x + 12, base - 12), NAVY_LIGHT)
    c.circle(x, cy, r, TEAL_LIGHT)
    for blob in _LAND:
        c.polygon(smooth([(x + px * r, cy + py * r) for px, py in blob], rounds=3), SAGE_DARK)
    c.ring(x, cy, r + 26, r + 26, NAVY_LIGHT, 14)
    for dy in (-r - 26, r + 26):
        c.circle(x, cy + dy, 14, MUSTARD_DARK)


def _notebooks(c, x, desk, colours):
    """Draw a neat stack of notebooks lying on the desk, each with an elastic band, and a pen on top."""
    y = desk
    for i, colour in enumerate(colours):
        width = 300 - (i % 2) * 26
        c.rect((x - width / 2, y - 40, x + width / 2, y), colour, radius=8)
        c.rect((x - width / 2, y - 40, x - width / 2 + 16, y), mix(colour, NAVY, 0.2), radius=6)
        c.rect((x + width / 2 - 50, y - 40, x + width / 2 - 40, y), mix(colour, WHITE, 0.3))
        y -= 42
    c.rect((x - 120, y - 14, x + 90, y), NAVY, radius=7)
    c.rect((x + 70, y - 14, x + 120, y), MUSTARD, radius=7)


def _headphones(c, x, desk, colour):
    """Draw over-ear headphones standing on the desk, centred on x."""
    top = desk - 290
    band = [(x + 150 * math.cos(t / 24 * math.pi), top + 150 - 150 * math.sin(t / 24 * math.pi)) for t in range(25)]
    c.line(band, NAVY_LIGHT, 26)
    for side in (-1, 1):
        cx = x + side * 150
        c.rect((cx - 50, desk - 150, cx + 50, desk), colour, radius=40)
        c.rect((cx - side * 50 - 14, desk - 130, cx - side * 50 + 14, desk - 20), NAVY, radius=12)


def _bubble(c, box, colour, tail, content):
    """Draw a speech bubble with a tail pointing towards tail, holding dots or lines but never words."""
    x0, y0, x1, y1 = box
    c.rect((x0 + 10, y0 + 12, x1 + 10, y1 + 12), translucent(NAVY, 22), radius=(y1 - y0) / 2)
    base = (x0 + x1) / 2 + (60 if tail[0] > (x0 + x1) / 2 else -60)
    c.polygon([(base - 34, y1 - 10), (base + 34, y1 - 10), tail], colour)
    c.rect(box, colour, radius=(y1 - y0) / 2)
    light = mix(colour, WHITE, 0.75)
    mid = (y0 + y1) / 2
    if content == "dots":
        for i in range(3):
            c.circle((x0 + x1) / 2 + (i - 1) * 56, mid, 18, light)
    else:
        width = x1 - x0
        c.rect((x0 + width * 0.18, mid - 30, x1 - width * 0.18, mid - 12), light, radius=9)
        c.rect((x0 + width * 0.18, mid + 12, x1 - width * 0.38, mid + 30), light, radius=9)


@scene(top="#dde9e5", bottom="#cde0db")
def globe_and_notebooks(c):
    """Draw a desk with a globe, a stack of notebooks and headphones under two speech bubbles."""
    floorboards(c, 960, "#cdb89b", gaps=1)
    c.rect((60, 880, 1440, 960), translucent(NAVY, 30))
    c.rect((-20, 690, DESIGN_WIDTH + 20, 850), mix(WOOD, WHITE, 0.15))
    c.rect((-20, 850, DESIGN_WIDTH + 20, 884), WOOD_DARK)
    for leg in (90, 1390):
        c.rect((leg, 884, leg + 26, 960), WOOD_DARK)
    _globe(c, 380, 720, 190)
    _notebooks(c, 760, 712, (TEAL_DARK, CORAL, SAND, NAVY_LIGHT))
    _headphones(c, 1140, 712, CORAL_DARK)
    _bubble(c, (600, 110, 900, 260), CORAL, (640, 360), "dots")
    _bubble(c, (960, 190, 1300, 340), TEAL, (1230, 430), "lines")
    potted_plant(c, 1390, 712, 170, MUSTARD)


def _rooftops_view(v, box):
    """Paint a town of pitched roofs and a dome under a clear sky, seen over a street."""
    x0, y0, x1, y1 = box
    cloud(v, x0 + 90, y0 + 150, 160, WHITE)
    v.circle(x0 + 470, y1 - 250, 80, mix(TEAL_LIGHT, WHITE, 0.3))
    v.rect((x0 + 455, y1 - 350, x0 + 485, y1 - 320), mix(TEAL_LIGHT, WHITE, 0.3), radius=8)
    v.rect((x0 + 400, y1 - 250, x0 + 540, y1), mix(SAND, WHITE, 0.3))
    houses = (
        (0, 150, 190, SAND, CORAL_DARK),
        (150, 130, 250, CORAL_PALE, TEAL_DARK),
        (280, 140, 170, CREAM, CORAL),
        (560, 150, 220, SAND_DARK, NAVY_LIGHT),
        (720, 140, 160, CORAL_PALE, CORAL_DARK),
    )
    for left, width, height, wall, roof in houses:
        hx0, hx1, top = x0 + left, x0 + left + width, y1 - height
        v.polygon([(hx0 - 10, top), ((hx0 + hx1) / 2, top - width * 0.4), (hx1 + 10, top)], roof)
        v.rect((hx0, top, hx1, y1 + 10), wall)
        for wx in (hx0 + width * 0.22, hx0 + width * 0.6):
            for wy in (top + 30, top + 100):
                if wy + 44 < y1:
                    v.rect((wx, wy, wx + width * 0.18, wy + 44), mix(wall, NAVY, 0.35), radius=6)


def _cup_and_saucer(c, x, table, colour):
    """Draw a coffee cup on its saucer standing on the table line."""
    c.ellipse(x + 6, table, 78, 14, mix(colour, NAVY, 0.25))
    mug(c, x, table - 8, 70, colour, drink="#7a5240")


def _bistro_chair(c, x, floor, colour, facing):
    """Draw a bistro chair in profile on the floor line, its back on the side away from facing."""
    back = x - facing * 80
    c.line([(back, floor - 180), (back - facing * 14, floor - 430)], colour, 16)
    c.ring(back - facing * 4, floor - 360, 34, 62, colour, 12)
    c.rect((x - 95, floor - 196, x + 95, floor - 174), colour, radius=10)
    c.line([(x - 75, floor - 180), (x - 100, floor)], colour, 12)
    c.line([(x + 75, floor - 180), (x + 100, floor)], colour, 12)
    c.line([(x - 86, floor - 70), (x + 86, floor - 70)], colour, 8)


@scene(top="#f1e5d4", bottom="#e4d2ba")
def cafe_table_for_two(c):
    """Draw a café table for two by a window onto rooftops, two coffees on it and speech bubbles above the chairs."""
    window(c, (400, 100, 1100, 500), ("#b7d7e0", "#f2ece0"), _rooftops_view, frame=WHITE)
    floorboards(c, 880, "#cfb899", gaps=2)
    c.ellipse(750, 950, 360, 30, translucent(NAVY, 26))
    _bistro_chair(c, 330, 900, NAVY_LIGHT, facing=1)
    _bistro_chair(c, 1170, 900, NAVY_LIGHT, facing=-1)
    c.rect((738, 640, 762, 880), NAVY)
    c.ellipse(750, 900, 130, 22, NAVY)
    c.ellipse(750, 636, 290, 36, mix(CREAM, STEEL, 0.3))
    c.ellipse(750, 628, 290, 36, WHITE)
    _cup_and_saucer(c, 620, 628, TEAL)
    _cup_and_saucer(c, 880, 628, CORAL)
    c.rect((736, 520, 764, 620), translucent(TEAL_PALE, 200), radius=12)
    c.line([(750, 520), (744, 440)], SAGE_DARK, 6)
    c.circle(744, 430, 22, MUSTARD)
    _bubble(c, (110, 220, 360, 350), TEAL, (260, 450), "dots")
    _bubble(c, (1150, 240, 1420, 370), MUSTARD, (1230, 460), "lines")
    potted_plant(c, 1380, 880, 260, CORAL_DARK, leaves=(SAGE_DARK, SAGE))
