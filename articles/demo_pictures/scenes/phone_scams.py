"""Scenes for the article on phone scams: a phone showing a shield, an incoming call beside a notebook of numbers."""

from ..canvas import DESIGN_WIDTH, scene
from ..palette import (
    CORAL,
    CORAL_DARK,
    CREAM,
    MUSTARD,
    MUSTARD_DARK,
    NAVY,
    NAVY_LIGHT,
    SAGE,
    SAGE_DARK,
    STEEL,
    TEAL,
    TEAL_PALE,
    WHITE,
    WOOD,
    WOOD_DARK,
    mix,
    translucent,
)
from ..shapes import floorboards, glasses, landscape_view, mug, pencil, potted_plant, smooth, window


def _phone(c, box, body, screen):
    """Draw a smartphone standing in a small stand, its screen lit in one colour, ready for what it shows."""
    x0, y0, x1, y1 = box
    width = x1 - x0
    c.polygon(
        [
            (x0 + width * 0.2, y1 + 20),
            (x1 - width * 0.2, y1 + 20),
            (x1 - width * 0.1, y1 - 60),
            (x0 + width * 0.1, y1 - 60),
        ],
        NAVY_LIGHT,
    )
    c.rect((x0 + 12, y0 + 16, x1 + 12, y1 + 16), translucent(NAVY, 28), radius=width * 0.16)
    c.rect(box, body, radius=width * 0.16)
    pad = width * 0.06
    c.rect((x0 + pad, y0 + pad * 1.6, x1 - pad, y1 - pad * 1.6), screen, radius=pad)
    c.rect(
        ((x0 + x1) / 2 - width * 0.12, y0 + pad * 0.5, (x0 + x1) / 2 + width * 0.12, y0 + pad * 1.2),
        NAVY_LIGHT,
        radius=6,
    )
    c.rect((x0 + width * 0.04, y1 + 20, x1 - width * 0.04, y1 + 34), mix(NAVY_LIGHT, NAVY, 0.3), radius=7)


def _shield(c, x, y, size, colour):
    """Draw a shield with a check mark, its centre at (x, y)."""
    w, h = size * 0.5, size * 0.6
    outline = [
        (x - w, y - h * 0.8),
        (x, y - h),
        (x + w, y - h * 0.8),
        (x + w, y - h * 0.2),
        (x + w * 0.85, y + h * 0.35),
        (x, y + h),
        (x - w * 0.85, y + h * 0.35),
        (x - w, y - h * 0.2),
    ]
    c.polygon(smooth(outline, rounds=2), colour)
    c.line(
        [(x - w * 0.42, y - h * 0.05), (x - w * 0.08, y + h * 0.3), (x + w * 0.45, y - h * 0.38)], WHITE, size * 0.09
    )


@scene(top="#e7eee9", bottom="#d9e3dc")
def phone_with_shield(c):
    """Draw a phone on a stand showing a shield with a check mark, beside a mug, reading glasses and a plant."""
    window(c, (150, 110, 560, 520), ("#b9d9d4", "#eef2ea"), landscape_view)
    c.rect((-20, 700, DESIGN_WIDTH + 20, 1020), "#d6b892")
    c.rect((-20, 700, DESIGN_WIDTH + 20, 712), mix("#d6b892", WHITE, 0.3))
    _phone(c, (690, 200, 950, 690), NAVY, mix(TEAL_PALE, WHITE, 0.2))
    _shield(c, 820, 400, 180, TEAL)
    for i, width in enumerate((150, 110)):
        c.rect((820 - width / 2, 540 + i * 40, 820 + width / 2, 558 + i * 40), mix(TEAL, WHITE, 0.55), radius=9)
    mug(c, 1120, 720, 110, CORAL)
    glasses(c, 470, 840, 300, NAVY_LIGHT)
    potted_plant(c, 1350, 716, 240, MUSTARD_DARK)


def _caller(v, x, y, r):
    """Paint an unknown caller's round picture: a plain head and shoulders."""
    v.circle(x, y, r, mix(STEEL, WHITE, 0.3))
    v.circle(x, y - r * 0.2, r * 0.34, NAVY_LIGHT)
    v.ellipse(x, y + r * 0.62, r * 0.6, r * 0.42, NAVY_LIGHT)
    v.ring(x, y, r, r, mix(STEEL, WHITE, 0.3), r * 0.12)


def _notebook(c, x0, y0, x1, y1):
    """Draw an open notebook lying on the table, its pages lined with a short list, and a pencil across it."""
    mid = (x0 + x1) / 2
    c.polygon([(x0 + 10, y1 + 14), (x1 + 10, y1 + 14), (x1 - 30, y0 + 14), (x0 + 50, y0 + 14)], translucent(NAVY, 30))
    c.polygon([(x0, y1), (x1, y1), (x1 - 40, y0), (x0 + 40, y0)], CORAL_DARK)
    c.polygon([(x0 + 14, y1 - 10), (mid - 4, y1 - 4), (mid - 4, y0 + 10), (x0 + 52, y0 + 12)], CREAM)
    c.polygon([(mid + 4, y1 - 4), (x1 - 14, y1 - 10), (x1 - 52, y0 + 12), (mid + 4, y0 + 10)], CREAM)
    for i in range(4):
        f = (i + 1) / 5
        ly = y0 + 12 + (y1 - y0 - 22) * f
        inset = 40 * (1 - f)
        c.line([(x0 + 60 + inset, ly), (mid - 30 - (i % 2) * 40, ly)], mix(NAVY, CREAM, 0.6), 5)
        c.line([(mid + 30, ly), (x1 - 60 - inset - (i % 3) * 30, ly)], mix(NAVY, CREAM, 0.6), 5)


def _home_phone(c, x, table):
    """Draw a cordless home phone standing in its base on the table line, its keypad a grid of dots."""
    c.ellipse(x, table - 10, 110, 20, NAVY_LIGHT)
    c.rect((x - 100, table - 60, x + 100, table - 8), NAVY_LIGHT, radius=24)
    c.rect((x - 54, table - 330, x + 54, table - 30), CREAM, radius=30)
    c.rect((x - 36, table - 300, x + 36, table - 230), mix(TEAL_PALE, NAVY_LIGHT, 0.2), radius=8)
    for row in range(4):
        for col in range(3):
            c.circle(x - 26 + col * 26, table - 196 + row * 34, 8, mix(STEEL, NAVY, 0.2))
    c.circle(x + 82, table - 36, 7, SAGE)


@scene(top="#f2e6d6", bottom="#e6d3bc")
def incoming_call(c):
    """Draw a phone showing an unknown incoming call on a hall table, beside a notebook of numbers and a home phone."""
    floorboards(c, 900, "#c9b08f", gaps=2)
    c.rect((160, 640, 1340, 670), WOOD, radius=8)
    c.rect((190, 670, 1310, 760), WOOD_DARK, radius=6)
    c.rect((210, 688, 740, 742), mix(WOOD_DARK, WHITE, 0.12), radius=6)
    c.rect((760, 688, 1290, 742), mix(WOOD_DARK, WHITE, 0.12), radius=6)
    for knob in (475, 1025):
        c.circle(knob, 715, 10, MUSTARD)
    for leg in (200, 1280):
        c.rect((leg, 760, leg + 22, 910), WOOD_DARK)
    c.rect((520, 120, 980, 420), mix(WOOD, WHITE, 0.1), radius=10)
    c.rect((540, 140, 960, 400), "#d8c29f", radius=6)
    c.rect((580, 170, 760, 300), WHITE)
    for i in range(4):
        c.rect((600, 195 + i * 26, 740 - (i % 2) * 40, 205 + i * 26), mix(NAVY, WHITE, 0.65), radius=5)
    c.circle(670, 178, 12, CORAL_DARK)
    c.rect((800, 200, 920, 340), TEAL_PALE)
    c.circle(860, 208, 12, MUSTARD_DARK)
    potted_plant(c, 95, 900, 300, CORAL)
    _home_phone(c, 340, 640)
    _notebook(c, 520, 560, 900, 640)
    pencil(c, 620, 600, 260, 8, NAVY_LIGHT, width=22)
    _phone(c, (1040, 260, 1260, 600), NAVY, "#36465f")
    _caller(c, 1150, 360, 56)
    for i, width in enumerate((120, 80)):
        c.rect((1150 - width / 2, 440 + i * 32, 1150 + width / 2, 454 + i * 32), mix(NAVY_LIGHT, WHITE, 0.35), radius=7)
    c.circle(1095, 540, 30, CORAL_DARK)
    c.circle(1205, 540, 30, SAGE_DARK)
