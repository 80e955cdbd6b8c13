"""Scenes for the article on a reading habit: an armchair beside a bookshelf, an open book with tea from above."""

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
    SAND_DARK,
    TEAL,
    TEAL_DARK,
    TEAL_LIGHT,
    WHITE,
    WOOD,
    WOOD_DARK,
    mix,
    translucent,
)
from ..shapes import floor_lamp, floorboards, framed_picture, glasses, landscape_view, leaf, mug, pencil, potted_plant

_SPINES = (TEAL, CORAL, MUSTARD, NAVY_LIGHT, SAGE_DARK, CORAL_PALE, TEAL_DARK, SAND_DARK, CREAM, MUSTARD_DARK)


def _book_row(c, x0, x1, shelf, start):
    """Fill a shelf from x0 to x1 with upright books of varied size and colour, the last one leaning."""
    x, i = x0, start
    while True:
        width, height = 26 + (i * 17) % 24, 112 + (i * 37) % 48
        if x + width > x1:
            break
        colour = _SPINES[(i * 7) % len(_SPINES)]
        c.rect((x, shelf - height, x + width, shelf), colour, radius=4)
        band = mix(colour, WHITE, 0.35) if colour != CREAM else SAND_DARK
        c.rect((x + 5, shelf - height + 16, x + width - 5, shelf - height + 24), band, radius=3)
        c.rect((x + 5, shelf - 34, x + width - 5, shelf - 28), band, radius=3)
        x += width + 3
        i += 1


def _bookshelf(c, x0, x1, top, floor):
    """Draw a bookshelf of four shelves standing on the floor line, with a plant and a jar among the books."""
    c.rect((x0 + 16, top + 16, x1 + 16, floor + 6), translucent(NAVY, 28), radius=8)
    c.rect((x0, top, x1, floor), WOOD_DARK, radius=8)
    c.rect((x0 + 22, top + 22, x1 - 22, floor - 40), mix(WOOD_DARK, NAVY, 0.28))
    step = (floor - 40 - top - 22) / 4
    shelves = [top + 22 + step * (i + 1) for i in range(4)]
    _book_row(c, x0 + 30, x1 - 150, shelves[0], 0)
    potted_plant(c, x1 - 85, shelves[0], 130, CORAL)
    _book_row(c, x0 + 30, x1 - 28, shelves[1], 5)
    _book_row(c, x0 + 130, x1 - 28, shelves[2], 11)
    for i, colour in enumerate((TEAL_DARK, MUSTARD, CORAL_PALE)):
        c.rect((x0 + 34 + i * 4, shelves[2] - 26 - i * 26, x0 + 120 - i * 4, shelves[2] - i * 26), colour, radius=4)
    _book_row(c, x0 + 30, x1 - 28, shelves[3], 17)
    for y in shelves:
        c.rect((x0 + 22, y, x1 - 22, y + 16), WOOD)


def _armchair(c, x, floor, body, shade, cushion):
    """Draw a deep armchair centred on x, standing on the floor line, with a cushion and a book left open on the seat."""
    c.rect((x - 200, floor - 510, x + 200, floor - 190), shade, radius=90)
    c.rect((x - 150, floor - 380, x - 10, floor - 230), cushion, radius=34)
    c.rect((x - 190, floor - 250, x + 190, floor - 150), body, radius=30)
    c.rect((x - 230, floor - 170, x + 230, floor - 46), shade, radius=22)
    for side in (-1, 1):
        c.rect((x + side * 215 - 60, floor - 340, x + side * 215 + 60, floor - 46), body, radius=54)
    for leg in (x - 200, x + 180):
        c.rect((leg, floor - 48, leg + 20, floor), WOOD_DARK, radius=4)
    seat, mid = floor - 236, x + 75
    c.polygon([(mid - 90, seat), (mid, seat - 48), (mid + 90, seat)], CORAL_DARK)
    c.polygon([(mid - 78, seat), (mid, seat - 36), (mid + 78, seat)], CREAM)
    c.polygon([(mid - 90, seat), (mid, seat - 48), (mid, seat - 34), (mid - 76, seat)], CORAL)


def _side_table(c, x, floor, top):
    """Draw a small round side table with a stack of books and a mug on it."""
    c.ellipse(x, top, 110, 20, WOOD)
    c.rect((x - 10, top + 10, x + 10, floor - 10), WOOD_DARK)
    c.ellipse(x, floor - 8, 60, 12, WOOD_DARK)
    for i, (colour, width) in enumerate(((TEAL_DARK, 150), (MUSTARD, 130), (NAVY_LIGHT, 140))):
        y = top - 6 - i * 26
        c.rect((x - 40 - width / 2, y - 26, x - 40 + width / 2, y), colour, radius=5)
    mug(c, x + 66, top - 4, 56, CREAM)


@scene(top="#efe4d4", bottom="#e2d2bb")
def reading_nook(c):
    """Draw an armchair beside a full bookshelf, with a lamp, a side table and a framed picture."""
    framed_picture(c, (770, 120, 1030, 300), WOOD, landscape_view)
    floorboards(c, 860, "#cbb394", gaps=3)
    c.ellipse(900, 930, 430, 48, translucent(TEAL_DARK, 80))
    _bookshelf(c, 120, 560, 120, 860)
    floor_lamp(c, 1390, 860, CORAL_PALE)
    _armchair(c, 900, 880, MUSTARD, MUSTARD_DARK, TEAL)
    _side_table(c, 1230, 880, 640)


def _text_lines(c, x0, x1, y0, y1, seed):
    """Draw the grey lines of a page of text between two margins, with a short line ending each paragraph."""
    y, i = y0, seed
    while y < y1:
        short = i % 6 == 5
        right = x0 + (x1 - x0) * (0.45 + 0.1 * (i % 3)) if short else x1 - (i * 13) % 18
        c.rect((x0, y, right, y + 9), mix(NAVY, CREAM, 0.72), radius=4)
        y += 60 if short else 30
        i += 1


@scene(top="#dfe7e3", bottom="#ccdad5")
def open_book_with_tea(c):
    """Draw an open book from above with a ribbon bookmark, a cup of tea, reading glasses, a pencil and a plant."""
    c.rect((-20, 560, DESIGN_WIDTH + 20, 760), translucent(TEAL, 40))
    c.rect((392, 172, 1132, 842), translucent(NAVY, 34), radius=22)
    c.rect((370, 150, 1110, 820), TEAL_DARK, radius=22)
    for left, right in ((392, 740), (740, 1088)):
        c.rect((left, 166, right, 806), CREAM, radius=14)
    c.rect((716, 166, 740, 806), translucent(NAVY, 24))
    c.rect((740, 166, 754, 806), translucent(NAVY, 16))
    _text_lines(c, 450, 690, 230, 760, 0)
    _text_lines(c, 790, 1030, 230, 760, 3)
    c.polygon([(730, 700), (754, 700), (754, 900), (742, 884), (730, 900)], CORAL)
    c.circle(1290, 290, 132, translucent(NAVY, 26))
    c.circle(1280, 280, 130, WHITE)
    c.circle(1280, 280, 112, mix(WHITE, TEAL_LIGHT, 0.2))
    c.rect((1350, 258, 1420, 302), WHITE, radius=20)
    c.circle(1280, 280, 82, WHITE)
    c.circle(1280, 280, 68, "#b97f55")
    c.circle(1262, 262, 18, translucent(WHITE, 60))
    glasses(c, 1250, 700, 300, NAVY)
    pencil(c, 170, 880, 330, 20, MUSTARD)
    c.circle(190, 240, 120, CORAL_DARK)
    c.circle(190, 240, 100, "#8e6a55")
    for angle in range(0, 360, 45):
        leaf(c, 190, 240, 150, 64, angle + 20, SAGE_DARK if angle % 90 else SAGE)
