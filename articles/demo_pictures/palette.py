"""The colours the demo illustrations share, and ways to blend them."""

from PIL import ImageColor

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


def mix(a, b, t):
    """Return the colour t of the way from a to b, as a hex string."""
    pairs = zip(ImageColor.getrgb(a), ImageColor.getrgb(b), strict=True)
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in pairs)


def translucent(colour, alpha):
    """Return a #rrggbb colour with an alpha byte (0-255) appended, for translucent shapes."""
    return f"{colour}{alpha:02x}"
