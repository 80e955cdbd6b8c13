"""Scenes for the article on screen-time agreements: devices charging for the night, a board game from above."""

import math

from ..canvas import scene
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
    TEAL,
    TEAL_DARK,
    TEAL_LIGHT,
    WHITE,
    WOOD,
    WOOD_DARK,
    mix,
    translucent,
)
from ..shapes import (
    floorboards,
    framed_picture,
    landscape_view,
    moon,
    pencil,
    potted_plant,
    ridge,
    stars,
    table_lamp,
    window,
)

# A dimmed screen shows its moon in a softer light than a lamp.
SCREEN_MOON = "#f1dfb8"


def _evening_view(v, box):
    """Paint a late evening sky with a rising moon, a few stars and a dark hill line."""
    moon(v, box[0] + (box[2] - box[0]) * 0.65, box[1] + 110, 30, CREAM)
    stars(v, box, ((0.2, 0.15), (0.35, 0.4), (0.8, 0.55), (0.15, 0.6)), CREAM)
    ridge(v, box[3] - 60, 16, 6, 0.9, "#3b4a66")


def _resting_device(c, box, frame):
    """Draw a tablet or phone standing upright with its screen dimmed to a crescent moon."""
    x0, y0, x1, y1 = box
    c.rect(box, frame, radius=min(x1 - x0, y1 - y0) * 0.14)
    pad = (x1 - x0) * 0.08
    c.rect((x0 + pad, y0 + pad * 1.4, x1 - pad, y1 - pad * 1.4), "#3b4b68", radius=pad)
    moon(c, (x0 + x1) / 2, y0 + (y1 - y0) * 0.4, (x1 - x0) * 0.16, SCREEN_MOON)


def _charging_dock(c, x, top, devices):
    """Draw a wooden charging dock with its devices standing in slots, cables tucked behind."""
    left = x - 170
    for x0, width, height, frame in devices:
        _resting_device(c, (left + x0, top - height, left + x0 + width, top + 12), frame)
    c.rect((x - 180, top, x + 180, top + 44), WOOD_DARK, radius=10)
    c.rect((x - 180, top, x + 180, top + 10), mix(WOOD_DARK, WHITE, 0.2), radius=5)
    c.circle(x + 150, top + 24, 6, MUSTARD)


def _toy_basket(c, x, floor):
    """Draw a woven basket on the floor holding a ball, wooden blocks and a picture book."""
    c.rect((x - 40, floor - 250, x + 40, floor - 120), TEAL, radius=8)
    c.rect((x - 40, floor - 250, x - 28, floor - 120), TEAL_DARK)
    c.circle(x - 70, floor - 150, 70, CORAL)
    c.line([(x - 140, floor - 150), (x, floor - 150)], mix(CORAL, WHITE, 0.45), 10, round_ends=False)
    for dx, dy, colour in ((40, 0, MUSTARD), (95, 10, SAGE_DARK), (65, -50, CORAL_PALE)):
        c.rect((x + dx, floor - 175 + dy, x + dx + 50, floor - 125 + dy), colour, radius=6)
    c.rect((x - 150, floor - 140, x + 150, floor), WOOD, radius=18)
    for y in (floor - 100, floor - 56):
        c.rect((x - 150, y - 4, x + 150, y + 4), WOOD_DARK)
    for i in range(7):
        bx = x - 120 + i * 40
        c.rect((bx - 3, floor - 136, bx + 3, floor - 6), mix(WOOD, WOOD_DARK, 0.5))


def _sideboard(c, x0, x1, top, floor):
    """Draw a low sideboard with two doors and a drawer, on short legs."""
    c.rect((x0 + 14, top + 14, x1 + 14, floor - 30), translucent(NAVY, 24), radius=10)
    c.rect((x0, top, x1, floor - 50), WOOD, radius=10)
    c.rect((x0 - 10, top - 14, x1 + 10, top + 8), mix(WOOD, WOOD_DARK, 0.6), radius=6)
    mid = (x0 + x1) / 2
    for left, right in ((x0 + 24, mid - 8), (mid + 8, x1 - 24)):
        c.rect((left, top + 40, right, floor - 74), mix(WOOD, WHITE, 0.12), radius=8)
    for knob in (mid - 40, mid + 40):
        c.circle(knob, top + 150, 10, NAVY_LIGHT)
    for leg in (x0 + 30, x1 - 50):
        c.rect((leg, floor - 52, leg + 20, floor), WOOD_DARK)


@scene(top="#e8dccd", bottom="#dac8b1")
def charging_for_the_night(c):
    """Draw a tablet and two phones charging in a dock on a sideboard, a lamp beside them and a toy basket below."""
    framed_picture(c, (480, 80, 820, 270), CREAM, landscape_view)
    window(c, (1170, 130, 1410, 520), ("#2f3d5a", "#8a7e9a"), _evening_view)
    floorboards(c, 880, "#c7ad8b", gaps=2)
    _sideboard(c, 240, 1060, 590, 880)
    table_lamp(c, 360, 576, CORAL_PALE)
    _charging_dock(c, 740, 532, ((30, 170, 230, NAVY), (215, 58, 130, NAVY_LIGHT), (285, 58, 118, TEAL_DARK)))
    potted_plant(c, 990, 576, 170, CORAL)
    _toy_basket(c, 1290, 900)


def _die(c, x, y, size, angle, pips):
    """Draw a die seen from above, turned by angle degrees, showing the given number of pips."""
    a = math.radians(angle)
    half = size / 2

    def at(px, py):
        """Return the design point of a point on the die's face, measured from its centre."""
        return (x + px * math.cos(a) - py * math.sin(a), y + px * math.sin(a) + py * math.cos(a))

    c.polygon(
        [at(-half + 8, -half + 14), at(half + 8, -half + 14), at(half + 8, half + 14), at(-half + 8, half + 14)],
        translucent(NAVY, 36),
    )
    corners = [(-half, -half), (half, -half), (half, half), (-half, half)]
    c.polygon(_rounded_square(at, corners, size * 0.16), WHITE)
    spots = {
        1: [(0, 0)],
        2: [(-1, -1), (1, 1)],
        3: [(-1, -1), (0, 0), (1, 1)],
        4: [(-1, -1), (1, -1), (-1, 1), (1, 1)],
        5: [(-1, -1), (1, -1), (0, 0), (-1, 1), (1, 1)],
        6: [(-1, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (1, 1)],
    }
    for sx, sy in spots[pips]:
        c.circle(*at(sx * size * 0.26, sy * size * 0.26), size * 0.09, NAVY)


def _rounded_square(at, corners, r):
    """Return the outline of a square with rounded corners, its corner points mapped through at."""
    points = []
    for cx, cy in corners:
        sx, sy = (1 if cx > 0 else -1), (1 if cy > 0 else -1)
        centre = (cx - sx * r, cy - sy * r)
        for i in range(7):
            t = math.radians({(-1, -1): 180, (1, -1): 270, (1, 1): 0, (-1, 1): 90}[(sx, sy)] + i * 15)
            points.append(at(centre[0] + r * math.cos(t), centre[1] + r * math.sin(t)))
    return points


def _pawn(c, x, y, colour):
    """Draw a game pawn seen from above: its base, its body and its round head."""
    c.circle(x + 6, y + 8, 30, translucent(NAVY, 40))
    c.circle(x, y, 30, mix(colour, NAVY, 0.2))
    c.circle(x, y, 21, colour)
    c.circle(x - 3, y - 3, 11, mix(colour, WHITE, 0.4))


_TRACK = (CREAM, TEAL_LIGHT, CREAM, CORAL_PALE, CREAM, "#f2d9a6", CREAM, SAGE)


def _game_board(c, x0, y0, size, cells):
    """Draw a square game board with a track of cells around its edge and a four-coloured centre."""
    c.rect((x0 + 18, y0 + 22, x0 + size + 18, y0 + size + 22), translucent(NAVY, 34), radius=18)
    c.rect((x0, y0, x0 + size, y0 + size), NAVY_LIGHT, radius=18)
    c.rect((x0 + 14, y0 + 14, x0 + size - 14, y0 + size - 14), mix(CREAM, SAND, 0.4), radius=10)
    step = (size - 40) / cells
    for i in range(cells):
        for j in range(cells):
            if i in (0, cells - 1) or j in (0, cells - 1):
                cx, cy = x0 + 20 + i * step, y0 + 20 + j * step
                c.rect((cx + 4, cy + 4, cx + step - 4, cy + step - 4), _TRACK[(i * 3 + j * 5) % len(_TRACK)], radius=8)
    mid = (x0 + size / 2, y0 + size / 2)
    inner = size / 2 - 20 - step * 1.6
    quarters = ((CORAL, -1, -1), (TEAL, 1, -1), (MUSTARD, 1, 1), (SAGE_DARK, -1, 1))
    for colour, sx, sy in quarters:
        xs, ys = sorted((mid[0], mid[0] + sx * inner)), sorted((mid[1], mid[1] + sy * inner))
        c.rect((xs[0], ys[0], xs[1], ys[1]), colour, radius=12)
    c.circle(*mid, inner * 0.42, CREAM)
    c.circle(*mid, inner * 0.3, MUSTARD_DARK)
    return step


@scene(top="#d7bd98", bottom="#c8a982")
def board_game_from_above(c):
    """Draw a board game from above with four pawns on its track, two dice, a stack of cards and a bowl of popcorn."""
    x0, y0, size = 420, 150, 680
    step = _game_board(c, x0, y0, size, 9)
    for (i, j), colour in (((0, 3), CORAL), ((4, 0), TEAL), ((8, 5), MUSTARD), ((6, 8), SAGE_DARK)):
        _pawn(c, x0 + 20 + (i + 0.5) * step, y0 + 20 + (j + 0.5) * step, colour)
    _die(c, 1230, 640, 120, 18, 5)
    _die(c, 1330, 780, 120, -12, 3)
    for i in range(4):
        c.rect((1170 + i * 5, 200 - i * 7, 1380 + i * 5, 500 - i * 7), mix(CORAL, NAVY, 0.08 * (3 - i)), radius=18)
    c.rect((1200, 180, 1365, 460), mix(CORAL, WHITE, 0.25), radius=12)
    c.circle(1283, 320, 40, CORAL)
    c.circle(210, 330, 170, translucent(NAVY, 30))
    c.circle(200, 320, 170, TEAL)
    c.circle(200, 320, 146, mix(TEAL, WHITE, 0.2))
    for k in range(34):
        angle, dist = k * 2.4, 128 * math.sqrt((k + 0.5) / 34)
        px, py = 200 + dist * math.cos(angle), 320 + dist * math.sin(angle)
        c.circle(px, py, 24, "#f7ecd2" if k % 3 else "#f1d79e")
    c.rect((148, 640, 348, 900), translucent(NAVY, 30), radius=10)
    c.rect((140, 630, 340, 890), WHITE, radius=10)
    for i in range(7):
        c.rect((170, 690 + i * 28, 310 - (i % 3) * 30, 698 + i * 28), mix(NAVY, WHITE, 0.7), radius=4)
    c.rect((140, 630, 340, 660), TEAL_DARK, radius=10, corners=(True, True, False, False))
    pencil(c, 300, 930, 250, 35, CORAL)
