"""Draw a scene in a 1500x1000 design box, scaled to cover the requested size.

The design box is centred and cropped at the edges when the aspect ratio differs; the drawing is made at
SUPERSAMPLE times that size and scaled down with LANCZOS for smooth edges.
"""

import functools

from PIL import Image, ImageColor, ImageDraw

DESIGN_WIDTH, DESIGN_HEIGHT = 1500, 1000
SUPERSAMPLE = 2


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


class Canvas:
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
        part = Canvas((x1 - x0, y1 - y0), self.scale, (self.origin[0] - x0, self.origin[1] - y0), top, bottom)
        part.offset = (x0 + self.offset[0], y0 + self.offset[1])
        return part

    def paste(self, part):
        """Paste an inset back where it came from, clipping what lies outside."""
        self.image.paste(part.image, (part.offset[0] - self.offset[0], part.offset[1] - self.offset[1]))

    def finish(self, width, height):
        """Return the drawing scaled down to width x height."""
        return self.image.resize((width, height), Image.Resampling.LANCZOS)


def scene(top, bottom):
    """Turn a painter of a design-box canvas into a draw(width, height) function with that background."""

    def wrap(paint):
        """Return the draw function for one painter."""

        @functools.wraps(paint)
        def draw(width, height):
            """Return the scene as an RGB image of width x height pixels."""
            canvas = Canvas.cover(width, height, top, bottom)
            paint(canvas)
            return canvas.finish(width, height)

        return draw

    return wrap
