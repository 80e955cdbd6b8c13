"""The demo illustrations of every demo article, with the words the picture library shows beside them."""

from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image

from .scenes.batch_cooking import chopping_board, fridge_shelves, soup_pot
from .scenes.daily_sketching import sketchbook_from_above, still_life_on_easel
from .scenes.desk_stretches import clock_and_mat, desk_by_window
from .scenes.draughts import door_excluder, window_radiator
from .scenes.emergency_fund import coin_jar_scene, coin_steps
from .scenes.first_car import car_on_driveway, garage_check_kit
from .scenes.language_learning import cafe_table_for_two, globe_and_notebooks
from .scenes.muscle_twitching import bedside_at_night, pond_walk, sofa_at_dusk
from .scenes.packing_light import open_case_flatlay, suitcase_ready
from .scenes.phone_scams import incoming_call, phone_with_shield
from .scenes.reading_habit import open_book_with_tea, reading_nook
from .scenes.rescue_dog import dog_bed_corner, dog_on_path
from .scenes.running_after_forty import shoes_at_sunrise, training_calendar
from .scenes.screen_time import board_game_from_above, charging_for_the_night

CREDIT = "Illustration drawn for Twitchsite's demo content"


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
            sofa_at_dusk,
        ),
        "sections": [
            _picture(
                "muscle-twitching-sleep",
                "Bedside table at night",
                "A bedside table with a lit lamp, a glass of water and a small plant next to a made bed, with the moon in the window.",
                "A regular bedtime and a dark, cool room help busy nerves settle.",
                bedside_at_night,
            ),
            _picture(
                "muscle-twitching-walk",
                "Bench by a pond",
                "A wooden bench under a round tree beside a pond with gentle ripples, green hills and a pale sun behind.",
                "A slow walk gives stress somewhere to go.",
                pond_walk,
            ),
        ],
    },
    "batch-cooking-one-afternoon-five-dinners": {
        "lead": _picture(
            "batch-cooking-lead",
            "Pot of soup on the stove",
            "A coral cooking pot with steam rising from it on a kitchen counter, below a shelf of jars of lentils, rice, pasta and beans.",
            "One afternoon at the stove can cover most of the week's dinners.",
            soup_pot,
        ),
        "sections": [
            _picture(
                "batch-cooking-ingredients",
                "Vegetables on a chopping board",
                "A wooden chopping board seen from above with a carrot, two tomato halves, onion slices and spinach leaves, a bowl of peas and a knife beside it.",
                "Recipes that share ingredients keep the shopping list short.",
                chopping_board,
            ),
            _picture(
                "batch-cooking-storage",
                "Storage boxes in the fridge",
                "An open fridge with glass shelves holding lidded boxes of cooked food in coral, mustard and green.",
                "Portioned, covered and cooled: dinners ready for the days ahead.",
                fridge_shelves,
            ),
        ],
    },
    "first-month-with-an-adult-rescue-dog": {
        "lead": _picture(
            "rescue-dog-lead",
            "Dog on a country path",
            "A dog with a coral collar walking along a winding path between green hills under a soft morning sun.",
            "The first weeks are about trust, short walks and a steady routine.",
            dog_on_path,
        ),
        "sections": [
            _picture(
                "rescue-dog-corner",
                "Dog asleep in its bed",
                "A dark dog asleep in a round coral bed in a quiet corner, with water and food bowls, a ball, and a lead hanging under a shelf.",
                "A calm corner of their own helps a new dog settle in.",
                dog_bed_corner,
            ),
        ],
    },
    "packing-light-a-week-with-only-a-carry-on": {
        "lead": _picture(
            "carry-on-lead",
            "Carry-on case beside folded clothes",
            "A coral carry-on suitcase with its handle raised next to a neat stack of folded clothes, under a window with a plane in the sky.",
            "A week's clothes fit in one cabin bag with a little planning.",
            suitcase_ready,
        ),
        "sections": [
            _picture(
                "carry-on-packing",
                "Open suitcase from above",
                "An open teal suitcase seen from above, with rolled clothes in one half and a folded shirt and a wash bag in the other, sunglasses and a passport beside it.",
                "Rolled clothes fill the corners and crease less.",
                open_case_flatlay,
            ),
        ],
    },
    "emergency-fund-when-money-is-tight": {
        "lead": _picture(
            "emergency-fund-lead",
            "Jar of coins and a plant",
            "A glass jar half full of gold coins on a wooden table, with a small stack of coins and a potted plant beside it.",
            "Small, regular amounts add up to a cushion for the unexpected.",
            coin_jar_scene,
        ),
        "sections": [
            _picture(
                "emergency-fund-growth",
                "Coin stacks with a sprout",
                "Four stacks of coins rising from left to right, with a green sprout growing from the tallest, under a soft sun.",
                "Start with a small target and let it grow.",
                coin_steps,
            ),
        ],
    },
    "keeping-warm-for-less-finding-and-fixing-draughts": {
        "lead": _picture(
            "draughts-lead",
            "Curtained window above a radiator",
            "A window with coral curtains tied back onto a snowy landscape, above a warm radiator and beside a glowing table lamp.",
            "Thick curtains and a clear radiator keep more of the warmth indoors.",
            window_radiator,
        ),
        "sections": [
            _picture(
                "draughts-door",
                "Draught excluder at the door",
                "A teal front door with a striped draught excluder along its bottom edge, a rug in front and a coat and scarf on hooks.",
                "A draught excluder is one of the cheapest fixes in the house.",
                door_excluder,
            ),
        ],
    },
    "desk-stretches-between-meetings": {
        "lead": _picture(
            "desk-stretches-lead",
            "Desk by a window",
            "A tidy desk with an open laptop, a mug, a desk lamp and a plant, an office chair in front and a window onto a leafy tree.",
            "A few minutes away from the screen loosens the neck, back and wrists.",
            desk_by_window,
        ),
        "sections": [
            _picture(
                "desk-stretches-break",
                "Clock above an exercise mat",
                "A round wall clock with a coral wedge marking five minutes, above an exercise mat unrolled on the floor beside a water bottle and a plant.",
                "Five minutes between meetings is enough for the whole routine.",
                clock_and_mat,
            ),
        ],
    },
    "building-a-reading-habit-that-lasts": {
        "lead": _picture(
            "reading-habit-lead",
            "Armchair beside a bookshelf",
            "A mustard armchair with a teal cushion and a book left open on its seat, beside a full bookshelf, a side table with a mug and a softly lit floor lamp.",
            "A comfortable chair and a book within reach make the habit easy to start.",
            reading_nook,
        ),
        "sections": [
            _picture(
                "reading-habit-pages",
                "Open book with a cup of tea",
                "An open book with a coral ribbon bookmark seen from above, with a cup of tea, reading glasses, a pencil and a potted plant around it.",
                "Ten pages a day adds up to about a dozen books a year.",
                open_book_with_tea,
            ),
        ],
    },
    "learning-a-language-as-an-adult": {
        "lead": _picture(
            "language-learning-lead",
            "Globe, notebooks and headphones",
            "A desk globe, a stack of notebooks with a pen and a pair of coral headphones on a wooden desk, under two speech bubbles holding dots and lines.",
            "A little listening and a little study every day beats a long session once a week.",
            globe_and_notebooks,
        ),
        "sections": [
            _picture(
                "language-learning-conversation",
                "Café table for two",
                "A round café table with two cups of coffee and a single flower between two bistro chairs, speech bubbles above them and rooftops outside the window.",
                "Speaking early, even in simple sentences, is how a language starts to stick.",
                cafe_table_for_two,
            ),
        ],
    },
    "screen-time-agreements-with-children": {
        "lead": _picture(
            "screen-time-lead",
            "Devices charging for the night",
            "A tablet and two phones standing in a wooden charging dock on a sideboard, each screen showing a crescent moon, beside a lamp, with a basket of toys below an evening window.",
            "Devices that sleep outside bedrooms make bedtime easier for everyone.",
            charging_for_the_night,
        ),
        "sections": [
            _picture(
                "screen-time-game",
                "Board game on the table",
                "A board game seen from above with four coloured pawns on its track, two dice, a stack of cards, a bowl of popcorn and a score pad with a pencil.",
                "An agreement leaves room for the things screens tend to crowd out.",
                board_game_from_above,
            ),
        ],
    },
    "starting-to-run-after-forty": {
        "lead": _picture(
            "running-after-forty-lead",
            "Running shoes at sunrise",
            "A pair of coral running shoes, a water bottle and a folded towel on a wooden deck, looking out over a path that winds through green hills towards a rising sun.",
            "Start slowly: the first weeks are about building a habit, not speed.",
            shoes_at_sunrise,
        ),
        "sections": [
            _picture(
                "running-after-forty-plan",
                "Training calendar on the wall",
                "A wall calendar with three run days a week, the early ones ticked in coral and the later ones circled, above a teal running shoe, a foam roller and a water bottle.",
                "Three short sessions a week, with a rest day between each.",
                training_calendar,
            ),
        ],
    },
    "helping-an-older-parent-stay-safe-from-phone-scams": {
        "lead": _picture(
            "phone-scams-lead",
            "Phone showing a shield",
            "A smartphone on a stand with a teal shield and a check mark on its screen, beside a coral mug, a potted plant and a pair of reading glasses on a table.",
            "A few settings filter out many scam calls and texts before they arrive.",
            phone_with_shield,
        ),
        "sections": [
            _picture(
                "phone-scams-call",
                "Incoming call on a hall table",
                "A smartphone showing an incoming call from an unknown caller with red and green buttons, beside an open notebook, a pencil and a cordless home phone on a hall table.",
                "Hang up, and call back on a number you already know.",
                incoming_call,
            ),
        ],
    },
    "sketching-ten-minutes-a-day": {
        "lead": _picture(
            "daily-sketching-lead",
            "Still life and its sketch",
            "A teal jug of tulips and two lemons on a table by a window, beside a small easel holding a line drawing of the same jug and flowers.",
            "Everyday objects make patient models.",
            still_life_on_easel,
        ),
        "sections": [
            _picture(
                "daily-sketching-pages",
                "Sketchbook and pencils",
                "An open sketchbook on a dark desk seen from above, its pages holding small drawings of a cup, a leaf, a shaded cube and a ball, with pencils, a pen and an eraser beside it.",
                "Small, quick studies teach more than one drawing laboured over for hours.",
                sketchbook_from_above,
            ),
        ],
    },
    "first-car-monthly-checks": {
        "lead": _picture(
            "first-car-lead",
            "Small car outside a house",
            "A small teal hatchback parked in front of a house with a garage door, a potted plant by the front door and a tree behind a hedge under a sunny sky.",
            "Ten minutes a month keeps a first car safe and saves money on repairs.",
            car_on_driveway,
        ),
        "sections": [
            _picture(
                "first-car-kit",
                "Tyre and checking kit in a garage",
                "A tyre leaning against a garage wall beside a round pressure gauge, a cloth and a bottle of screen wash, with spanners and a torch hanging on a pegboard.",
                "A pressure gauge, a cloth and the handbook are all the kit you need.",
                garage_check_kit,
            ),
        ],
    },
}
