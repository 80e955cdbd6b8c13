"""Scenes for the article on batch cooking: a soup pot, a chopping board, a fridge of boxes."""

import math

from ..canvas import DESIGN_HEIGHT, DESIGN_WIDTH, scene
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
from ..shapes import glow, jar, leaf, potted_plant, steam, taper


def _tiles(c, bottom, colour, step=110):
    """Draw the joint lines of square wall tiles down to the bottom line."""
    for x in range(0, DESIGN_WIDTH + step, step):
        c.rect((x - 2, -20, x + 2, bottom), colour)
    for y in range(step, bottom, step):
        c.rect((-20, y - 2, DESIGN_WIDTH + 20, y + 2), colour)


def _pot(c, x, base, width, colour):
    """Draw a lidded cooking pot centred on x, standing on the base line, with steam rising."""
    height = width * 0.62
    top = base - height
    c.rect((x - width / 2 - 45, top + 30, x + width / 2 + 45, top + 62), mix(colour, NAVY, 0.35), radius=16)
    c.rect((x - width / 2, top, x + width / 2, base), colour, radius=40, corners=(False, False, True, True))
    c.rect((x - width / 2, top + height * 0.62, x + width / 2, top + height * 0.7), mix(colour, WHITE, 0.2))
    c.ellipse(x, top, width / 2 + 14, 34, mix(colour, NAVY, 0.2))
    c.ellipse(x, top - 8, width / 2 - 6, 50, mix(colour, WHITE, 0.12))
    c.rect((x - 30, top - 82, x + 30, top - 52), NAVY_LIGHT, radius=14)
    for dx, h, sway in ((-90, 220, 1.0), (0, 280, -0.8), (90, 200, 0.9)):
        steam(c, x + dx, top - 110, h, mix(TEAL_PALE, WHITE, 0.6), width=14, sway=sway)


@scene(top="#e4eee9", bottom="#d4e3dc")
def soup_pot(c):
    """Draw a pot with steam on a kitchen counter below a shelf of jars."""
    _tiles(c, 660, mix("#d9e7e1", WHITE, 0.35))
    c.rect((150, 330, 760, 352), WOOD, radius=6)
    c.rect((150, 352, 760, 360), translucent(NAVY, 30))
    for x, w, h, food, lid in (
        (230, 110, 170, MUSTARD, NAVY_LIGHT),
        (370, 120, 220, CREAM, TEAL_DARK),
        (510, 110, 150, CORAL, NAVY_LIGHT),
        (650, 120, 200, "#9c6b52", MUSTARD_DARK),
    ):
        jar(c, x, 330, w, h, food, lid)
    c.rect((-20, 660, DESIGN_WIDTH + 20, 700), WOOD)
    c.rect((-20, 700, DESIGN_WIDTH + 20, DESIGN_HEIGHT + 20), TEAL_DARK)
    for x in (0, 375, 750, 1125):
        c.rect((x + 12, 720, x + 363, 1010), TEAL, radius=10)
        c.rect((x + 160, 740, x + 215, 752), CREAM, radius=6)
    c.rect((820, 650, 1300, 664), NAVY, radius=6)
    _pot(c, 1060, 650, 340, CORAL)
    potted_plant(c, 300, 660, 200, CORAL_DARK)
    c.rect((480, 400, 540, 480), mix(WOOD, WHITE, 0.2), radius=26)
    c.circle(510, 430, 13, "#e0ebe6")
    c.rect((420, 460, 600, 660), mix(WOOD, WHITE, 0.2), radius=24)


def _carrot(c, x, y, length, angle):
    """Draw a carrot with its leafy top at (x, y), pointing at angle degrees."""
    for spread in (-25, 0, 25):
        leaf(c, x, y, length * 0.4, length * 0.09, angle + 180 + spread, SAGE_DARK)
    taper(c, x, y, length, length * 0.2, angle, "#e9955c", lambda t: (1 - t) ** 0.7)
    c.circle(x, y, length * 0.1, "#e9955c")


def _tomato_half(c, x, y, r):
    """Draw half a tomato seen from its cut face."""
    c.circle(x, y, r, "#d9674f")
    c.circle(x, y, r * 0.82, "#ee8a6f")
    for angle in range(0, 360, 90):
        a = math.radians(angle + 45)
        c.ellipse(x + math.cos(a) * r * 0.42, y + math.sin(a) * r * 0.42, r * 0.2, r * 0.2, "#f6c1a7")
    c.circle(x, y, r * 0.16, "#f6c1a7")


@scene(top="#e9dac2", bottom="#dcc7a6")
def chopping_board(c):
    """Draw a chopping board from above with a carrot, tomatoes, onion rings, leaves and a knife."""
    c.rect((330, 190, 1190, 830), translucent(NAVY, 28), radius=70)
    c.rect((310, 170, 1170, 810), WOOD, radius=70)
    c.rect((340, 200, 1140, 780), mix(WOOD, WHITE, 0.12), radius=52)
    c.circle(1090, 260, 26, WOOD_DARK)
    _carrot(c, 460, 330, 420, -20)
    _tomato_half(c, 560, 610, 80)
    _tomato_half(c, 740, 660, 66)
    for cx, cy in ((950, 520), (1030, 620)):
        for r, colour in ((62, "#e8d7e6"), (46, "#f6eef5"), (30, "#e8d7e6"), (14, "#f6eef5")):
            c.circle(cx, cy, r, colour)
    for angle, dx in ((60, 0), (120, 40), (95, -40)):
        leaf(c, 860 + dx, 380, 150, 70, angle + 180, SAGE_DARK if dx else SAGE)
    c.rect((200, 880, 560, 920), STEEL, radius=20, corners=(True, False, False, True))
    c.rect((560, 878, 760, 922), NAVY, radius=14)
    c.circle(1300, 300, 110, TEAL)
    c.circle(1300, 300, 88, TEAL_PALE)
    for dx, dy in ((-30, -20), (20, -30), (0, 20), (35, 15), (-25, 35)):
        c.circle(1300 + dx, 300 + dy, 16, SAGE_DARK)


def _food_box(c, x, base, width, height, food, lid):
    """Draw a lidded storage box on a shelf at the base line, its food showing through the side."""
    c.rect((x - width / 2, base - height, x + width / 2, base), "#e7efef", radius=14)
    c.rect((x - width / 2 + 10, base - height * 0.72, x + width / 2 - 10, base - 10), food, radius=10)
    c.rect((x - width / 2 - 6, base - height - 18, x + width / 2 + 6, base - height + 8), lid, radius=9)


@scene(top="#efe7da", bottom="#e3d6c1")
def fridge_shelves(c):
    """Draw an open fridge with lidded boxes of cooked food on glass shelves."""
    c.rect((440, 70, 1100, 1010), "#d7e1e3", radius=40)
    inside = c.inset((480, 110, 1060, 960), "#f7fbfb", "#e6eff0")
    glow(inside, 770, 110, 300, WHITE, rings=10, alpha=20)
    c.paste(inside)
    shelves = (360, 610, 860)
    for y in shelves:
        c.rect((480, y, 1060, y + 14), translucent(TEAL_LIGHT, 150))
    for x, w, h, food, lid in (
        (580, 150, 110, CORAL, TEAL),
        (760, 160, 140, MUSTARD, CORAL_DARK),
        (940, 150, 100, SAGE, NAVY_LIGHT),
    ):
        _food_box(c, x, shelves[0], w, h, food, lid)
    for x, w, h, food, lid in ((620, 220, 120, "#b2674d", MUSTARD_DARK), (870, 200, 160, CREAM, TEAL)):
        _food_box(c, x, shelves[1], w, h, food, lid)
    for x, w, h, food, lid in (
        (590, 150, 90, "#d9b26f", TEAL),
        (760, 150, 90, CORAL, NAVY_LIGHT),
        (930, 150, 90, SAGE_DARK, CORAL),
    ):
        _food_box(c, x, shelves[2], w, h, food, lid)
    c.polygon([(1100, 90), (1250, 40), (1250, 1040), (1100, 990)], "#c9d5d8")
    for y in (330, 600, 860):
        c.polygon([(1115, y - 10), (1235, y - 40), (1235, y), (1115, y + 24)], translucent(TEAL_LIGHT, 160))
    c.rect((1140, 170, 1180, 330), translucent(CORAL_PALE, 230), radius=12)
