"""Flat illustrations for the demo articles, drawn with Pillow so the demo ships no downloaded photos.

Every scene is painted in a 1500x1000 design box, scaled to cover the requested size (cropping the edges when
the aspect ratio differs), drawn at twice that size and scaled down with LANCZOS for smooth edges.
"""

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageColor, ImageDraw

CREDIT = "Illustration drawn for Twitchsite's demo content"
DESIGN_WIDTH, DESIGN_HEIGHT = 1500, 1000
SUPERSAMPLE = 2

NAVY = "#2b3a55"
NAVY_LIGHT = "#4a5b7a"
TEAL = "#4e8b87"
TEAL_DARK = "#3a6e6b"
TEAL_LIGHT = "#8fc0b8"
TEAL_PALE = "#d3e6e0"
SAND = "#eadfc9"
SAND_DARK = "#d6c3a2"
CREAM = "#f8f3ea"
CORAL = "#e28a6f"
CORAL_DARK = "#c9705a"
CORAL_PALE = "#f3c6b5"
MUSTARD = "#e0ae58"
MUSTARD_DARK = "#c48f3c"
SAGE = "#a3be9c"
SAGE_DARK = "#739a7e"
WOOD = "#be916a"
WOOD_DARK = "#9a7050"
STEEL = "#b8c2c9"
WHITE = "#ffffff"
LAMPLIGHT = "#ffe2a6"


@dataclass(frozen=True)
class DemoPicture:
    """A drawn demo illustration with the words the picture library shows beside it."""

    key: str
    title: str
    alt_text: str
    caption: str
    credit: str
    draw: Callable[[int, int], Image.Image]


def render(picture: DemoPicture, width: int = 1600, height: int = 1067) -> Image.Image:
    """Draw the picture as an RGB image of exactly width x height pixels."""
    return picture.draw(width, height)


# Colours ---------------------------------------------------------------------------------------------------------


def _mix(a, b, t):
    """Return the colour t of the way from a to b, as a hex string."""
    pairs = zip(ImageColor.getrgb(a), ImageColor.getrgb(b), strict=True)
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in pairs)


def _alpha(colour, alpha):
    """Return a #rrggbb colour with an alpha byte (0-255) appended, for translucent shapes."""
    return f"{colour}{alpha:02x}"


def _smooth(points, rounds=3):
    """Round the corners of a closed outline by Chaikin corner cutting."""
    for _ in range(rounds):
        pairs = zip(points, points[1:] + points[:1], strict=True)
        points = [
            p
            for (ax, ay), (bx, by) in pairs
            for p in ((0.75 * ax + 0.25 * bx, 0.75 * ay + 0.25 * by), (0.25 * ax + 0.75 * bx, 0.25 * ay + 0.75 * by))
        ]
    return points


def _gradient(size, top, bottom):
    """Return an RGB image of the given size fading from top to bottom colour."""
    width, height = size
    start, end = ImageColor.getrgb(top), ImageColor.getrgb(bottom)
    steps = max(height - 1, 1)
    column = Image.new("RGB", (1, height))
    column.putdata(
        [tuple(round(s + (e - s) * y / steps) for s, e in zip(start, end, strict=True)) for y in range(height)]
    )
    return column.resize((width, height), Image.Resampling.NEAREST)


# Canvas ----------------------------------------------------------------------------------------------------------


class _Canvas:
    """Draw in design units on a supersampled image; shapes take design coordinates."""

    def __init__(self, size, scale, origin, top, bottom):
        """Start a gradient image of size pixels, where design point (0, 0) lands at origin."""
        self.image = _gradient(size, top, bottom)
        self.pen = ImageDraw.Draw(self.image, "RGBA")
        self.scale = scale
        self.origin = origin
        self.offset = (0, 0)

    @classmethod
    def cover(cls, width, height, top, bottom):
        """Return a canvas whose design box covers width x height at the supersampled size, centred."""
        size = (width * SUPERSAMPLE, height * SUPERSAMPLE)
        scale = max(size[0] / DESIGN_WIDTH, size[1] / DESIGN_HEIGHT)
        origin = ((size[0] - DESIGN_WIDTH * scale) / 2, (size[1] - DESIGN_HEIGHT * scale) / 2)
        return cls(size, scale, origin, top, bottom)

    def xy(self, x, y):
        """Return the pixel position of a design point."""
        return (self.origin[0] + x * self.scale, self.origin[1] + y * self.scale)

    def box(self, x0, y0, x1, y1):
        """Return the pixel box of a design box."""
        return (*self.xy(x0, y0), *self.xy(x1, y1))

    def rect(self, box, fill, radius=0, corners=None):
        """Fill a rectangle, optionally with rounded corners."""
        x0, y0, x1, y1 = self.box(*box)
        # Pillow rejects a radius that reaches half the side when only some corners are rounded.
        radius = min(radius * self.scale, (x1 - x0) / 2 - 1, (y1 - y0) / 2 - 1)
        self.pen.rounded_rectangle((x0, y0, x1, y1), max(radius, 0), fill=fill, corners=corners)

    def ellipse(self, cx, cy, rx, ry, fill):
        """Fill an ellipse centred on (cx, cy)."""
        self.pen.ellipse(self.box(cx - rx, cy - ry, cx + rx, cy + ry), fill=fill)

    def circle(self, cx, cy, r, fill):
        """Fill a circle centred on (cx, cy)."""
        self.ellipse(cx, cy, r, r, fill)

    def ring(self, cx, cy, rx, ry, colour, width):
        """Draw the outline of an ellipse."""
        box = self.box(cx - rx, cy - ry, cx + rx, cy + ry)
        self.pen.ellipse(box, outline=colour, width=max(1, round(width * self.scale)))

    def wedge(self, cx, cy, r, start, end, fill):
        """Fill a pie slice between two angles in degrees, clockwise from three o'clock."""
        self.pen.pieslice(self.box(cx - r, cy - r, cx + r, cy + r), start, end, fill=fill)

    def polygon(self, points, fill):
        """Fill a polygon."""
        self.pen.polygon([self.xy(x, y) for x, y in points], fill=fill)

    def line(self, points, colour, width, round_ends=True):
        """Draw a polyline with smooth joints and, for opaque colours, rounded ends."""
        self.pen.line(
            [self.xy(x, y) for x, y in points], fill=colour, width=max(1, round(width * self.scale)), joint="curve"
        )
        # A translucent end cap would show as a darker dot where it overlaps the line.
        if round_ends and len(colour) == 7:
            for x, y in (points[0], points[-1]):
                self.circle(x, y, width / 2, colour)

    def figure(self, x, y, unit, points, fill):
        """Fill a polygon whose points are given in units relative to (x, y)."""
        self.polygon([(x + px * unit, y + py * unit) for px, py in points], fill)

    def inset(self, box, top, bottom):
        """Return a canvas for the part of this one inside box, with its own gradient, to paste back later."""
        x0, y0, x1, y1 = (round(v) for v in self.box(*box))
        part = _Canvas((x1 - x0, y1 - y0), self.scale, (self.origin[0] - x0, self.origin[1] - y0), top, bottom)
        part.offset = (x0 + self.offset[0], y0 + self.offset[1])
        return part

    def paste(self, part):
        """Paste an inset back where it came from, clipping what lies outside."""
        self.image.paste(part.image, (part.offset[0] - self.offset[0], part.offset[1] - self.offset[1]))

    def finish(self, width, height):
        """Return the drawing scaled down to width x height."""
        return self.image.resize((width, height), Image.Resampling.LANCZOS)


def _scene(top, bottom):
    """Turn a painter of a design-box canvas into a draw(width, height) function with that background."""

    def wrap(paint):
        """Return the draw function for one painter."""

        @functools.wraps(paint)
        def draw(width, height):
            """Return the scene as an RGB image of width x height pixels."""
            canvas = _Canvas.cover(width, height, top, bottom)
            paint(canvas)
            return canvas.finish(width, height)

        return draw

    return wrap


# Outdoor shapes --------------------------------------------------------------------------------------------------


def _glow(c, x, y, radius, colour, rings=12, alpha=12):
    """Draw a soft halo of stacked translucent discs around a light."""
    for i in range(rings, 0, -1):
        c.circle(x, y, radius * i / rings, _alpha(colour, alpha))


def _sun(c, x, y, r, colour):
    """Draw a sun with a gentle halo."""
    _glow(c, x, y, r * 2.4, colour, rings=12, alpha=14)
    c.circle(x, y, r, colour)


def _moon(c, x, y, r, colour):
    """Draw a crescent moon: the part of a disc left uncovered by a smaller disc up and to the right."""
    _glow(c, x, y, r * 2, colour, rings=8, alpha=8)
    sx, sy, s = x + r * 0.45, y - r * 0.25, r * 0.85
    d, towards = math.hypot(sx - x, sy - y), math.atan2(sy - y, sx - x)
    along = (r * r - s * s + d * d) / (2 * d)
    outer_half, inner_half = math.acos(along / r), math.acos((d - along) / s)
    outer = [towards + outer_half + (2 * math.pi - 2 * outer_half) * i / 32 for i in range(33)]
    inner = [towards + math.pi + inner_half - 2 * inner_half * i / 32 for i in range(33)]
    points = [(x + r * math.cos(a), y + r * math.sin(a)) for a in outer]
    c.polygon(points + [(sx + s * math.cos(a), sy + s * math.sin(a)) for a in inner], colour)


def _stars(c, box, spots, colour, r=4):
    """Draw small round stars at fractional spots inside a box."""
    x0, y0, x1, y1 = box
    for fx, fy in spots:
        c.circle(x0 + (x1 - x0) * fx, y0 + (y1 - y0) * fy, r, colour)


def _ridge(c, base, amp, waves, phase, colour, bottom=DESIGN_HEIGHT + 20):
    """Draw a band of land whose top follows a gentle sine wave around the base line."""
    top = [
        (x, base - amp * math.sin(waves * 2 * math.pi * x / DESIGN_WIDTH + phase))
        for x in range(-40, DESIGN_WIDTH + 60, 20)
    ]
    c.polygon([*top, (DESIGN_WIDTH + 40, bottom), (-40, bottom)], colour)


def _cloud(c, x, y, size, colour):
    """Draw a flat cloud size units wide with its flat base at y."""
    c.rect((x, y - size * 0.24, x + size, y), colour, radius=size * 0.12)
    c.circle(x + size * 0.35, y - size * 0.2, size * 0.17, colour)
    c.circle(x + size * 0.62, y - size * 0.24, size * 0.22, colour)


def _tree(c, x, ground, height, trunk, crown):
    """Draw a round-crowned tree of the given height standing on the ground line."""
    c.rect((x - height * 0.04, ground - height * 0.55, x + height * 0.04, ground), trunk, radius=height * 0.02)
    c.circle(x - height * 0.17, ground - height * 0.52, height * 0.2, crown)
    c.circle(x + height * 0.18, ground - height * 0.55, height * 0.21, crown)
    c.circle(x, ground - height * 0.7, height * 0.3, crown)


def _bird(c, x, y, size, colour):
    """Draw a distant bird as two shallow arcs."""
    c.line([(x - size, y - size * 0.3), (x - size * 0.5, y - size * 0.45), (x, y)], colour, size * 0.18)
    c.line([(x, y), (x + size * 0.5, y - size * 0.45), (x + size, y - size * 0.3)], colour, size * 0.18)


# Wings and tail fin of a plane flying right, in units of its length, relative to the middle of its body.
_PLANE_PARTS = (
    ((-0.05, 0), (0.12, 0), (-0.12, 0.34), (-0.22, 0.34)),
    ((-0.05, 0), (0.1, 0), (-0.14, -0.26), (-0.22, -0.26)),
    ((-0.5, 0), (-0.36, 0), (-0.46, -0.22), (-0.52, -0.22)),
)


def _plane(c, x, y, size, colour):
    """Draw a small aeroplane silhouette flying right."""
    c.rect((x - size / 2, y - size * 0.06, x + size / 2, y + size * 0.06), colour, radius=size * 0.06)
    for part in _PLANE_PARTS:
        c.figure(x, y, size, part, colour)


# Plants and small things -----------------------------------------------------------------------------------------


def _taper(c, x, y, length, width, angle, colour, profile):
    """Fill a shape along a direction whose half-width follows profile(t) for t from 0 to 1."""
    a = math.radians(angle)
    dx, dy = math.cos(a), -math.sin(a)
    left, right = [], []
    for i in range(17):
        t = i / 16
        half = width / 2 * profile(t)
        px, py = x + dx * length * t, y + dy * length * t
        left.append((px - dy * half, py + dx * half))
        right.append((px + dy * half, py - dx * half))
    c.polygon(left + right[::-1], colour)


def _leaf(c, x, y, length, width, angle, colour):
    """Draw a pointed leaf growing from (x, y) at angle degrees (0 points right, 90 points up)."""
    _taper(c, x, y, length, width, angle, colour, lambda t: math.sin(math.pi * t) ** 0.8)


def _potted_plant(c, x, floor, size, pot, leaves=(SAGE_DARK, SAGE)):
    """Draw a leafy plant in a tapered pot standing on the floor line."""
    soil = floor - size * 0.42
    for i, angle in enumerate((150, 30, 125, 55, 100, 80)):
        _leaf(c, x, soil, size * (0.5 + 0.06 * (i % 3)), size * 0.2, angle, leaves[i % 2])
    c.polygon(
        [(x - size * 0.24, soil), (x + size * 0.24, soil), (x + size * 0.18, floor), (x - size * 0.18, floor)], pot
    )
    c.rect((x - size * 0.27, soil - size * 0.02, x + size * 0.27, soil + size * 0.07), _mix(pot, NAVY, 0.15), radius=6)


def _steam(c, x, y, height, colour, width=10, sway=1.0):
    """Draw a wisp of steam rising height units from (x, y)."""
    points = [(x + math.sin(t / 24 * 2 * math.pi * 1.2) * height * 0.09 * sway, y - t / 24 * height) for t in range(25)]
    c.line(points, colour, width)


def _mug(c, x, base, size, colour, drink="#8e6a55"):
    """Draw a mug centred on x standing on the base line."""
    top = base - size * 1.05
    c.ring(x + size * 0.52, base - size * 0.55, size * 0.22, size * 0.26, colour, size * 0.09)
    c.rect((x - size / 2, top, x + size / 2, base), colour, radius=size * 0.14, corners=(False, False, True, True))
    c.ellipse(x, top, size / 2, size * 0.1, _mix(colour, WHITE, 0.25))
    c.ellipse(x, top + size * 0.01, size * 0.43, size * 0.07, drink)


def _table_lamp(c, x, base, shade):
    """Draw a small lit table lamp standing on the base line."""
    _glow(c, x, base - 210, 300, LAMPLIGHT, rings=14, alpha=9)
    c.rect((x - 7, base - 180, x + 7, base - 20), NAVY_LIGHT)
    c.rect((x - 55, base - 22, x + 55, base), NAVY_LIGHT, radius=11)
    c.polygon([(x - 55, base - 270), (x + 55, base - 270), (x + 90, base - 165), (x - 90, base - 165)], shade)
    c.rect((x - 90, base - 172, x + 90, base - 162), _mix(shade, LAMPLIGHT, 0.5), radius=4)


def _floor_lamp(c, x, floor, shade):
    """Draw a floor lamp with a warm halo around its shade."""
    top = floor - 500
    _glow(c, x, top + 70, 330, LAMPLIGHT, rings=14, alpha=10)
    c.rect((x - 6, top + 100, x + 6, floor - 12), NAVY)
    c.ellipse(x, floor - 8, 70, 14, NAVY)
    c.polygon([(x - 62, top), (x + 62, top), (x + 95, top + 115), (x - 95, top + 115)], shade)
    c.rect((x - 95, top + 107, x + 95, top + 117), _mix(shade, LAMPLIGHT, 0.5), radius=4)


def _jar(c, x, base, width, height, contents, lid=NAVY_LIGHT, fill=0.65):
    """Draw a glass storage jar on the base line, filled to a fraction of its height."""
    c.rect((x - width / 2, base - height, x + width / 2, base), _alpha(WHITE, 120), radius=width * 0.18)
    c.rect((x - width / 2 + 9, base - height * fill, x + width / 2 - 9, base - 9), contents, radius=width * 0.12)
    c.rect((x - width * 0.44, base - height - 24, x + width * 0.44, base - height + 6), lid, radius=8)
    c.rect(
        (x - width / 2 + 14, base - height + 22, x - width / 2 + 24, base - height * 0.55), _alpha(WHITE, 170), radius=5
    )


def _coin_stack(c, x, base, count, r, face=MUSTARD, edge=MUSTARD_DARK):
    """Draw a stack of coins seen slightly from above, bottom coin resting on the base line."""
    thick, flat = r * 0.2, r * 0.32
    for i in range(count):
        y = base - flat - i * thick
        c.ellipse(x, y, r, flat, edge)
        c.ellipse(x, y - thick * 0.75, r, flat, face)
    top = base - flat - (count - 1) * thick - thick * 0.75
    c.ring(x, top, r * 0.72, flat * 0.72, _mix(face, WHITE, 0.3), r * 0.06)


def _frame(c, box, colour, thickness):
    """Draw a rectangular frame of the given thickness just outside box."""
    x0, y0, x1, y1 = box
    t = thickness
    c.rect((x0 - t, y0 - t, x1 + t, y0), colour)
    c.rect((x0 - t, y1, x1 + t, y1 + t), colour)
    c.rect((x0 - t, y0, x0, y1), colour)
    c.rect((x1, y0, x1 + t, y1), colour)


def _window(c, box, sky, scenery, frame=CREAM, sill=True):
    """Draw a window whose view is painted by scenery(view, box), with glazing bars and a sill."""
    view = c.inset(box, *sky)
    scenery(view, box)
    c.paste(view)
    x0, y0, x1, y1 = box
    _frame(c, box, frame, 18)
    mid_x, bar_y = (x0 + x1) / 2, y0 + (y1 - y0) * 0.42
    c.rect((mid_x - 6, y0, mid_x + 6, y1), frame)
    c.rect((x0, bar_y - 6, x1, bar_y + 6), frame)
    if sill:
        c.rect((x0 - 40, y1 + 40, x1 + 40, y1 + 52), _alpha(NAVY, 30), radius=6)
        c.rect((x0 - 40, y1 + 14, x1 + 40, y1 + 42), frame, radius=6)


def _floorboards(c, top, colour, gaps=4):
    """Draw a wooden floor from the top line down, with a few board joints."""
    c.rect((-20, top, DESIGN_WIDTH + 20, DESIGN_HEIGHT + 20), colour)
    joint = _mix(colour, NAVY, 0.08)
    for i in range(1, gaps + 1):
        y = top + (DESIGN_HEIGHT - top) * (i / (gaps + 1)) ** 0.8
        c.rect((-20, y - 2, DESIGN_WIDTH + 20, y + 2), joint)


# Furniture -------------------------------------------------------------------------------------------------------


def _sofa(c, x0, x1, floor, body, shade):
    """Draw a two-seat sofa between x0 and x1 standing on the floor line."""
    c.rect((x0 + 45, floor - 330, x1 - 45, floor - 120), shade, radius=44)
    middle = (x0 + x1) / 2
    for left, right in ((x0 + 70, middle - 4), (middle + 4, x1 - 70)):
        c.rect((left, floor - 200, right, floor - 110), body, radius=26)
    c.rect((x0 + 25, floor - 130, x1 - 25, floor - 42), shade, radius=18)
    c.rect((x0, floor - 250, x0 + 100, floor - 42), body, radius=42)
    c.rect((x1 - 100, floor - 250, x1, floor - 42), body, radius=42)
    for leg in (x0 + 40, x1 - 60):
        c.rect((leg, floor - 44, leg + 20, floor), WOOD_DARK, radius=4)


def _bed(c, x0, x1, floor, top):
    """Draw the foot end of a made bed from x0 to x1 with its mattress top at the top line."""
    c.rect((x0, top - 60, x0 + 150, top + 10), CREAM, radius=30)
    c.rect((x0 - 20, top, x1 + 40, floor - 40), SAND, radius=30)
    c.rect((x0 - 20, top + 80, x1 + 40, floor - 40), TEAL, radius=30)
    c.rect((x0 - 20, top + 80, x1 + 40, top + 104), TEAL_LIGHT)
    c.rect((x0, floor - 50, x1 + 40, floor), WOOD_DARK)


def _office_chair(c, x, floor, colour):
    """Draw an office chair seen from behind, centred on x."""
    for dx in (-110, -45, 45, 110):
        c.line([(x, floor - 60), (x + dx, floor - 24)], NAVY, 14)
        c.circle(x + dx, floor - 16, 16, NAVY)
    c.rect((x - 12, floor - 190, x + 12, floor - 55), NAVY)
    c.rect((x - 140, floor - 225, x + 140, floor - 180), _mix(colour, NAVY, 0.3), radius=20)
    c.rect((x - 120, floor - 430, x + 120, floor - 230), colour, radius=50)
    c.rect((x - 16, floor - 240, x + 16, floor - 200), NAVY)


# Scenes: muscle twitching ----------------------------------------------------------------------------------------


def _dusk_view(v, box):
    """Paint a dusk sky with a crescent moon, first stars and dark hills."""
    x0, y0, x1, y1 = box
    _moon(v, x0 + (x1 - x0) * 0.7, y0 + 120, 38, CREAM)
    _stars(v, box, ((0.18, 0.1), (0.36, 0.24), (0.52, 0.07), (0.12, 0.38), (0.88, 0.48)), CREAM)
    _ridge(v, y1 - 120, 22, 4, 0.3, "#7b7590")
    _ridge(v, y1 - 55, 18, 6, 1.4, NAVY_LIGHT)


@_scene(top="#efe5d7", bottom="#e2d2bc")
def _sofa_at_dusk(c):
    """Draw a teal sofa by a window at dusk, with a lamp glowing beside it."""
    _window(c, (150, 140, 560, 610), (NAVY_LIGHT, "#e9a48c"), _dusk_view)
    _floorboards(c, 800, "#cdb79b")
    c.ellipse(860, 900, 470, 58, _alpha(TEAL_DARK, 90))
    _floor_lamp(c, 1340, 800, MUSTARD)
    _sofa(c, 640, 1210, 800, TEAL, TEAL_DARK)
    c.rect((700, 520, 840, 640), CORAL, radius=34)
    c.rect((1020, 530, 1140, 640), SAND, radius=30)
    _potted_plant(c, 520, 800, 280, CORAL_DARK)


def _night_view(v, box):
    """Paint a night sky with a crescent moon, stars and a dark hill line."""
    _moon(v, box[0] + (box[2] - box[0]) * 0.3, box[1] + 130, 46, CREAM)
    _stars(v, box, ((0.62, 0.12), (0.8, 0.3), (0.5, 0.42), (0.14, 0.62), (0.9, 0.08)), CREAM)
    _ridge(v, box[3] - 70, 20, 5, 0.8, "#223049")


@_scene(top="#3a4a66", bottom="#4c5e7f")
def _bedside_at_night(c):
    """Draw a bedside table with a lit lamp and a glass of water beside a made bed at night."""
    _window(c, (880, 110, 1300, 470), (NAVY, "#56688b"), _night_view, frame="#d9d2c6")
    _floorboards(c, 880, "#2f3c55", gaps=2)
    _bed(c, 880, 1500, 900, 600)
    _table_lamp(c, 380, 650, CORAL_PALE)
    c.rect((230, 650, 800, 680), WOOD, radius=8)
    c.rect((250, 680, 780, 830), WOOD_DARK)
    c.rect((270, 700, 760, 810), _mix(WOOD_DARK, WHITE, 0.12), radius=6)
    c.rect((485, 745, 545, 760), MUSTARD, radius=7)
    for leg in (265, 745):
        c.rect((leg, 830, leg + 20, 890), WOOD_DARK)
    c.rect((560, 520, 640, 650), _alpha(TEAL_PALE, 110), radius=10)
    c.rect((566, 570, 634, 644), _alpha(TEAL_LIGHT, 150), radius=8)
    _potted_plant(c, 720, 650, 150, SAND_DARK)


def _ripples(c, x, y, rings, colour):
    """Draw widening flat ellipses on water, like ripples spreading from a point."""
    for i in range(1, rings + 1):
        c.ring(x, y, 60 * i, 14 * i, colour, 5)


@_scene(top="#c9e0da", bottom="#f6eddd")
def _pond_walk(c):
    """Draw a bench under a tree beside a rippling pond, with hills and a pale sun."""
    _sun(c, 1120, 300, 70, "#f6d9b0")
    _cloud(c, 260, 260, 220, "#f4f8f5")
    _bird(c, 820, 220, 26, NAVY_LIGHT)
    _bird(c, 880, 260, 18, NAVY_LIGHT)
    _ridge(c, 560, 30, 1.3, 0.4, "#b9d1c3")
    _ridge(c, 640, 24, 2.1, 2.0, SAGE)
    _ridge(c, 720, 10, 1.0, 0.0, "#8fb08f")
    c.ellipse(880, 840, 430, 95, TEAL_LIGHT)
    c.ellipse(880, 830, 400, 78, _mix(TEAL_LIGHT, WHITE, 0.15))
    _ripples(c, 940, 840, 3, _mix(TEAL_LIGHT, WHITE, 0.55))
    _tree(c, 300, 780, 460, WOOD_DARK, SAGE_DARK)
    for y in (692, 722):
        c.rect((340, y, 620, y + 20), WOOD, radius=6)
    c.rect((340, 756, 620, 774), WOOD, radius=6)
    for leg in (360, 590):
        c.rect((leg, 774, leg + 14, 820), NAVY_LIGHT)
    c.rect((352, 712, 362, 760), NAVY_LIGHT)
    c.rect((598, 712, 608, 760), NAVY_LIGHT)


# Scenes: batch cooking -------------------------------------------------------------------------------------------


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
    c.rect((x - width / 2 - 45, top + 30, x + width / 2 + 45, top + 62), _mix(colour, NAVY, 0.35), radius=16)
    c.rect((x - width / 2, top, x + width / 2, base), colour, radius=40, corners=(False, False, True, True))
    c.rect((x - width / 2, top + height * 0.62, x + width / 2, top + height * 0.7), _mix(colour, WHITE, 0.2))
    c.ellipse(x, top, width / 2 + 14, 34, _mix(colour, NAVY, 0.2))
    c.ellipse(x, top - 8, width / 2 - 6, 50, _mix(colour, WHITE, 0.12))
    c.rect((x - 30, top - 82, x + 30, top - 52), NAVY_LIGHT, radius=14)
    for dx, h, sway in ((-90, 220, 1.0), (0, 280, -0.8), (90, 200, 0.9)):
        _steam(c, x + dx, top - 110, h, _mix(TEAL_PALE, WHITE, 0.6), width=14, sway=sway)


@_scene(top="#e4eee9", bottom="#d4e3dc")
def _soup_pot(c):
    """Draw a pot with steam on a kitchen counter below a shelf of jars."""
    _tiles(c, 660, _mix("#d9e7e1", WHITE, 0.35))
    c.rect((150, 330, 760, 352), WOOD, radius=6)
    c.rect((150, 352, 760, 360), _alpha(NAVY, 30))
    for x, w, h, food, lid in (
        (230, 110, 170, MUSTARD, NAVY_LIGHT),
        (370, 120, 220, CREAM, TEAL_DARK),
        (510, 110, 150, CORAL, NAVY_LIGHT),
        (650, 120, 200, "#9c6b52", MUSTARD_DARK),
    ):
        _jar(c, x, 330, w, h, food, lid)
    c.rect((-20, 660, DESIGN_WIDTH + 20, 700), WOOD)
    c.rect((-20, 700, DESIGN_WIDTH + 20, DESIGN_HEIGHT + 20), TEAL_DARK)
    for x in (0, 375, 750, 1125):
        c.rect((x + 12, 720, x + 363, 1010), TEAL, radius=10)
        c.rect((x + 160, 740, x + 215, 752), CREAM, radius=6)
    c.rect((820, 650, 1300, 664), NAVY, radius=6)
    _pot(c, 1060, 650, 340, CORAL)
    _potted_plant(c, 300, 660, 200, CORAL_DARK)
    c.rect((480, 400, 540, 480), _mix(WOOD, WHITE, 0.2), radius=26)
    c.circle(510, 430, 13, "#e0ebe6")
    c.rect((420, 460, 600, 660), _mix(WOOD, WHITE, 0.2), radius=24)


def _carrot(c, x, y, length, angle):
    """Draw a carrot with its leafy top at (x, y), pointing at angle degrees."""
    for spread in (-25, 0, 25):
        _leaf(c, x, y, length * 0.4, length * 0.09, angle + 180 + spread, SAGE_DARK)
    _taper(c, x, y, length, length * 0.2, angle, "#e9955c", lambda t: (1 - t) ** 0.7)
    c.circle(x, y, length * 0.1, "#e9955c")


def _tomato_half(c, x, y, r):
    """Draw half a tomato seen from its cut face."""
    c.circle(x, y, r, "#d9674f")
    c.circle(x, y, r * 0.82, "#ee8a6f")
    for angle in range(0, 360, 90):
        a = math.radians(angle + 45)
        c.ellipse(x + math.cos(a) * r * 0.42, y + math.sin(a) * r * 0.42, r * 0.2, r * 0.2, "#f6c1a7")
    c.circle(x, y, r * 0.16, "#f6c1a7")


@_scene(top="#e9dac2", bottom="#dcc7a6")
def _chopping_board(c):
    """Draw a chopping board from above with a carrot, tomatoes, onion rings, leaves and a knife."""
    c.rect((330, 190, 1190, 830), _alpha(NAVY, 28), radius=70)
    c.rect((310, 170, 1170, 810), WOOD, radius=70)
    c.rect((340, 200, 1140, 780), _mix(WOOD, WHITE, 0.12), radius=52)
    c.circle(1090, 260, 26, WOOD_DARK)
    _carrot(c, 460, 330, 420, -20)
    _tomato_half(c, 560, 610, 80)
    _tomato_half(c, 740, 660, 66)
    for cx, cy in ((950, 520), (1030, 620)):
        for r, colour in ((62, "#e8d7e6"), (46, "#f6eef5"), (30, "#e8d7e6"), (14, "#f6eef5")):
            c.circle(cx, cy, r, colour)
    for angle, dx in ((60, 0), (120, 40), (95, -40)):
        _leaf(c, 860 + dx, 380, 150, 70, angle + 180, SAGE_DARK if dx else SAGE)
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


@_scene(top="#efe7da", bottom="#e3d6c1")
def _fridge_shelves(c):
    """Draw an open fridge with lidded boxes of cooked food on glass shelves."""
    c.rect((440, 70, 1100, 1010), "#d7e1e3", radius=40)
    inside = c.inset((480, 110, 1060, 960), "#f7fbfb", "#e6eff0")
    _glow(inside, 770, 110, 300, WHITE, rings=10, alpha=20)
    c.paste(inside)
    shelves = (360, 610, 860)
    for y in shelves:
        c.rect((480, y, 1060, y + 14), _alpha(TEAL_LIGHT, 150))
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
        c.polygon([(1115, y - 10), (1235, y - 40), (1235, y), (1115, y + 24)], _alpha(TEAL_LIGHT, 160))
    c.rect((1140, 170, 1180, 330), _alpha(CORAL_PALE, 230), radius=12)


# Scenes: rescue dog ----------------------------------------------------------------------------------------------


# Body, neck and head of a side-on dog facing right, in hundredths of its size: x from the middle, y up from the paws.
# fmt: off
_DOG_BODY = (
    (-40, 68), (0, 70), (24, 72), (33, 86), (38, 101), (48, 107), (58, 103), (63, 97), (75, 95), (76, 86),
    (60, 82), (51, 80), (47, 62), (42, 46), (30, 40), (10, 44), (-18, 44), (-34, 40), (-44, 50), (-46, 62),
)
# fmt: on


def _dog(c, x, ground, size, colour, far, collar=CORAL):
    """Draw a side-on dog standing on the ground line, facing right, its body centred on x."""
    u = size / 100

    def at(px, py):
        """Return the design point of a point in the dog's own units."""
        return (x + px * u, ground - py * u)

    for left in (-21, 40):
        c.rect((*at(left, 46), *at(left + 12, 0)), far, radius=6 * u)
    c.line([at(-42, 64), at(-49, 69), at(-54, 76), at(-57, 84), at(-58, 92)], colour, 6.5 * u)
    c.polygon(_smooth([at(px, py) for px, py in _DOG_BODY], rounds=2), colour)
    c.ellipse(*at(-31, 52), 14 * u, 16 * u, colour)
    for left in (-38, 29):
        c.rect((*at(left, 48), *at(left + 12, 0)), colour, radius=6 * u)
    c.line([at(30, 80), at(49, 74)], collar, 5 * u)
    _leaf(c, *at(41, 103), 24 * u, 15 * u, 250, far)
    c.circle(*at(58, 97), 2.2 * u, CREAM)


def _path_centre(t):
    """Return the centre of the winding path at t, from 0 at the bottom edge to 1 at the horizon."""
    return 760 + 190 * math.sin(t * math.pi * 1.3), 1010 - t * 400


def _winding_path(c, colour):
    """Draw a path that narrows as it winds towards the hills."""
    left, right = [], []
    for i in range(31):
        t = i / 30
        (x, y), half = _path_centre(t), 260 * (1 - t) ** 1.2 + 6
        left.append((x - half, y))
        right.append((x + half, y))
    c.polygon(left + right[::-1], colour)


@_scene(top="#bcdad3", bottom="#f6ead8")
def _dog_on_path(c):
    """Draw a dog walking a winding path through green hills under a morning sun."""
    _sun(c, 1100, 290, 80, "#f5cfa6")
    _cloud(c, 230, 250, 240, "#f4f8f5")
    _cloud(c, 1230, 180, 160, "#eef5f2")
    _ridge(c, 540, 34, 1.4, 0.6, "#a9c7bd")
    for x, h in ((300, 120), (360, 90), (960, 100)):
        _tree(c, x, 600, h, WOOD_DARK, TEAL)
    _ridge(c, 620, 22, 2.2, 1.8, SAGE)
    _ridge(c, 700, 14, 1.1, 0.2, "#8db38e")
    _winding_path(c, SAND)
    x, y = _path_centre(0.2)
    _dog(c, x - 40, y + 20, 300, NAVY, NAVY_LIGHT)
    _tree(c, 1330, 900, 420, WOOD_DARK, SAGE_DARK)


def _landscape_view(v, box):
    """Paint a small landscape with a sun and two hills, for a framed picture."""
    _sun(v, box[0] + (box[2] - box[0]) * 0.7, box[1] + 70, 30, "#f5cfa6")
    _ridge(v, box[3] - 70, 26, 7, 0.0, SAGE)
    _ridge(v, box[3] - 30, 16, 9, 1.5, SAGE_DARK)


def _dog_bed(c, x, floor, colour, cushion):
    """Draw a round dog bed centred on x with its front bolster resting on the floor line."""
    c.ellipse(x, floor - 110, 310, 110, _mix(colour, NAVY, 0.12))
    c.ellipse(x, floor - 100, 250, 72, cushion)


def _sleeping_body(c, x, y, size, colour):
    """Draw the curled back of a dog asleep in its bed, its head to go at (x, y)."""
    c.ellipse(x + size * 1.55, y - size * 0.2, size * 1.75, size * 0.8, colour)


def _sleeping_head(c, x, y, size, colour, ear):
    """Draw a sleeping dog's head resting on the bed's bolster, snout to the left, eye closed."""
    c.circle(x, y, size * 0.55, colour)
    c.ellipse(x - size * 0.55, y + size * 0.18, size * 0.45, size * 0.28, colour)
    c.circle(x - size * 0.95, y + size * 0.12, size * 0.08, ear)
    _leaf(c, x + size * 0.15, y - size * 0.4, size * 0.75, size * 0.42, 290, ear)
    eye = [(x - size * 0.34, y - size * 0.02), (x - size * 0.25, y + size * 0.04), (x - size * 0.15, y + size * 0.01)]
    c.line(eye, CREAM, size * 0.05)


@_scene(top="#f1e7da", bottom="#e6d6c1")
def _dog_bed_corner(c):
    """Draw a dog asleep in a round bed in a quiet corner, with two bowls, a ball and a lead on a hook."""
    _window(c, (300, 150, 700, 500), (TEAL_PALE, CREAM), _landscape_view, frame=WOOD)
    c.rect((-20, 700, DESIGN_WIDTH + 20, 730), CREAM)
    _floorboards(c, 730, "#ccb594", gaps=3)
    _dog_bed(c, 710, 900, CORAL, CORAL_PALE)
    _sleeping_body(c, 540, 790, 100, NAVY)
    c.rect((400, 810, 1020, 900), CORAL, radius=45)
    _sleeping_head(c, 540, 790, 100, NAVY, NAVY_LIGHT)
    c.circle(330, 910, 44, MUSTARD)
    c.line([(294, 896), (366, 924)], _mix(MUSTARD, WHITE, 0.45), 6, round_ends=False)
    for x, body, top in ((1150, TEAL, TEAL_LIGHT), (1320, MUSTARD_DARK, "#9c6b52")):
        c.polygon([(x - 80, 830), (x + 80, 830), (x + 60, 890), (x - 60, 890)], body)
        c.ellipse(x, 830, 80, 18, _mix(body, WHITE, 0.2))
        c.ellipse(x, 831, 64, 12, top)
    c.rect((1040, 330, 1400, 350), WOOD, radius=6)
    _jar(c, 1120, 330, 100, 130, "#b98552", lid=TEAL_DARK)
    _potted_plant(c, 1320, 330, 170, SAND_DARK)
    c.rect((1212, 350, 1248, 372), WOOD_DARK, radius=8)
    c.ring(1230, 430, 26, 62, TEAL_DARK, 14)
    c.line([(1242, 490), (1250, 620)], TEAL_DARK, 14)
    c.rect((1236, 615, 1264, 655), STEEL, radius=8)


# Scenes: packing light -------------------------------------------------------------------------------------------


def _sky_with_plane(v, box):
    """Paint a day sky with a cloud and a small plane."""
    _cloud(v, box[0] + 40, box[1] + 300, 200, WHITE)
    _plane(v, box[0] + 260, box[1] + 120, 130, NAVY_LIGHT)


def _suitcase(c, x0, x1, floor, colour):
    """Draw an upright carry-on suitcase with a raised handle, from x0 to x1, on its wheels on the floor."""
    top, bottom = floor - 470, floor - 30
    mid = (x0 + x1) / 2
    for rod in (mid - 60, mid + 60):
        c.rect((rod - 7, top - 170, rod + 7, top), STEEL)
    c.rect((mid - 80, top - 190, mid + 80, top - 160), NAVY, radius=14)
    for wheel in (x0 + 45, x1 - 45):
        c.circle(wheel, floor - 22, 22, NAVY)
    c.rect((x0, top, x1, bottom), colour, radius=40)
    for x in (x0 + (x1 - x0) * f for f in (0.28, 0.5, 0.72)):
        c.rect((x - 5, top + 40, x + 5, bottom - 40), _mix(colour, NAVY, 0.15), radius=5)
    c.rect((x1 - 6, top + 150, x1 + 14, top + 260), NAVY, radius=8)


def _folded_stack(c, x, floor, width, colours):
    """Draw a stack of folded clothes centred on x, from the floor upwards."""
    y = floor
    for i, colour in enumerate(colours):
        h = 56 if i % 2 else 48
        inset = 10 * (i % 3)
        c.rect((x - width / 2 + inset, y - h, x + width / 2 - inset, y), colour, radius=14)
        c.rect(
            (x - width / 2 + inset + 22, y - h + 12, x + width / 2 - inset - 22, y - h + 18),
            _mix(colour, WHITE, 0.3),
            radius=3,
        )
        y -= h + 2


@_scene(top="#d6e8e3", bottom="#eef3ec")
def _suitcase_ready(c):
    """Draw a carry-on case beside a stack of folded clothes, below a window with a plane in the sky."""
    _window(c, (160, 150, 560, 590), ("#a9d1e0", "#e8f3f2"), _sky_with_plane)
    _floorboards(c, 800, SAND_DARK, gaps=3)
    c.ellipse(1000, 810, 380, 30, _alpha(NAVY, 26))
    _suitcase(c, 760, 1060, 810, CORAL)
    _folded_stack(c, 1250, 808, 260, (NAVY_LIGHT, TEAL, CREAM, MUSTARD, SAGE))
    _potted_plant(c, 430, 800, 240, TEAL_DARK)


def _rolled_garment(c, x, y, length, colour):
    """Draw a rolled piece of clothing from above, lying across at (x, y)."""
    c.rect((x, y - 34, x + length, y + 34), colour, radius=34)
    c.ring(x + 34, y, 20, 20, _mix(colour, NAVY, 0.2), 5)
    c.rect((x + 70, y - 4, x + length - 24, y + 4), _mix(colour, WHITE, 0.25), radius=4)


@_scene(top="#efe6d6", bottom="#e4d5bd")
def _open_case_flatlay(c):
    """Draw an open suitcase from above with rolled clothes, a folded shirt, a wash bag and sunglasses."""
    for x0 in (220, 760):
        c.rect((x0 + 14, 204, x0 + 534, 834), _alpha(NAVY, 26), radius=56)
        c.rect((x0, 190, x0 + 520, 820), TEAL_DARK, radius=56)
        c.rect((x0 + 30, 220, x0 + 490, 790), "#dcebe6", radius=34)
    c.rect((740, 300, 760, 700), NAVY_LIGHT)
    c.rect((280, 250, 680, 480), CREAM, radius=18)
    c.polygon([(440, 250), (520, 250), (480, 320)], TEAL_PALE)
    c.rect((300, 400, 660, 410), _mix(CREAM, NAVY, 0.08))
    c.rect((280, 530, 680, 760), _alpha(TEAL_LIGHT, 140), radius=18)
    c.rect((330, 580, 520, 720), CORAL, radius=30)
    c.rect((330, 600, 520, 608), _mix(CORAL, WHITE, 0.4))
    for row, (y, colours) in enumerate(
        ((300, (MUSTARD, CORAL)), (420, (NAVY_LIGHT, SAGE)), (540, (CREAM, TEAL)), (660, (CORAL_PALE, MUSTARD_DARK)))
    ):
        x = 820 + (row % 2) * 20
        for colour in colours:
            _rolled_garment(c, x, y, 190, colour)
            x += 210
    for cx in (1340, 1420):
        c.circle(cx, 900, 36, NAVY)
        c.circle(cx, 900, 26, "#5f7290")
    c.line([(1372, 892), (1388, 892)], NAVY, 8)
    c.rect((90, 860, 220, 960), NAVY, radius=10)


# Scenes: emergency fund ------------------------------------------------------------------------------------------


def _coin_jar(c, x, base, width, height):
    """Draw a glass jar on the base line, half full of coins."""
    left, right, top = x - width / 2, x + width / 2, base - height
    c.rect((left, top, right, base), _alpha(TEAL_PALE, 150), radius=60)
    for row, count in enumerate((5, 4, 5, 4, 5, 3)):
        y = base - 44 - row * 36
        first = left + 56 + (30 if count == 4 else 0) + (60 if count == 3 else 0)
        for i in range(count):
            cx = first + i * (width - 112) / 4
            c.ellipse(cx, y, 40, 16, MUSTARD_DARK)
            c.ellipse(cx, y - 6, 40, 16, MUSTARD)
    c.rect((left + 26, top + 60, left + 42, base - 70), _alpha(WHITE, 170), radius=8)
    c.rect((right - 40, top + 80, right - 30, top + 200), _alpha(WHITE, 140), radius=5)
    c.rect((x - width * 0.38, top - 50, x + width * 0.38, top + 10), NAVY_LIGHT, radius=12)
    c.rect((x - width * 0.4, top + 6, x + width * 0.4, top + 24), CORAL, radius=8)


@_scene(top="#f3ece0", bottom="#e8dcc8")
def _coin_jar_scene(c):
    """Draw a jar of coins on a table beside a small coin stack and a potted plant."""
    _window(c, (980, 130, 1330, 470), ("#bcdcd6", "#f3ece0"), _landscape_view, frame=WHITE)
    c.rect((-20, 720, DESIGN_WIDTH + 20, DESIGN_HEIGHT + 20), "#d3b089")
    c.rect((-20, 720, DESIGN_WIDTH + 20, 730), _mix("#d3b089", WHITE, 0.25))
    c.ellipse(630, 730, 200, 12, _alpha(NAVY, 30))
    _coin_jar(c, 620, 728, 340, 460)
    _coin_stack(c, 900, 730, 5, 48)
    _coin_stack(c, 1000, 734, 2, 48)
    _potted_plant(c, 1180, 730, 300, CORAL)


@_scene(top="#cfe5df", bottom="#f6ede0")
def _coin_steps(c):
    """Draw four coin stacks rising left to right with a sprout on the tallest."""
    _sun(c, 1150, 260, 90, "#f5d3a8")
    _ridge(c, 760, 12, 1.2, 0.5, SAGE)
    _ridge(c, 800, 8, 2.0, 1.0, "#8db38e")
    for i, count in enumerate((4, 8, 12, 16)):
        _coin_stack(c, 420 + i * 210, 820, count, 76)
    tip = (1050, 820 - 76 * 0.32 - 15 * 76 * 0.2 - 20)
    stem = [(tip[0] + math.sin(t / 10 * math.pi) * 12, tip[1] - t * 18) for t in range(11)]
    c.line(stem, SAGE_DARK, 12)
    _leaf(c, stem[-1][0], stem[-1][1], 130, 64, 35, SAGE_DARK)
    _leaf(c, stem[-1][0], stem[-1][1] + 30, 110, 56, 150, SAGE)


# Scenes: draughts ------------------------------------------------------------------------------------------------


def _winter_view(v, box):
    """Paint a pale winter sky over snowy hills with a bare tree."""
    x0, y0, x1, y1 = box
    _sun(v, x1 - 90, y0 + 100, 36, "#fbefe0")
    _ridge(v, y1 - 140, 24, 5, 0.4, "#e3ecef")
    _ridge(v, y1 - 70, 16, 7, 2.1, "#f8fafb")
    trunk = (x0 + 140, y1 - 70)
    v.line([trunk, (x0 + 140, y1 - 260)], NAVY_LIGHT, 12)
    for dx, dy, h in ((-60, -230, 150), (55, -210, 140), (-35, -300, 200), (40, -330, 210)):
        v.line([(trunk[0], trunk[1] - h), (trunk[0] + dx, trunk[1] + dy - h * 0.3)], NAVY_LIGHT, 6)
    _stars(v, box, ((0.3, 0.2), (0.5, 0.35), (0.72, 0.22), (0.62, 0.5), (0.86, 0.4)), WHITE, r=6)


def _curtain(c, x0, x1, tie_x, rod, floor, colour):
    """Draw a curtain hanging from the rod, gathered by a tie-back at tie_x."""
    tie_y = rod + (floor - rod) * 0.6
    c.polygon(
        [(x0, rod), (x1, rod), (tie_x + 40, tie_y), (x1 + 10, floor), (x0 - 10, floor), (tie_x - 40, tie_y)], colour
    )
    fold = _mix(colour, NAVY, 0.12)
    for f in (0.3, 0.65):
        top_x, low_x = x0 + (x1 - x0) * f, x0 - 10 + (x1 - x0 + 20) * f
        c.line([(top_x, rod + 10), (tie_x - 20 + 40 * f, tie_y), (low_x, floor - 6)], fold, 8)
    c.rect((tie_x - 50, tie_y - 14, tie_x + 50, tie_y + 14), MUSTARD, radius=12)


def _radiator(c, x0, x1, top, bottom):
    """Draw a panel radiator with warm air rising above it."""
    for i in range(3):
        x = x0 + 60 + i * (x1 - x0 - 120) / 2
        _steam(c, x, top - 30, 120, _alpha(CORAL, 70), width=8, sway=0.7)
    c.rect((x0, top, x1, bottom), CREAM, radius=14)
    for x in range(round(x0) + 30, round(x1) - 20, 38):
        c.rect((x, top + 20, x + 18, bottom - 20), _mix(CREAM, SAND_DARK, 0.5), radius=8)
    for x in (x0 + 30, x1 - 50):
        c.rect((x, bottom, x + 20, bottom + 40), STEEL)


@_scene(top="#f1e3d0", bottom="#e5d1b7")
def _window_radiator(c):
    """Draw a curtained window onto a snowy landscape, a radiator below it and a lamp beside it."""
    _window(c, (540, 130, 960, 540), ("#c7dbe5", "#eef3f5"), _winter_view)
    _floorboards(c, 880, "#c9b08e", gaps=2)
    c.rect((380, 92, 1120, 106), NAVY_LIGHT, radius=7)
    _curtain(c, 400, 560, 470, 100, 880, CORAL)
    _curtain(c, 940, 1100, 1030, 100, 880, CORAL)
    _radiator(c, 580, 920, 660, 820)
    c.rect((1180, 690, 1420, 712), WOOD, radius=6)
    c.rect((1200, 712, 1220, 880), WOOD_DARK)
    c.rect((1380, 712, 1400, 880), WOOD_DARK)
    _table_lamp(c, 1300, 690, MUSTARD)
    c.ellipse(760, 930, 400, 40, _alpha(TEAL_DARK, 110))


def _door(c, x0, x1, top, floor, colour):
    """Draw a panelled door with a frame, handle and letterbox."""
    _frame(c, (x0, top, x1, floor), CREAM, 26)
    c.rect((x0, top, x1, floor), colour)
    panel = _mix(colour, WHITE, 0.12)
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


@_scene(top="#efe4d4", bottom="#e3d3bc")
def _door_excluder(c):
    """Draw a front door with a striped draught excluder, a rug and a coat on a hook."""
    _glow(c, 300, 330, 240, LAMPLIGHT, rings=14, alpha=12)
    c.rect((270, 300, 330, 380), MUSTARD, radius=20)
    c.rect((292, 380, 308, 420), NAVY_LIGHT)
    _door(c, 580, 960, 110, 880, TEAL)
    _floorboards(c, 880, "#c9b08e", gaps=2)
    _draught_excluder(c, 560, 980, 850, CORAL, CREAM)
    c.rect((500, 900, 1040, 980), SAGE_DARK, radius=20)
    c.rect((520, 912, 1020, 968), _mix(SAGE_DARK, WHITE, 0.15), radius=14)
    c.rect((1120, 260, 1400, 280), WOOD, radius=8)
    coat = [(0, 0), (65, 28), (83, 308), (59, 312), (71, 428), (-71, 428), (-59, 312), (-83, 308), (-65, 28)]
    c.polygon(_smooth([(1235 + dx, 292 + dy) for dx, dy in coat], rounds=2), NAVY_LIGHT)
    for top, bottom in (((1176, 334), (1166, 596)), ((1294, 334), (1304, 596))):
        c.line([top, bottom], _mix(NAVY_LIGHT, NAVY, 0.35), 10)
    c.polygon([(1212, 300), (1258, 300), (1250, 460), (1220, 460)], _mix(NAVY_LIGHT, WHITE, 0.15))
    c.circle(1235, 285, 14, WOOD_DARK)
    c.line([(1342, 296), (1332, 560)], MUSTARD, 30)
    c.line([(1356, 296), (1370, 500)], MUSTARD_DARK, 30)
    c.circle(1350, 285, 14, WOOD_DARK)
    _potted_plant(c, 320, 880, 260, SAND_DARK)


# Scenes: desk stretches ------------------------------------------------------------------------------------------


def _tree_view(v, box):
    """Paint a bright sky with a leafy tree filling one side of the view."""
    _cloud(v, box[0] + 260, box[1] + 150, 170, WHITE)
    _ridge(v, box[3] - 60, 14, 5, 0.6, SAGE)
    _tree(v, box[0] + 130, box[3] + 40, 460, WOOD_DARK, SAGE_DARK)


def _laptop(c, x, desk, width, colour):
    """Draw an open laptop seen from the front, centred on x, on the desk line."""
    height = width * 0.62
    c.rect((x - width / 2, desk - height, x + width / 2, desk - 12), NAVY, radius=16)
    screen = c.inset(
        (x - width / 2 + 16, desk - height + 16, x + width / 2 - 16, desk - 28), colour, _mix(colour, WHITE, 0.4)
    )
    _ridge(screen, desk - height * 0.35, 16, 9, 0.0, _mix(colour, WHITE, 0.25))
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
    _taper(c, head[0] - 10, head[1] - 10, 120, 110, -35, colour, lambda t: 0.4 + 0.6 * t)


@_scene(top="#eef0e9", bottom="#e0e5dc")
def _desk_by_window(c):
    """Draw a tidy desk with a laptop, lamp, mug and plant, an office chair and a window onto a tree."""
    _window(c, (840, 110, 1320, 500), ("#a9d1dd", "#eaf4f1"), _tree_view)
    _floorboards(c, 900, "#cdb89b", gaps=2)
    c.rect((140, 660, 1260, 690), WOOD, radius=8)
    c.rect((170, 690, 420, 950), WOOD_DARK, radius=6)
    c.rect((190, 720, 400, 810), _mix(WOOD_DARK, WHITE, 0.12), radius=6)
    c.rect((270, 760, 320, 772), MUSTARD, radius=6)
    c.rect((1200, 690, 1224, 950), WOOD_DARK)
    _laptop(c, 530, 660, 360, TEAL)
    _mug(c, 790, 660, 80, MUSTARD)
    _desk_lamp(c, 230, 660, CORAL)
    _potted_plant(c, 1230, 514, 180, CORAL_DARK)
    for i, colour in enumerate((TEAL_DARK, SAND_DARK, CORAL)):
        c.rect((1130 - i * 6, 636 - i * 24, 1240 - i * 6, 660 - i * 24), colour, radius=5)
    _office_chair(c, 980, 990, NAVY_LIGHT)


def _clock(c, x, y, r):
    """Draw a wall clock showing ten past ten, with the next five minutes shaded."""
    c.circle(x + 8, y + 12, r + 16, _alpha(NAVY, 30))
    c.circle(x, y, r + 16, NAVY_LIGHT)
    c.circle(x, y, r, CREAM)
    c.wedge(x, y, r * 0.9, -90 + 60, -90 + 90, _alpha(CORAL, 150))
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
    c.polygon([(480, y_far + 20), (1020, y_far + 20), (1050, y_far + 60), (450, y_far + 60)], _mix(colour, WHITE, 0.12))
    c.rect((440, y_far - 50, 1060, y_far + 20), _mix(colour, NAVY, 0.2), radius=35)
    c.circle(475, y_far - 15, 35, _mix(colour, WHITE, 0.1))
    c.ring(475, y_far - 15, 18, 18, _mix(colour, NAVY, 0.2), 6)


@_scene(top="#f2ede4", bottom="#e6dfd1")
def _clock_and_mat(c):
    """Draw a wall clock above an unrolled exercise mat, a water bottle and a plant."""
    _clock(c, 750, 310, 170)
    _floorboards(c, 700, "#d2bea0", gaps=3)
    _yoga_mat(c, 760, 960, TEAL)
    c.rect((1230, 640, 1310, 860), _alpha(TEAL_PALE, 220), radius=24)
    c.rect((1236, 720, 1304, 854), _alpha(TEAL_LIGHT, 170), radius=20)
    c.rect((1245, 600, 1295, 645), NAVY_LIGHT, radius=10)
    _potted_plant(c, 200, 820, 320, CORAL)


# Catalogue -------------------------------------------------------------------------------------------------------


def _picture(key, title, alt_text, caption, draw):
    """Return a DemoPicture with the shared credit line."""
    return DemoPicture(key=key, title=title, alt_text=alt_text, caption=caption, credit=CREDIT, draw=draw)


PICTURES_BY_ARTICLE = {
    "muscle-twitching-benign-fasciculations": {
        "lead": _picture(
            "muscle-twitching-lead",
            "Sofa by a window at dusk",
            "A teal sofa with a coral cushion beside a glowing floor lamp, under a window showing a dusk sky and a crescent moon.",
            "Most twitches settle with rest, sleep and a quieter week.",
            _sofa_at_dusk,
        ),
        "sections": [
            _picture(
                "muscle-twitching-sleep",
                "Bedside table at night",
                "A bedside table with a lit lamp, a glass of water and a small plant next to a made bed, with the moon in the window.",
                "A regular bedtime and a dark, cool room help busy nerves settle.",
                _bedside_at_night,
            ),
            _picture(
                "muscle-twitching-walk",
                "Bench by a pond",
                "A wooden bench under a round tree beside a pond with gentle ripples, green hills and a pale sun behind.",
                "A slow walk gives stress somewhere to go.",
                _pond_walk,
            ),
        ],
    },
    "batch-cooking-one-afternoon-five-dinners": {
        "lead": _picture(
            "batch-cooking-lead",
            "Pot of soup on the stove",
            "A coral cooking pot with steam rising from it on a kitchen counter, below a shelf of jars of lentils, rice, pasta and beans.",
            "One afternoon at the stove can cover most of the week's dinners.",
            _soup_pot,
        ),
        "sections": [
            _picture(
                "batch-cooking-ingredients",
                "Vegetables on a chopping board",
                "A wooden chopping board seen from above with a carrot, two tomato halves, onion slices and spinach leaves, a bowl of peas and a knife beside it.",
                "Recipes that share ingredients keep the shopping list short.",
                _chopping_board,
            ),
            _picture(
                "batch-cooking-storage",
                "Storage boxes in the fridge",
                "An open fridge with glass shelves holding lidded boxes of cooked food in coral, mustard and green.",
                "Portioned, covered and cooled: dinners ready for the days ahead.",
                _fridge_shelves,
            ),
        ],
    },
    "first-month-with-an-adult-rescue-dog": {
        "lead": _picture(
            "rescue-dog-lead",
            "Dog on a country path",
            "A dog with a coral collar walking along a winding path between green hills under a soft morning sun.",
            "The first weeks are about trust, short walks and a steady routine.",
            _dog_on_path,
        ),
        "sections": [
            _picture(
                "rescue-dog-corner",
                "Dog asleep in its bed",
                "A dark dog asleep in a round coral bed in a quiet corner, with water and food bowls, a ball, and a lead hanging under a shelf.",
                "A calm corner of their own helps a new dog settle in.",
                _dog_bed_corner,
            ),
        ],
    },
    "packing-light-a-week-with-only-a-carry-on": {
        "lead": _picture(
            "carry-on-lead",
            "Carry-on case beside folded clothes",
            "A coral carry-on suitcase with its handle raised next to a neat stack of folded clothes, under a window with a plane in the sky.",
            "A week's clothes fit in one cabin bag with a little planning.",
            _suitcase_ready,
        ),
        "sections": [
            _picture(
                "carry-on-packing",
                "Open suitcase from above",
                "An open teal suitcase seen from above, with rolled clothes in one half and a folded shirt and a wash bag in the other, sunglasses and a passport beside it.",
                "Rolled clothes fill the corners and crease less.",
                _open_case_flatlay,
            ),
        ],
    },
    "emergency-fund-when-money-is-tight": {
        "lead": _picture(
            "emergency-fund-lead",
            "Jar of coins and a plant",
            "A glass jar half full of gold coins on a wooden table, with a small stack of coins and a potted plant beside it.",
            "Small, regular amounts add up to a cushion for the unexpected.",
            _coin_jar_scene,
        ),
        "sections": [
            _picture(
                "emergency-fund-growth",
                "Coin stacks with a sprout",
                "Four stacks of coins rising from left to right, with a green sprout growing from the tallest, under a soft sun.",
                "Start with a small target and let it grow.",
                _coin_steps,
            ),
        ],
    },
    "keeping-warm-for-less-finding-and-fixing-draughts": {
        "lead": _picture(
            "draughts-lead",
            "Curtained window above a radiator",
            "A window with coral curtains tied back onto a snowy landscape, above a warm radiator and beside a glowing table lamp.",
            "Thick curtains and a clear radiator keep more of the warmth indoors.",
            _window_radiator,
        ),
        "sections": [
            _picture(
                "draughts-door",
                "Draught excluder at the door",
                "A teal front door with a striped draught excluder along its bottom edge, a rug in front and a coat and scarf on hooks.",
                "A draught excluder is one of the cheapest fixes in the house.",
                _door_excluder,
            ),
        ],
    },
    "desk-stretches-between-meetings": {
        "lead": _picture(
            "desk-stretches-lead",
            "Desk by a window",
            "A tidy desk with an open laptop, a mug, a desk lamp and a plant, an office chair in front and a window onto a leafy tree.",
            "A few minutes away from the screen loosens the neck, back and wrists.",
            _desk_by_window,
        ),
        "sections": [
            _picture(
                "desk-stretches-break",
                "Clock above an exercise mat",
                "A round wall clock with a coral wedge marking five minutes, above an exercise mat unrolled on the floor beside a water bottle and a plant.",
                "Five minutes between meetings is enough for the whole routine.",
                _clock_and_mat,
            ),
        ],
    },
}
