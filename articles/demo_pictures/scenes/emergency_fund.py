"""Scenes for the article on an emergency fund: a jar of coins, coin stacks with a sprout."""

import math

from ..canvas import DESIGN_HEIGHT, DESIGN_WIDTH, scene
from ..palette import (
    CORAL,
    MUSTARD,
    MUSTARD_DARK,
    NAVY,
    NAVY_LIGHT,
    SAGE,
    SAGE_DARK,
    TEAL_PALE,
    WHITE,
    mix,
    translucent,
)
from ..shapes import coin_stack, landscape_view, leaf, potted_plant, ridge, sun, window


def _coin_jar(c, x, base, width, height):
    """Draw a glass jar on the base line, half full of coins."""
    left, right, top = x - width / 2, x + width / 2, base - height
    c.rect((left, top, right, base), translucent(TEAL_PALE, 150), radius=60)
    for row, count in enumerate((5, 4, 5, 4, 5, 3)):
        y = base - 44 - row * 36
        first = left + 56 + (30 if count == 4 else 0) + (60 if count == 3 else 0)
        for i in range(count):
            cx = first + i * (width - 112) / 4
            c.ellipse(cx, y, 40, 16, MUSTARD_DARK)
            c.ellipse(cx, y - 6, 40, 16, MUSTARD)
    c.rect((left + 26, top + 60, left + 42, base - 70), translucent(WHITE, 170), radius=8)
    c.rect((right - 40, top + 80, right - 30, top + 200), translucent(WHITE, 140), radius=5)
    c.rect((x - width * 0.38, top - 50, x + width * 0.38, top + 10), NAVY_LIGHT, radius=12)
    c.rect((x - width * 0.4, top + 6, x + width * 0.4, top + 24), CORAL, radius=8)


@scene(top="#f3ece0", bottom="#e8dcc8")
def coin_jar_scene(c):
    """Draw a jar of coins on a table beside a small coin stack and a potted plant."""
    window(c, (980, 130, 1330, 470), ("#bcdcd6", "#f3ece0"), landscape_view, frame=WHITE)
    c.rect((-20, 720, DESIGN_WIDTH + 20, DESIGN_HEIGHT + 20), "#d3b089")
    c.rect((-20, 720, DESIGN_WIDTH + 20, 730), mix("#d3b089", WHITE, 0.25))
    c.ellipse(630, 730, 200, 12, translucent(NAVY, 30))
    _coin_jar(c, 620, 728, 340, 460)
    coin_stack(c, 900, 730, 5, 48)
    coin_stack(c, 1000, 734, 2, 48)
    potted_plant(c, 1180, 730, 300, CORAL)


@scene(top="#cfe5df", bottom="#f6ede0")
def coin_steps(c):
    """Draw four coin stacks rising left to right with a sprout on the tallest."""
    sun(c, 1150, 260, 90, "#f5d3a8")
    ridge(c, 760, 12, 1.2, 0.5, SAGE)
    ridge(c, 800, 8, 2.0, 1.0, "#8db38e")
    for i, count in enumerate((4, 8, 12, 16)):
        coin_stack(c, 420 + i * 210, 820, count, 76)
    tip = (1050, 820 - 76 * 0.32 - 15 * 76 * 0.2 - 20)
    stem = [(tip[0] + math.sin(t / 10 * math.pi) * 12, tip[1] - t * 18) for t in range(11)]
    c.line(stem, SAGE_DARK, 12)
    leaf(c, stem[-1][0], stem[-1][1], 130, 64, 35, SAGE_DARK)
    leaf(c, stem[-1][0], stem[-1][1] + 30, 110, 56, 150, SAGE)
