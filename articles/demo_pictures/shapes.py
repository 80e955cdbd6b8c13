"""Drawing helpers the scenes share: sky and land, plants, lamps, windows, floors and furniture.

Each takes the canvas first and works in design units.
"""

import math

from .canvas import DESIGN_HEIGHT, DESIGN_WIDTH
from .palette import (
    CREAM,
    LAMPLIGHT,
    MUSTARD,
    MUSTARD_DARK,
    NAVY,
    NAVY_LIGHT,
    SAGE,
    SAGE_DARK,
    SAND,
    TEAL,
    TEAL_LIGHT,
    WHITE,
    WOOD_DARK,
    mix,
    translucent,
)

# Outlines --------------------------------------------------------------------------------------------------------


def smooth(points, rounds=3):
    """Round the corners of a closed outline by Chaikin corner cutting."""
    for _ in range(rounds):
        pairs = zip(points, points[1:] + points[:1], strict=True)
        points = [
            p
            for (ax, ay), (bx, by) in pairs
            for p in ((0.75 * ax + 0.25 * bx, 0.75 * ay + 0.25 * by), (0.25 * ax + 0.75 * bx, 0.25 * ay + 0.75 * by))
        ]
    return points


# Outdoor shapes --------------------------------------------------------------------------------------------------


def glow(c, x, y, radius, colour, rings=12, alpha=12):
    """Draw a soft halo of stacked translucent discs around a light."""
    for i in range(rings, 0, -1):
        c.circle(x, y, radius * i / rings, translucent(colour, alpha))


def sun(c, x, y, r, colour):
    """Draw a sun with a gentle halo."""
    glow(c, x, y, r * 2.4, colour, rings=12, alpha=14)
    c.circle(x, y, r, colour)


def moon(c, x, y, r, colour):
    """Draw a crescent moon: the part of a disc left uncovered by a smaller disc up and to the right."""
    glow(c, x, y, r * 2, colour, rings=8, alpha=8)
    sx, sy, s = x + r * 0.45, y - r * 0.25, r * 0.85
    d, towards = math.hypot(sx - x, sy - y), math.atan2(sy - y, sx - x)
    along = (r * r - s * s + d * d) / (2 * d)
    outer_half, inner_half = math.acos(along / r), math.acos((d - along) / s)
    outer = [towards + outer_half + (2 * math.pi - 2 * outer_half) * i / 32 for i in range(33)]
    inner = [towards + math.pi + inner_half - 2 * inner_half * i / 32 for i in range(33)]
    points = [(x + r * math.cos(a), y + r * math.sin(a)) for a in outer]
    c.polygon(points + [(sx + s * math.cos(a), sy + s * math.sin(a)) for a in inner], colour)


def stars(c, box, spots, colour, r=4):
    """Draw small round stars at fractional spots inside a box."""
    x0, y0, x1, y1 = box
    for fx, fy in spots:
        c.circle(x0 + (x1 - x0) * fx, y0 + (y1 - y0) * fy, r, colour)


def ridge(c, base, amp, waves, phase, colour, bottom=DESIGN_HEIGHT + 20):
    """Draw a band of land whose top follows a gentle sine wave around the base line."""
    top = [
        (x, base - amp * math.sin(waves * 2 * math.pi * x / DESIGN_WIDTH + phase))
        for x in range(-40, DESIGN_WIDTH + 60, 20)
    ]
    c.polygon([*top, (DESIGN_WIDTH + 40, bottom), (-40, bottom)], colour)


def cloud(c, x, y, size, colour):
    """Draw a flat cloud size units wide with its flat base at y."""
    c.rect((x, y - size * 0.24, x + size, y), colour, radius=size * 0.12)
    c.circle(x + size * 0.35, y - size * 0.2, size * 0.17, colour)
    c.circle(x + size * 0.62, y - size * 0.24, size * 0.22, colour)


def tree(c, x, ground, height, trunk, crown):
    """Draw a round-crowned tree of the given height standing on the ground line."""
    c.rect((x - height * 0.04, ground - height * 0.55, x + height * 0.04, ground), trunk, radius=height * 0.02)
    c.circle(x - height * 0.17, ground - height * 0.52, height * 0.2, crown)
    c.circle(x + height * 0.18, ground - height * 0.55, height * 0.21, crown)
    c.circle(x, ground - height * 0.7, height * 0.3, crown)


def bird(c, x, y, size, colour):
    """Draw a distant bird as two shallow arcs."""
    c.line([(x - size, y - size * 0.3), (x - size * 0.5, y - size * 0.45), (x, y)], colour, size * 0.18)
    c.line([(x, y), (x + size * 0.5, y - size * 0.45), (x + size, y - size * 0.3)], colour, size * 0.18)


# Wings and tail fin of a plane flying right, in units of its length, relative to the middle of its body.
_PLANE_PARTS = (
    ((-0.05, 0), (0.12, 0), (-0.12, 0.34), (-0.22, 0.34)),
    ((-0.05, 0), (0.1, 0), (-0.14, -0.26), (-0.22, -0.26)),
    ((-0.5, 0), (-0.36, 0), (-0.46, -0.22), (-0.52, -0.22)),
)


def plane(c, x, y, size, colour):
    """Draw a small aeroplane silhouette flying right."""
    c.rect((x - size / 2, y - size * 0.06, x + size / 2, y + size * 0.06), colour, radius=size * 0.06)
    for part in _PLANE_PARTS:
        c.figure(x, y, size, part, colour)


# Plants and small things -----------------------------------------------------------------------------------------


def taper(c, x, y, length, width, angle, colour, profile):
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


def leaf(c, x, y, length, width, angle, colour):
    """Draw a pointed leaf growing from (x, y) at angle degrees (0 points right, 90 points up)."""
    taper(c, x, y, length, width, angle, colour, lambda t: math.sin(math.pi * t) ** 0.8)


def potted_plant(c, x, floor, size, pot, leaves=(SAGE_DARK, SAGE)):
    """Draw a leafy plant in a tapered pot standing on the floor line."""
    soil = floor - size * 0.42
    for i, angle in enumerate((150, 30, 125, 55, 100, 80)):
        leaf(c, x, soil, size * (0.5 + 0.06 * (i % 3)), size * 0.2, angle, leaves[i % 2])
    c.polygon(
        [(x - size * 0.24, soil), (x + size * 0.24, soil), (x + size * 0.18, floor), (x - size * 0.18, floor)], pot
    )
    c.rect((x - size * 0.27, soil - size * 0.02, x + size * 0.27, soil + size * 0.07), mix(pot, NAVY, 0.15), radius=6)


def steam(c, x, y, height, colour, width=10, sway=1.0):
    """Draw a wisp of steam rising height units from (x, y)."""
    points = [(x + math.sin(t / 24 * 2 * math.pi * 1.2) * height * 0.09 * sway, y - t / 24 * height) for t in range(25)]
    c.line(points, colour, width)


def mug(c, x, base, size, colour, drink="#8e6a55"):
    """Draw a mug centred on x standing on the base line."""
    top = base - size * 1.05
    c.ring(x + size * 0.52, base - size * 0.55, size * 0.22, size * 0.26, colour, size * 0.09)
    c.rect((x - size / 2, top, x + size / 2, base), colour, radius=size * 0.14, corners=(False, False, True, True))
    c.ellipse(x, top, size / 2, size * 0.1, mix(colour, WHITE, 0.25))
    c.ellipse(x, top + size * 0.01, size * 0.43, size * 0.07, drink)


def table_lamp(c, x, base, shade):
    """Draw a small lit table lamp standing on the base line."""
    glow(c, x, base - 210, 300, LAMPLIGHT, rings=14, alpha=9)
    c.rect((x - 7, base - 180, x + 7, base - 20), NAVY_LIGHT)
    c.rect((x - 55, base - 22, x + 55, base), NAVY_LIGHT, radius=11)
    c.polygon([(x - 55, base - 270), (x + 55, base - 270), (x + 90, base - 165), (x - 90, base - 165)], shade)
    c.rect((x - 90, base - 172, x + 90, base - 162), mix(shade, LAMPLIGHT, 0.5), radius=4)


def floor_lamp(c, x, floor, shade):
    """Draw a floor lamp with a warm halo around its shade."""
    top = floor - 500
    glow(c, x, top + 70, 330, LAMPLIGHT, rings=14, alpha=10)
    c.rect((x - 6, top + 100, x + 6, floor - 12), NAVY)
    c.ellipse(x, floor - 8, 70, 14, NAVY)
    c.polygon([(x - 62, top), (x + 62, top), (x + 95, top + 115), (x - 95, top + 115)], shade)
    c.rect((x - 95, top + 107, x + 95, top + 117), mix(shade, LAMPLIGHT, 0.5), radius=4)


def jar(c, x, base, width, height, contents, lid=NAVY_LIGHT, fill=0.65):
    """Draw a glass storage jar on the base line, filled to a fraction of its height."""
    c.rect((x - width / 2, base - height, x + width / 2, base), translucent(WHITE, 120), radius=width * 0.18)
    c.rect((x - width / 2 + 9, base - height * fill, x + width / 2 - 9, base - 9), contents, radius=width * 0.12)
    c.rect((x - width * 0.44, base - height - 24, x + width * 0.44, base - height + 6), lid, radius=8)
    c.rect(
        (x - width / 2 + 14, base - height + 22, x - width / 2 + 24, base - height * 0.55),
        translucent(WHITE, 170),
        radius=5,
    )


def coin_stack(c, x, base, count, r, face=MUSTARD, edge=MUSTARD_DARK):
    """Draw a stack of coins seen slightly from above, bottom coin resting on the base line."""
    thick, flat = r * 0.2, r * 0.32
    for i in range(count):
        y = base - flat - i * thick
        c.ellipse(x, y, r, flat, edge)
        c.ellipse(x, y - thick * 0.75, r, flat, face)
    top = base - flat - (count - 1) * thick - thick * 0.75
    c.ring(x, top, r * 0.72, flat * 0.72, mix(face, WHITE, 0.3), r * 0.06)


# Rooms and windows -----------------------------------------------------------------------------------------------


def border(c, box, colour, thickness):
    """Draw a rectangular frame of the given thickness just outside box."""
    x0, y0, x1, y1 = box
    t = thickness
    c.rect((x0 - t, y0 - t, x1 + t, y0), colour)
    c.rect((x0 - t, y1, x1 + t, y1 + t), colour)
    c.rect((x0 - t, y0, x0, y1), colour)
    c.rect((x1, y0, x1 + t, y1), colour)


def window(c, box, sky, scenery, frame=CREAM, sill=True):
    """Draw a window whose view is painted by scenery(view, box), with glazing bars and a sill."""
    view = c.inset(box, *sky)
    scenery(view, box)
    c.paste(view)
    x0, y0, x1, y1 = box
    border(c, box, frame, 18)
    mid_x, bar_y = (x0 + x1) / 2, y0 + (y1 - y0) * 0.42
    c.rect((mid_x - 6, y0, mid_x + 6, y1), frame)
    c.rect((x0, bar_y - 6, x1, bar_y + 6), frame)
    if sill:
        c.rect((x0 - 40, y1 + 40, x1 + 40, y1 + 52), translucent(NAVY, 30), radius=6)
        c.rect((x0 - 40, y1 + 14, x1 + 40, y1 + 42), frame, radius=6)


def landscape_view(v, box):
    """Paint a small landscape with a sun and two hills, for a framed picture."""
    sun(v, box[0] + (box[2] - box[0]) * 0.7, box[1] + 70, 30, "#f5cfa6")
    ridge(v, box[3] - 70, 26, 7, 0.0, SAGE)
    ridge(v, box[3] - 30, 16, 9, 1.5, SAGE_DARK)


def floorboards(c, top, colour, gaps=4):
    """Draw a wooden floor from the top line down, with a few board joints."""
    c.rect((-20, top, DESIGN_WIDTH + 20, DESIGN_HEIGHT + 20), colour)
    joint = mix(colour, NAVY, 0.08)
    for i in range(1, gaps + 1):
        y = top + (DESIGN_HEIGHT - top) * (i / (gaps + 1)) ** 0.8
        c.rect((-20, y - 2, DESIGN_WIDTH + 20, y + 2), joint)


# Furniture -------------------------------------------------------------------------------------------------------


def sofa(c, x0, x1, floor, body, shade):
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


def bed(c, x0, x1, floor, top):
    """Draw the foot end of a made bed from x0 to x1 with its mattress top at the top line."""
    c.rect((x0, top - 60, x0 + 150, top + 10), CREAM, radius=30)
    c.rect((x0 - 20, top, x1 + 40, floor - 40), SAND, radius=30)
    c.rect((x0 - 20, top + 80, x1 + 40, floor - 40), TEAL, radius=30)
    c.rect((x0 - 20, top + 80, x1 + 40, top + 104), TEAL_LIGHT)
    c.rect((x0, floor - 50, x1 + 40, floor), WOOD_DARK)


def office_chair(c, x, floor, colour):
    """Draw an office chair seen from behind, centred on x."""
    for dx in (-110, -45, 45, 110):
        c.line([(x, floor - 60), (x + dx, floor - 24)], NAVY, 14)
        c.circle(x + dx, floor - 16, 16, NAVY)
    c.rect((x - 12, floor - 190, x + 12, floor - 55), NAVY)
    c.rect((x - 140, floor - 225, x + 140, floor - 180), mix(colour, NAVY, 0.3), radius=20)
    c.rect((x - 120, floor - 430, x + 120, floor - 230), colour, radius=50)
    c.rect((x - 16, floor - 240, x + 16, floor - 200), NAVY)


# Small things seen from above and on walls ---------------------------------------------------------------------


def framed_picture(c, box, frame, scenery, sky=("#cfe4de", "#f3ece0")):
    """Draw a framed picture on a wall, its picture painted by scenery(view, box), with a soft shadow."""
    x0, y0, x1, y1 = box
    c.rect((x0 - 14, y0 - 6, x1 + 26, y1 + 30), translucent(NAVY, 22), radius=6)
    view = c.inset(box, *sky)
    scenery(view, box)
    c.paste(view)
    border(c, box, frame, 16)


def glasses(c, x, y, size, colour):
    """Draw a pair of folded reading glasses seen from above, centred on (x, y), size units across."""
    r = size * 0.22
    for side in (-1, 1):
        cx = x + side * size * 0.26
        c.ellipse(cx, y, r, r * 0.82, translucent(WHITE, 90))
        c.ring(cx, y, r, r * 0.82, colour, size * 0.035)
    c.line([(x - size * 0.06, y - r * 0.3), (x, y - r * 0.45), (x + size * 0.06, y - r * 0.3)], colour, size * 0.035)
    for side in (-1, 1):
        c.line([(x + side * size * 0.47, y - r * 0.4), (x + side * size * 0.12, y - r * 1.1)], colour, size * 0.035)


def pencil(c, x, y, length, angle, colour, width=26):
    """Draw a sharpened pencil seen from above, its point at (x, y) and its body at angle degrees from there."""
    a = math.radians(angle)
    dx, dy = math.cos(a), -math.sin(a)

    def at(t, side=0.0):
        """Return the point t units along the pencil and side units across it."""
        return (x + dx * t - dy * side, y + dy * t + dx * side)

    half, cone, ferrule = width / 2, width * 1.5, length - width * 1.2

    def band(t0, t1, side0, side1, fill):
        """Fill the part of the pencil between t0 and t1 along it and side0 and side1 across it."""
        c.polygon([at(t0, side0), at(t1, side0), at(t1, side1), at(t0, side1)], fill)

    band(cone, ferrule, -half, half, colour)
    band(cone, ferrule, -half * 0.3, half * 0.15, mix(colour, WHITE, 0.22))
    c.polygon([at(0), at(cone, -half), at(cone, half)], "#ecd3ad")
    c.polygon([at(0), at(cone * 0.35, -half * 0.35), at(cone * 0.35, half * 0.35)], NAVY)
    band(ferrule, length - width * 0.5, -half, half, "#c2c9cf")
    band(length - width * 0.5, length, -half, half, "#efb3a0")
