"""Demo authors and articles for `manage.py load_demo`: data only, replayed by articles/demo.py.

Every text here was written for Twitchsite. Each article has a "history": the steps it went through,
oldest first. A step may show fewer sections than the final article ("sections": n), and "rewrites"
lists (final wording, earlier wording) pairs that were still in their earlier form at that step, so the
admin's edit history shows real changes. "day" is relative to the moment the command runs; "publish"
marks the step from which a published article is live; "publish_day" is its publish time.
"""

from textwrap import dedent


def _md(text):
    return dedent(text).strip()


AUTHORS = [
    {
        "username": "maya",
        "email": "maya@demo.twitchsite.local",
        "display_name": "Maya Lindqvist",
        "location": "Gothenburg, Sweden",
        "bio": (
            "Physiotherapist for twelve years, now writing about the everyday aches, niggles and worries "
            "that send people searching at two in the morning. Maya favours plain words and practical steps."
        ),
    },
    {
        "username": "tom",
        "email": "tom@demo.twitchsite.local",
        "display_name": "Tom Okafor",
        "location": "Leeds, England",
        "bio": (
            "Former housing adviser who spent a decade helping families balance tight budgets and cold houses. "
            "Writes about money, bills and small repairs that pay for themselves."
        ),
    },
    {
        "username": "priya",
        "email": "priya@demo.twitchsite.local",
        "display_name": "Priya Raman",
        "location": "Pune, India",
        "bio": (
            "Home cook, reluctant early riser and occasional backpacker. Priya writes about feeding a household "
            "on a weeknight and travelling with less luggage than you think you need."
        ),
    },
    {
        "username": "june",
        "email": "june@demo.twitchsite.local",
        "display_name": "June Harlow",
        "location": "Portland, Oregon",
        "bio": (
            "Has fostered more than thirty dogs for a local shelter and still cries at every adoption. "
            "June writes about life with rescue animals, the muddy parts included."
        ),
    },
    {
        "username": "nadia",
        "email": "nadia@demo.twitchsite.local",
        "display_name": "Nadia Benali",
        "location": "Lyon, France",
        "bio": (
            "Secondary-school librarian and mother of two teenagers who now read more than she does. Nadia writes "
            "about books, family life and the small agreements that make a busy household calmer."
        ),
    },
    {
        "username": "leo",
        "email": "leo@demo.twitchsite.local",
        "display_name": "Leo Marchetti",
        "location": "Turin, Italy",
        "bio": (
            "Illustrator who has filled a pocket sketchbook every month for fifteen years, mostly with coffee cups "
            "and tram stops. Leo teaches evening drawing classes for adults who are sure they cannot draw."
        ),
    },
    {
        "username": "sam",
        "email": "sam@demo.twitchsite.local",
        "display_name": "Sam Ellery",
        "location": "Bristol, England",
        "bio": "Twitchsite's copy editor: checks facts and links, trims long sentences, and asks authors for sources.",
        "groups": ["Editors"],
    },
]


TWITCHING = {
    "slug": "muscle-twitching-benign-fasciculations",
    "title": "Why Do My Muscles Twitch? A Calm Guide to Benign Fasciculations",
    "topic": "Health",
    "author": "maya",
    "status": "published",
    "publish_day": -42,
    "summary": (
        "Most muscle twitches are harmless and come from caffeine, stress, tiredness or hard exercise. "
        "Here is what a twitch is, what usually helps, and the signs that mean you should see a doctor."
    ),
    "sections": [
        {
            "heading": "What a twitch actually is",
            "body": _md(
                """
                A muscle twitch, or *fasciculation*, is a small group of muscle fibres contracting on its own.
                Each nerve cell that controls movement looks after a bundle of fibres, called a motor unit. When
                that nerve fires without being asked, its bundle contracts for a fraction of a second, and you see
                or feel a flicker under the skin.

                The eyelid, calf, thigh, thumb and the arch of the foot are the usual places. A twitch does not
                move a joint and does not hurt. It can come once and vanish, or return in bursts for days.

                Almost everyone has twitches at some point. Studies of healthy volunteers find them in a large
                share of people who are not ill at all, and many never notice them until they start looking.
                """
            ),
        },
        {
            "heading": "Common, harmless triggers",
            "body": _md(
                """
                A nerve fires more easily when it is irritated, tired or over-stimulated. The usual suspects are
                ordinary parts of daily life:

                - **Caffeine.** Coffee, strong tea, energy drinks and some painkillers that contain caffeine make
                  nerves more excitable. Twitching often eases within days of cutting back.
                - **Stress and anxiety.** Stress hormones keep the nervous system on alert, and worrying about the
                  twitch can keep the cycle going.
                - **Fatigue and short sleep.** Several short nights in a row are one of the most reliable triggers.
                - **Hard exercise.** Calves and thighs often flicker for hours after a long run, a hike or a heavy
                  leg day, as tired muscle fibres settle down.
                - **Low magnesium or dehydration.** Magnesium, calcium and potassium all help nerves stay quiet;
                  heavy sweating, vomiting or a restricted diet can leave you short.
                - **Some medicines and stimulants.** Asthma inhalers such as salbutamol, decongestants, some
                  antidepressants, nicotine and stimulant medicines can all cause twitching.

                Often two or three of these add up: a deadline, extra coffee to get through it, and not much sleep.
                """
            ),
        },
        {
            "heading": "Benign fasciculation syndrome",
            "body": _md(
                """
                Some people twitch on and off for months. When a doctor has examined them and found normal strength,
                normal reflexes and no muscle wasting, this is called *benign fasciculation syndrome*. Cramps,
                tingling and a feeling of tired muscles can come with it.

                The word *benign* matters. Long-term follow-up of people with this syndrome shows that the
                overwhelming majority stay well; the twitches may fade, come back in stressful periods, or simply
                become background noise. It is a nuisance, not a warning.

                Health anxiety is common alongside it. Reading about rare nerve diseases late at night tends to make
                the twitching feel worse, because stress is itself a trigger.
                """
            ),
        },
        {
            "heading": "What tends to help",
            "body": _md(
                """
                There is no switch that stops a twitch, but these steps calm the nerves for most people:

                - **Taper caffeine over a week or two** rather than stopping at once, which can bring headaches.
                  The US Food and Drug Administration puts the everyday limit for healthy adults at about
                  400 mg, roughly four cups of brewed coffee
                  ([FDA](https://www.fda.gov/consumers/consumer-updates/spilling-beans-how-much-caffeine-too-much)).
                - **Protect your sleep**: a regular bedtime, a dark and cool bedroom, and screens off half an hour
                  before bed.
                - **Drink enough water**, especially after exercise or in hot weather.
                - **Stretch and gently massage** a muscle that twitches or cramps.
                - **Eat magnesium-rich foods** such as leafy greens, beans, nuts, seeds and wholegrains. Ask a
                  pharmacist before taking supplements, which can upset the stomach and interact with some medicines
                  ([NIH fact sheet](https://ods.od.nih.gov/factsheets/Magnesium-Consumer/)).
                - **Give stress an outlet**: a walk, slow breathing, or a talk with someone you trust.
                - **Keep a short diary** of twitches, sleep and caffeine for two weeks. Patterns are easier to see on
                  paper, and a doctor will find it useful.

                Do not stop a prescribed medicine because you suspect it; speak to the prescriber first.
                """
            ),
        },
        {
            "kind": "video",
            "heading": "Watch: why sleep matters",
            "video_url": "https://www.youtube.com/watch?v=5MuIMqhT8DM",
            "body": _md(
                """
                Short sleep is one of the most common reasons nerves misbehave. In this talk, sleep scientist
                Matt Walker explains what happens in the body when we cut sleep short.
                """
            ),
        },
        {
            "heading": "When to see a doctor",
            "body": _md(
                """
                A twitch on its own, with normal strength, is very rarely a sign of disease. Book an appointment if
                a twitch lasts longer than two weeks, spreads to several parts of the body, or you think a medicine
                is causing it. See a doctor promptly if twitching comes with any of these red flags:

                - **Real weakness**: dropping things, trouble turning a key, tripping, or a foot that slaps the floor.
                - **Muscle wasting**: a muscle that looks visibly thinner, for example between thumb and finger.
                - **Changes in speech or swallowing**: slurred words, choking on drinks, a voice that changes.
                - **Stiffness or cramps that get steadily worse** over weeks rather than coming and going.
                - **Numbness or loss of feeling** in the same area.
                - **Twitching with fever, a recent injury, or a new rash**.

                If weakness, a drooping face or slurred speech comes on suddenly, that is an emergency: call your
                local emergency number straight away.
                """
            ),
        },
        {
            "heading": "What happens at the appointment",
            "body": _md(
                """
                The doctor will ask when the twitching started, where it happens, and about caffeine, sleep,
                exercise and medicines. The most useful part is the examination: strength, reflexes, muscle bulk and
                sensation. If those are normal, most people need nothing more than reassurance.

                Blood tests can check salts such as magnesium, calcium and potassium, and the thyroid. If anything
                is unclear, you may be referred to a neurologist, who sometimes records the electrical activity of
                the muscles with a test called an EMG. The UK's NHS has a short
                [overview of twitching](https://www.nhs.uk/conditions/twitching-eyes-and-muscles/) that matches
                this approach.
                """
            ),
        },
        {
            "heading": "The bottom line",
            "body": _md(
                """
                Twitching muscles are common, mostly harmless, and usually a sign that the body wants less
                caffeine, more sleep or a calmer week. Look after those first. Keep the red-flag list in mind, and
                let a doctor examine you if the twitching lingers or you notice weakness. Reassurance from a proper
                examination is worth more than another hour of searching online.
                """
            ),
        },
    ],
    "history": [
        {
            "day": -45,
            "comment": "First draft: what a twitch is, triggers, what helps",
            "sections": 4,
            "title": "Muscle Twitching: Should You Worry?",
            "rewrites": [
                ("Twitching often eases within days of cutting back.", "Cutting back helps."),
                ("**Taper caffeine over a week or two**", "**Cut out caffeine**"),
                ("Several short nights in a row are one of the most reliable triggers.", "Lack of sleep is a trigger."),
            ],
        },
        {
            "day": -42,
            "comment": "Add red flags, the appointment and a sleep video; publish",
            "publish": True,
            "title": "Muscle Twitching: Should You Worry?",
            "rewrites": [
                ("Twitching often eases within days of cutting back.", "Cutting back helps."),
                ("**Taper caffeine over a week or two**", "**Cut out caffeine**"),
            ],
        },
        {
            "day": -12,
            "user": "sam",
            "comment": "Copy edit: clearer title, gentler caffeine advice, sources checked",
        },
    ],
}


BATCH_COOKING = {
    "slug": "batch-cooking-one-afternoon-five-dinners",
    "title": "Batch Cooking for a Busy Week: One Afternoon, Five Dinners",
    "topic": "Food",
    "author": "priya",
    "status": "published",
    "publish_day": -30,
    "summary": (
        "Two hours on a Sunday can cover most of the week's dinners. A simple plan, a shopping list that "
        "overlaps, and the storage rules that keep cooked food safe."
    ),
    "sections": [
        {
            "heading": "Why cook once and eat five times",
            "body": _md(
                """
                The hardest part of a weeknight dinner is not the cooking. It is deciding what to make at six
                o'clock, discovering there is no onion, and ordering a takeaway out of tiredness. Batch cooking
                moves the decisions and most of the chopping to one calm afternoon.

                The aim is not five identical boxes of the same stew. It is a handful of *building blocks*, a grain,
                a pot of beans, a tray of roasted vegetables, a sauce, that combine into different meals with ten
                minutes of work each evening.
                """
            ),
        },
        {
            "heading": "Plan around overlapping ingredients",
            "body": _md(
                """
                Choose recipes that share ingredients so nothing half-used wilts in the fridge. A week built on
                one big shop might look like this:

                - **Monday**: rice bowls with roasted vegetables, a fried egg and a spoon of chilli oil.
                - **Tuesday**: black bean tacos with quick-pickled onion and the rest of the coriander.
                - **Wednesday**: tomato and lentil soup with toasted bread.
                - **Thursday**: fried rice with leftover rice, frozen peas and whatever vegetables remain.
                - **Friday**: pasta with the tomato sauce base, spinach and a handful of cheese.

                Onions, garlic, tomatoes, rice and beans appear in almost every meal, so you buy them in bulk and
                use all of them.
                """
            ),
        },
        {
            "heading": "The two-hour session",
            "body": _md(
                """
                Order matters more than speed. Start whatever takes longest and needs least attention:

                1. Put a large pot of rice or another grain on, and soaked beans in a second pot.
                2. While they cook, chop every onion and pepper you need for the week in one go.
                3. Roast two trays of vegetables at a high heat: carrots, squash, broccoli, cauliflower.
                4. Make a big batch of tomato sauce with half the onions and garlic. Set a third of it aside as
                   the base for Wednesday's soup.
                5. Wash and dry salad leaves and herbs, wrap them in a clean tea towel, and box them.
                6. Wash up as things finish, so you end with a clean kitchen and not a mountain.

                Put on music or a podcast. Two hours goes faster than you expect.
                """
            ),
        },
        {
            "heading": "Storing cooked food safely",
            "body": _md(
                """
                Cooked food is only a shortcut if it is still safe on Thursday. A few rules cover most cases:

                - **Cool it quickly.** Spread hot food into shallow containers and get it into the fridge within
                  two hours of cooking.
                - **Eat fridge leftovers within three to four days.** Anything meant for Friday goes in the freezer
                  and comes out to thaw in the fridge the night before.
                - **Rice needs extra care.** Cool it fast, keep it cold, and reheat it only once, until it is
                  steaming hot all the way through.
                - **Label every box** with what it is and the day you cooked it.

                The US food safety agency has a clear page on
                [leftovers and food safety](https://www.fsis.usda.gov/food-safety/safe-food-handling-and-preparation/food-safety-basics/leftovers-and-food-safety)
                if you want the details.
                """
            ),
        },
        {
            "heading": "Keeping it interesting",
            "body": _md(
                """
                The common complaint about batch cooking is boredom by Wednesday. The cure is to cook plain bases
                and add character at the last minute: a squeeze of lime, a spoon of yoghurt, toasted seeds, a fried
                egg, fresh herbs, or a jar of something spicy from the back of the cupboard. The same lentils taste
                quite different with cumin and lemon on Monday and with smoked paprika on Wednesday.

                Keep one evening free of the plan. Leftovers pile up less than you fear, and one night of beans on
                toast or a meal out is part of a sustainable week, not a failure of it.
                """
            ),
        },
        {
            "heading": "Start small",
            "body": _md(
                """
                If two hours sounds like a lot, begin with one pot of grain and one tray of roasted vegetables.
                That alone takes the pressure off three evenings. Add a sauce the next week, and beans the week
                after. Within a month the Sunday session becomes habit, and the six o'clock question disappears.
                """
            ),
        },
    ],
    "history": [
        {
            "day": -33,
            "comment": "First draft",
            "sections": 4,
            "rewrites": [("within three to four days", "within a few days"), ("reheat it only once", "reheat it")],
        },
        {
            "day": -30,
            "comment": "Add ideas for variety and a gentler start; publish",
            "publish": True,
            "rewrites": [("reheat it only once", "reheat it")],
        },
        {
            "day": -20,
            "user": "sam",
            "comment": "Clarify the rice advice",
            "minor": True,
        },
    ],
}


RESCUE_DOG = {
    "slug": "first-month-with-an-adult-rescue-dog",
    "title": "The First Month With an Adult Rescue Dog",
    "topic": "Pets",
    "author": "june",
    "status": "published",
    "publish_day": -18,
    "summary": (
        "A rescue dog needs days to decompress, weeks to learn your routine and months to feel at home. "
        "What to prepare, what to expect and how to help the bond form without rushing it."
    ),
    "sections": [
        {
            "heading": "Expect a quiet start",
            "body": _md(
                """
                An adult dog arriving from a shelter has lost everything familiar in a short time: a home, then a
                kennel, now you. Many new owners expect gratitude and a waggy tail on day one. What they often get
                is a dog who sleeps, hides, refuses food or paces at night.

                Shelter workers often describe the first months with a rule of threes: about three days to
                decompress, three weeks to learn the routine, and three months to feel truly at home. Every dog is
                different, but the shape is right. Go slowly, and let the dog set the pace.
                """
            ),
        },
        {
            "heading": "Prepare before the dog arrives",
            "body": _md(
                """
                A little preparation saves a lot of stress for both of you:

                - **A quiet resting spot** away from the front door, with a bed or crate the dog can retreat to.
                - **The same food the shelter used**, at least for the first week, to avoid an upset stomach.
                - **A well-fitting harness and a tag** with your phone number. A nervous new dog is most likely to
                  bolt in the first weeks.
                - **Baby gates or closed doors** to keep the first days to two or three rooms.
                - **A vet appointment** booked within the first fortnight, with the shelter's records.
                - **House rules agreed by everyone** in the household: is the sofa allowed, who walks when, which
                  word means "off".
                """
            ),
        },
        {
            "heading": "The first few days",
            "body": _md(
                """
                Keep life boring. Short walks on quiet routes, meals at the same times, and plenty of undisturbed
                sleep. Resist the urge to introduce the dog to friends, relatives and the neighbourhood in the
                first weekend; that can wait.

                Let the dog come to you. Sit on the floor, talk softly, and reward any approach with a treat rather
                than reaching over its head. Accidents indoors are normal at first, even for house-trained dogs;
                take the dog out often, and clean up without fuss using an enzyme cleaner that removes the smell.
                """
            ),
        },
        {
            "heading": "Weeks two to four: building a routine",
            "body": _md(
                """
                As the dog relaxes, its real personality appears, including habits the shelter could not see.
                This is the time to start gentle training with rewards: sit, settle on a mat, come when called in
                the garden, and walking on a loose lead.

                Keep sessions short, five minutes a few times a day, and end on something the dog does well. If you
                want help, look for a trainer who uses reward-based methods and avoids punishment collars; the
                shelter can usually recommend one.
                """
            ),
        },
        {
            "heading": "Children and other pets",
            "body": _md(
                """
                Introductions to resident pets work best on neutral ground: a parallel walk with both dogs on lead,
                a few metres apart, before anyone shares a living room. Feed animals separately for the first weeks
                and pick up toys and chews that might be worth fighting over.

                Children need simple rules they can remember: let the dog approach them, never disturb it while it
                eats or sleeps, and no hugging, which many dogs find frightening even when they tolerate it. An
                adult should supervise every meeting until you know the dog well.
                """
            ),
        },
        {
            "heading": "Signs your dog needs more time or help",
            "body": _md(
                """
                Some worries are part of settling in; others deserve a call to the vet or a behaviourist:

                - Not eating at all for more than two days, or repeated vomiting or diarrhoea.
                - Growling or snapping when approached while resting or eating.
                - Panic when left alone: howling, scratching at doors, or damage around exits.
                - Hiding most of the day after the first fortnight.

                None of these means the adoption has failed. They mean the dog is telling you what it finds
                difficult, and there is usually a way to help.
                """
            ),
        },
        {
            "heading": "The reward",
            "body": _md(
                """
                Somewhere between the second and third month, most owners notice a moment: the dog meets them at
                the door, or falls asleep leaning against their leg. Adult dogs bond deeply, and the patience of
                the first month is what earns it. Your shelter stays a resource after the adoption, so keep their
                number handy and do not hesitate to ask.
                """
            ),
        },
    ],
    "history": [
        {
            "day": -20,
            "comment": "First draft",
            "sections": 4,
            "title": "Your First Month With a Rescue Dog",
            "rewrites": [("Go slowly, and let the dog set the pace.", "Go slowly.")],
        },
        {"day": -18, "comment": "Add pets and children, warning signs and the ending; publish", "publish": True},
    ],
}


TSA_LINK = "[TSA liquids page](https://www.tsa.gov/travel/security-screening/liquids-aerosols-gels-rule)"

CARRY_ON = {
    "slug": "packing-light-a-week-with-only-a-carry-on",
    "title": "Packing Light: A Week Away With Only a Carry-On",
    "topic": "Travel",
    "author": "priya",
    "status": "published",
    "publish_day": -9,
    "summary": (
        "A week of travel fits in one cabin bag if you plan outfits around a few colours, wear the bulkiest "
        "things on the plane and treat laundry as part of the trip."
    ),
    "sections": [
        {
            "heading": "Why travel with one bag",
            "body": _md(
                """
                One small bag changes a trip. There is no waiting at the baggage belt, no lost suitcase, no
                dragging wheels over cobbles, and you can take the train or the bus instead of a taxi. It also
                tends to make packing faster, because there are fewer choices to agonise over.

                The trick is not owning special gear. It is choosing clothes that work together, and accepting
                that you will wear things more than once.
                """
            ),
        },
        {
            "heading": "Check the rules first",
            "body": _md(
                """
                Cabin allowances differ between airlines and even between fares on the same airline. Before you
                pack, check the size and weight limit on your booking, and whether the fare includes a full-size
                cabin bag or only a small item under the seat.

                Liquids are the other limit. Many airports still ask for containers of 100 ml or less in one small
                clear bag; the US rules are explained on the
                [TSA liquids page](https://www.tsa.gov/travel/security-screening/liquids-aerosols-gels-rule).
                Solid shampoo, solid deodorant and toothpaste tablets sidestep the problem.
                """
            ),
        },
        {
            "heading": "Choosing the bag",
            "body": _md(
                """
                You do not need to buy anything new to try this, but the bag makes a difference. A soft backpack
                of around 35 to 40 litres squeezes into overhead lockers and sizing frames that defeat rigid
                suitcases, and it leaves your hands free on stairs and crowded platforms. A wheeled case suits
                smooth airports and city pavements better than old towns and ferries.

                Whatever you choose, weigh it empty. Some cabin cases use a quarter of the allowance before you
                pack a single sock, and that is weight you could spend on a warm jumper.
                """
            ),
        },
        {
            "heading": "A packing list that works",
            "body": _md(
                """
                Pick two or three colours that match each other, then pack for four days, not seven:

                - **Tops**: four, at least one smart enough for dinner.
                - **Bottoms**: two, plus the pair you wear on the plane.
                - **Underwear and socks**: four sets; they are quick to wash in a sink.
                - **One warm layer**: a thin jumper or fleece.
                - **One waterproof**: a light jacket that packs into its own pocket.
                - **Shoes**: one comfortable pair on your feet and, at most, one light pair in the bag.
                - **Sleepwear** that doubles as lounge wear.
                - **Toiletries** in travel sizes, and a small first-aid kit with plasters and any medicines you need.
                - **Chargers** and a plug adaptor in a single pouch.
                """
            ),
        },
        {
            "heading": "Packing techniques",
            "body": _md(
                """
                Roll soft clothes tightly; it saves space and reduces creases. Packing cubes or simple cloth bags
                keep categories together so the bag does not explode when you open it. Stuff socks inside shoes,
                and put the heaviest items at the end near the wheels or the bottom of a backpack.

                Wear your bulkiest clothes and shoes on the journey. A jacket with deep pockets can carry a book,
                a charger and a snack through the gate without counting against your allowance.
                """
            ),
        },
        {
            "heading": "Laundry on the road",
            "body": _md(
                """
                Washing is what makes a four-day wardrobe last a week. A small bottle of travel wash and a sink
                are enough: wash in the evening, roll each item in a towel and press out the water, then hang it
                up. Merino wool and synthetic fabrics dry overnight; thick cotton does not, so leave your heaviest
                jeans at home.

                Halfway through a longer trip, a self-service laundrette takes an hour and resets everything.
                """
            ),
        },
        {
            "heading": "What to leave behind",
            "body": _md(
                """
                Most people come home having never touched a third of what they packed. The usual culprits are
                "just in case" outfits, a second jacket, full-size toiletries and more than one pair of smart
                shoes. Almost anything you forget can be bought at your destination, often cheaply.

                After your trip, make a note of what you did not use. Next time, leave it out.
                """
            ),
        },
    ],
    "history": [
        {
            "day": -11,
            "comment": "First draft",
            "rewrites": [("pack for four days, not seven", "pack for five days"), (TSA_LINK, "TSA liquids page")],
        },
        {
            "day": -9,
            "comment": "Four days of clothes is enough; publish",
            "publish": True,
            "rewrites": [(TSA_LINK, "TSA liquids page")],
        },
        {"day": -2, "user": "sam", "comment": "Link the official liquids rules", "minor": True},
    ],
}


CFPB_LINK = (
    "[guide to building an emergency fund]"
    "(https://www.consumerfinance.gov/an-essential-guide-to-building-an-emergency-fund/)"
)

# Added on the last edit of the emergency fund article.
EMERGENCY_FUND_LATER = [
    ("- **Round up.** Some banks move the spare change from each card payment into savings.\n", ""),
    (CFPB_LINK, "guide to building an emergency fund"),
]

EMERGENCY_FUND = {
    "slug": "emergency-fund-when-money-is-tight",
    "title": "Building an Emergency Fund When Money Is Tight",
    "topic": "Personal Finance",
    "author": "tom",
    "status": "published",
    "publish_day": -4,
    "summary": (
        "An emergency fund turns a broken boiler from a crisis into an inconvenience. How much to aim for, "
        "where to keep it and how to build it a little at a time, even on a small income."
    ),
    "sections": [
        {
            "heading": "What an emergency fund is for",
            "body": _md(
                """
                An emergency fund is money set aside for the bills nobody plans: the car that will not start, the
                boiler that gives up in January, a vet visit, or a gap between jobs. Its job is to stop a small
                shock from becoming debt.

                Without it, the usual fallback is a credit card, an overdraft or a payday loan, and interest turns
                a £300 repair into a much larger bill paid off over months. With it, the repair is simply paid, and
                you rebuild the fund afterwards.
                """
            ),
        },
        {
            "heading": "How much is enough",
            "body": _md(
                """
                You will often read that you need three to six months of spending. That is a good long-term goal,
                but it can feel so far away that people never start. A more useful way to think about it is in
                stages:

                - **First target: a starter buffer.** Enough for one typical surprise bill, perhaps £500 or one
                  week's take-home pay.
                - **Second target: one month of essentials.** Rent or mortgage, bills, food and travel to work.
                - **Long-term target: three months of essentials**, or more if your income is irregular or you
                  support others on one wage.

                Each stage makes the next emergency less frightening, so every one counts.
                """
            ),
        },
        {
            "heading": "Where to keep it",
            "body": _md(
                """
                The fund needs to be safe, separate and reachable within a day or two. An easy-access savings
                account in your own name, at a bank covered by your country's deposit guarantee, ticks every box.

                Keep it apart from your everyday account so it does not quietly disappear into the weekly shop,
                but not so locked away that you turn to a credit card in an emergency because the savings take
                a month to withdraw. Investments that can fall in value are not the place for this money.

                Give the account a name you will notice, such as "Boiler and car fund". It sounds trivial, but a
                label makes it much harder to raid the money for a sale or a night out.
                """
            ),
        },
        {
            "heading": "Finding the money",
            "body": _md(
                """
                On a tight budget, the amounts will be small at first, and that is fine. Habits matter more than
                sums:

                - **Automate it.** A standing order on payday, even £10, moves money before you can spend it.
                - **Save windfalls.** Tax refunds, birthday money, a bonus or a sold bike can jump-start the fund.
                - **Round up.** Some banks move the spare change from each card payment into savings.
                - **Trim one bill.** Switch an energy tariff, cancel an unused subscription or haggle over
                  broadband, and send the saving straight to the fund.
                - **Keep a "no-spend" weekend** once a month and save what you would have spent.

                The US Consumer Financial Protection Bureau has a practical
                [guide to building an emergency fund](https://www.consumerfinance.gov/an-essential-guide-to-building-an-emergency-fund/)
                with more ideas that apply wherever you live.
                """
            ),
        },
        {
            "heading": "Using it without guilt",
            "body": _md(
                """
                People who have worked hard to save often hesitate to touch the money. But an emergency fund that
                is never used for emergencies has not done its job. Before you dip in, ask three questions: is it
                necessary, is it urgent, and is it unexpected? If the answer is yes, use it, and then restart the
                standing order to fill it up again.

                Expenses you can see coming, such as the car service, the annual insurance and holiday presents,
                deserve their own smaller savings pots so they do not drain the emergency fund.
                """
            ),
        },
        {
            "heading": "If you are already in debt",
            "body": _md(
                """
                Saving while paying off debt can feel backwards, but a small buffer stops every new surprise from
                going onto the card you are trying to clear. Many advisers suggest building the starter buffer
                first, then putting everything extra towards the most expensive debt. If repayments feel
                unmanageable, free and confidential debt advice charities can help you make a plan.
                """
            ),
        },
    ],
    "history": [
        {
            "day": -6,
            "comment": "First draft",
            "sections": 5,
            "rewrites": [
                ("Each stage makes the next emergency less frightening, so every one counts.", ""),
                *EMERGENCY_FUND_LATER,
            ],
        },
        {
            "day": -4,
            "comment": "Add a section for readers in debt; publish",
            "publish": True,
            "rewrites": EMERGENCY_FUND_LATER,
        },
        {"day": -1, "comment": "Mention rounding up and a link to the CFPB guide"},
    ],
}


DRAUGHTS = {
    "slug": "keeping-warm-for-less-finding-and-fixing-draughts",
    "title": "Keeping Warm for Less: Finding and Fixing Draughts",
    "topic": "Home",
    "author": "tom",
    "status": "published",
    "publish_day": 7,
    "summary": (
        "Draught-proofing is one of the cheapest ways to make a home warmer. How to find the gaps with a "
        "candle-free test, which fixes cost little, and where you must not block airflow."
    ),
    "sections": [
        {
            "heading": "Why draughts matter",
            "body": _md(
                """
                Heat escapes from a house in two ways: through the walls, roof and windows, and through gaps that
                let warm air out and cold air in. Insulation is expensive and disruptive. Sealing gaps is usually
                an afternoon's work with a few inexpensive materials, and you feel the difference the same
                evening.

                A draughty room also feels colder than the thermostat says, so people turn the heating up. Fix the
                draught, and you can often turn it down a degree without noticing, which saves money every day of
                winter.
                """
            ),
        },
        {
            "heading": "Finding the gaps",
            "body": _md(
                """
                Choose a cold, windy day. Close all windows and outside doors, and switch on any extractor fans to
                pull air through the house. Then move slowly around the edges of each room with the back of a damp
                hand, which is very sensitive to moving air. Check these places first:

                - Around window frames and where opening windows meet the frame.
                - Around external doors, at the bottom and along the hinge side.
                - Letterboxes and keyholes.
                - Gaps between floorboards and under skirting boards on the ground floor.
                - The loft hatch.
                - Unused fireplaces.
                - Holes where pipes and cables pass through outside walls.

                Avoid the old trick of using a candle flame. It works, but it is not worth the fire risk near
                curtains.
                """
            ),
        },
        {
            "heading": "Cheap fixes that work",
            "body": _md(
                """
                Most draughts can be stopped with materials from any hardware shop:

                - **Self-adhesive foam or rubber strips** for the edges of windows and doors that open.
                - **Brush or hinged strips** for the bottom of external doors, or a simple fabric draught excluder.
                - **A letterbox brush** and a keyhole cover.
                - **Flexible filler or silicone** for fixed gaps around frames and skirting boards.
                - **A chimney balloon or removable cap** for an unused fireplace, taken out before you light a fire.
                - **Foam strip and catches** to make the loft hatch close snugly.

                Measure before you buy, clean surfaces so adhesive strips stick, and choose a thickness that lets
                the door or window still close properly.
                """
            ),
        },
        {
            "heading": "Ventilation you must keep",
            "body": _md(
                """
                Not every gap is a draught. Some openings are there on purpose, and blocking them can cause damp,
                mould, or in the worst case a dangerous build-up of carbon monoxide. Do not seal:

                - Air bricks and wall vents.
                - Trickle vents in window frames.
                - Extractor fans in kitchens and bathrooms.
                - Vents for gas fires, boilers or other fuel-burning appliances.

                If you are unsure whether an opening is needed, ask a qualified heating engineer before you cover
                it. A working carbon monoxide alarm is a good idea in any home with a fuel-burning appliance.
                """
            ),
        },
        {
            "heading": "Curtains, rugs and other quick wins",
            "body": _md(
                """
                Some of the best fixes need no tools at all. Thick or lined curtains, closed at dusk, keep a surprising
                amount of heat in; tuck them behind radiators rather than over them, so the warmth goes into the
                room and not up behind the fabric. Open them again on sunny days to let free heat in.

                On bare floorboards, a rug cuts the chill from below. A draught excluder made from an old pair of
                tights stuffed with fabric scraps works as well as a bought one. And a door kept closed between a
                heated room and a cold hallway is the simplest draught-proofing of all.
                """
            ),
        },
        {
            "heading": "Is professional draught-proofing worth it",
            "body": _md(
                """
                Old sash windows, large gaps under suspended timber floors and worn-out doors can be beyond a
                weekend fix. Specialist firms can fit hidden seals to sash windows and insulate under floors, and
                some councils and energy suppliers run grant schemes for households on low incomes.

                The UK's Energy Saving Trust has a helpful
                [draught-proofing guide](https://energysavingtrust.org.uk/advice/draught-proofing/) with typical
                costs and savings. Start with the cheap fixes; they often solve more than you expect.
                """
            ),
        },
    ],
    "history": [
        {"day": -3, "comment": "First draft", "sections": 3},
        {
            "day": -2,
            "comment": "Add ventilation warning, quick wins and grants; schedule for next week",
            "publish": True,
        },
    ],
}


DESK_STRETCHES = {
    "slug": "desk-stretches-between-meetings",
    "title": "Five-Minute Desk Stretches Between Meetings",
    "topic": "Health",
    "author": "maya",
    "status": "draft",
    "publish_day": None,
    "summary": (
        "Simple stretches for the neck, shoulders, back and hips that fit between two calls, plus the habits "
        "that matter more than any single stretch."
    ),
    "sections": [
        {
            "heading": "Why sitting still stiffens you",
            "body": _md(
                """
                Muscles and joints like variety. After an hour in one chair, with the head drifting towards the
                screen and the shoulders creeping up, the body settles into a position it was not built to hold.
                Stiffness and aches in the neck and lower back are the usual result.

                The solution is not a perfect posture, which nobody holds for long. It is changing position often.
                Short stretches are a pleasant way to do that, and a reminder to breathe out and drop the
                shoulders.
                """
            ),
        },
        {
            "heading": "The five-minute routine",
            "body": _md(
                """
                Move slowly, breathe normally, and stop anything that causes pain rather than a gentle pull. Hold
                each stretch for about twenty seconds:

                - **Chin tucks.** Sit tall and slide your chin straight back, making a double chin. Repeat five times.
                - **Neck side stretch.** Tilt one ear towards the shoulder, keeping the other shoulder low. Swap.
                - **Shoulder rolls.** Roll both shoulders up, back and down ten times.
                - **Doorway chest stretch.** Forearms on a door frame at shoulder height, step gently through.
                - **Seated twist.** Sit sideways, hold the chair back, and turn the upper body. Swap sides.
                - **Hip flexor stretch.** Stand in a short lunge, tuck the tail under, and feel the front of the
                  back hip open.
                - **Calf raises.** Rise onto your toes and lower slowly, fifteen times.
                """
            ),
        },
        {
            "heading": "Habits that matter more",
            "body": _md(
                """
                Stretching helps most when it sits inside a day that already moves:

                - Stand or walk for part of every phone call.
                - Put the water bottle on the other side of the room so refills mean getting up.
                - Set the screen so the top is roughly at eye level, and the keyboard close enough that elbows
                  stay near your sides.
                - Take the stairs when you can, and a short walk at lunchtime.

                None of this needs a gym, special clothes or more than a few minutes at a time.
                """
            ),
        },
        {
            "heading": "Eyes and hands need breaks too",
            "body": _md(
                """
                Long spells of close screen work tire the eyes as well as the back. A common rule of thumb is to
                look at something about twenty feet away for twenty seconds every twenty minutes. It relaxes the
                focusing muscles and reminds you to blink, which people do far less while concentrating.

                Hands and forearms benefit from a pause as well. Open and close the fists a few times, spread the
                fingers wide, and gently stretch the wrists by holding the palm of one hand with the other, first
                facing away from you, then facing towards you. Keep the stretch mild; wrists do not need force.
                """
            ),
        },
        {
            "heading": "Making the habit stick",
            "body": _md(
                """
                The best routine is the one you actually do. Tie it to something that already happens: the end of
                every video call, the kettle boiling, or the moment you send a long email. A calendar reminder
                titled "stand up" works for some people; a sticky note on the edge of the screen works for others.

                Do not aim for perfection. Doing two stretches on a busy day is far better than skipping the whole
                routine because there was no time for all seven.
                """
            ),
        },
        {
            "heading": "When an ache needs more than stretching",
            "body": _md(
                """
                See a doctor or physiotherapist if pain lasts more than a few weeks, wakes you at night, spreads
                down an arm or leg, or comes with numbness, tingling or weakness. Sudden severe back pain with
                problems passing urine, or numbness around the groin, needs urgent medical care.

                For everyday stiffness, though, the advice is simple and pleasant: move a little, and move often.
                A stretch between meetings is a good place to start, and your next call will feel better for it.
                """
            ),
        },
    ],
    "history": [
        {
            "day": -5,
            "comment": "First draft",
            "sections": 3,
            "rewrites": [("Hold\neach stretch for about twenty seconds", "Hold\neach stretch for a few seconds")],
        },
        {"day": -1, "comment": "Add eye and hand breaks, habits, when to see a professional; longer holds"},
    ],
}


READING_HABIT = {
    "slug": "building-a-reading-habit-that-lasts",
    "title": "How to Build a Reading Habit That Lasts",
    "topic": "Books",
    "author": "nadia",
    "status": "published",
    "publish_day": -56,
    "summary": (
        "Reading more is less about willpower than about making books easy to reach and easy to enjoy: a few "
        "pages a day, the right book, and permission to stop one you dislike."
    ),
    "sections": [
        {
            "heading": "Why the habit slips",
            "body": _md(
                """
                Many adults remember reading for hours as children and wonder where the habit went. It rarely
                disappears because people stop enjoying books. It gets crowded out: by long days, by a phone that
                is always within reach, and by the feeling that reading needs a free evening that never comes.

                A reading habit is built like any other. Make it small, make it easy to start, and attach it to
                something that already happens every day. The sums are encouraging: ten pages a day adds up to
                about a dozen books of average length in a year.
                """
            ),
        },
        {
            "heading": "Start smaller than you think",
            "body": _md(
                """
                Set a floor, not a target. A floor is the least you will do on a bad day, and it keeps the habit
                alive when life is busy:

                - **Ten pages or ten minutes**, whichever comes first. On good days you will read more.
                - **Pick a fixed moment**: with the first coffee, on the bus, at lunch, or in bed before the
                  light goes off.
                - **Keep the book where the moment happens**: on the pillow, in your bag, beside the kettle.
                - **Track it lightly**: a tick on a calendar or a line in a notebook. A visible chain of days is
                  oddly motivating, and a gap in it is easy to notice.

                Do not wait for a long quiet afternoon. Those are lovely when they come, but the habit is made of
                ordinary ten-minute pockets.
                """
            ),
        },
        {
            "heading": "Choose books you want to read",
            "body": _md(
                """
                The fastest way to stall is a book you feel you ought to read. Start with something that pulls
                you along: a thriller, a memoir of someone you admire, a novel a friend could not put down, a book
                about a hobby. Short novels and story collections help too, because finishing one gives a lift.

                Give yourself permission to stop. The librarian Nancy Pearl suggests giving a book fifty pages
                before deciding; if you are over fifty, subtract your age from a hundred and read that many pages
                instead. Whatever the number, there are more good books than anyone can read, so there is no need
                to spend weeks on a dull one.
                """
            ),
        },
        {
            "heading": "Make room around the phone",
            "body": _md(
                """
                The phone is the reading habit's main rival, because it is always there and always offers
                something new. A few changes tip the balance back towards the book:

                - Charge the phone outside the bedroom and keep a book on the bedside table instead.
                - Switch on a focus or do-not-disturb mode for the half hour you read.
                - Put an e-book or library app on the home screen, so that reaching for the phone in a queue can
                  mean reaching for a book.
                - Move the app that eats most of your idle minutes off the home screen for a week, and notice
                  where the time goes.

                None of this needs willpower in the moment. It simply makes the book the easier choice.
                """
            ),
        },
        {
            "heading": "Audiobooks, e-books and libraries all count",
            "body": _md(
                """
                Listening to an audiobook on a walk or while washing up is reading in every way that matters for
                enjoyment and ideas. E-readers suit people who read in bed or travel, because they are light and
                the text size can be changed; paper suits people who like to flick back and forth. Use whatever
                gets you through more pages.

                Libraries are the cheapest way to read widely. Most lend e-books and audiobooks through an app as
                well as paper books, and librarians are glad to suggest something similar to a book you loved. A
                due date is also a gentle deadline.
                """
            ),
        },
        {
            "heading": "Reading with other people",
            "body": _md(
                """
                A book club is not for everyone, but sharing books keeps the habit going. Swap recommendations
                with a friend, read the same novel as a partner or a teenager and talk about it over dinner, or
                join a reading group at your library. Even telling one person what you are reading makes it more
                likely that you will finish it.

                Keep a short list of books you want to read next, on paper or in your phone. Finishing a book
                then never leaves you empty-handed, which is when a habit most often breaks.
                """
            ),
        },
        {
            "heading": "When you fall off",
            "body": _md(
                """
                Everyone has weeks without reading: illness, a new baby, a busy season at work. Do not restart
                with the longest book on the shelf. Pick something short and easy, go back to the ten-page floor,
                and let the habit rebuild. It usually comes back faster the second time.
                """
            ),
        },
    ],
    "history": [
        {
            "day": -60,
            "comment": "First draft: small daily pages, choosing books, the phone",
            "sections": 4,
            "title": "Read More Books: A Beginner's Plan",
            "rewrites": [
                ("about a dozen books of average length in a year.", "a surprising number of books in a year."),
                ("**Ten pages or ten minutes**", "**Twenty pages**"),
                ("The librarian Nancy Pearl suggests", "Librarians often suggest"),
            ],
        },
        {
            "day": -56,
            "comment": "Add audiobooks and libraries, reading with others, restarting; publish",
            "publish": True,
            "rewrites": [("The librarian Nancy Pearl suggests", "Librarians often suggest")],
        },
        {"day": -50, "user": "sam", "comment": "Copy edit: credit Nancy Pearl for the rule of fifty"},
    ],
}


LANGUAGE = {
    "slug": "learning-a-language-as-an-adult",
    "title": "Learning a New Language as an Adult: A Realistic Plan",
    "topic": "Education",
    "author": "priya",
    "status": "published",
    "publish_day": -48,
    "summary": (
        "Adults learn languages well when they practise a little every day, listen far more than they study "
        "grammar, and start speaking early. How long it takes, and a weekly routine that fits a full life."
    ),
    "sections": [
        {
            "heading": "Adults are better learners than they think",
            "body": _md(
                """
                It is often said that languages are for children. Children who grow up with a language do tend
                to end up with a more native-sounding accent, but adults have real advantages: they already know
                how language works, they can use a dictionary and a grammar book, and they know why they are
                learning. Many people learn a language well in their thirties, fifties or seventies.

                What adults usually lack is not ability but time, and patience with being a beginner again. A plan
                that fits into ordinary days deals with both.
                """
            ),
        },
        {
            "heading": "How long it really takes",
            "body": _md(
                """
                Be honest about the time. The US Foreign Service Institute, which trains diplomats, estimates that
                an English speaker needs roughly 600 to 750 hours of classes to work comfortably in a language
                close to English, such as Spanish, French or Italian, and around 2,200 hours for Arabic, Japanese,
                Korean or Mandarin. Those figures are for full-time learners with teachers.

                You do not need that level to enjoy a language. The Council of Europe's scale of language ability,
                the [CEFR](https://www.coe.int/en/web/common-european-framework-reference-languages), runs from A1
                to C2. A solid A2, where you can handle shopping, directions and simple conversations about
                yourself, is a realistic goal for a first year of a few hours a week.
                """
            ),
        },
        {
            "heading": "A little every day beats a lot on Sunday",
            "body": _md(
                """
                Memory works by repetition with gaps in between. Twenty minutes a day will take you further than
                two hours once a week, and it is easier to protect. A weekly rhythm might look like this:

                - **Every day**: ten minutes of vocabulary with spaced-repetition flashcards, which show each word
                  again just before you are likely to forget it.
                - **Every day**: ten minutes of listening: a podcast for learners, a song, or a short video.
                - **Twice a week**: half an hour with a course book or a class, for grammar and structure.
                - **Once a week**: a conversation, even a short one.
                - **At the weekend**: something for pleasure, such as a film, a children's book or a recipe in the
                  language.
                """
            ),
        },
        {
            "heading": "Listen more than you study",
            "body": _md(
                """
                Grammar explains a language; listening and reading teach it. Look for material you understand
                most of, with a few new words each time: graded readers written for learners, slow news podcasts,
                or a television series you already know in your own language. Following the story lets your brain
                pick up patterns without effort.

                Read aloud now and then, and try *shadowing*: play a short recording and repeat it a second behind
                the speaker. It trains pronunciation and rhythm far better than silent study.
                """
            ),
        },
        {
            "heading": "Speak from the first month",
            "body": _md(
                """
                Most adults wait until they feel ready to speak, and that day never comes. Start early, with
                simple sentences:

                - Book a tutor online for half an hour a week; many cost less than a meal out.
                - Find a language exchange partner who is learning your language, and split the time between
                  both.
                - Talk to yourself: describe what you are cooking or where you are walking.
                - Prepare a few sentences about yourself, your work and why you are learning, because everyone
                  asks.

                Mistakes are part of it. Native speakers are usually pleased that you are trying, and each
                correction is a lesson you will remember far longer than a page of rules.
                """
            ),
        },
        {
            "heading": "Keeping going when progress feels slow",
            "body": _md(
                """
                Every learner reaches a plateau, often at the point where textbook dialogues are easy but real
                conversations still race past. It is a sign of progress, not failure. Change the material rather
                than giving up: switch to a podcast about something you love, or set a small real-world goal, such
                as ordering a whole meal or reading one news article a week.

                Keep a note of what you can do now that you could not do three months ago. Looking back is the
                best cure for feeling stuck.
                """
            ),
        },
    ],
    "history": [
        {
            "day": -52,
            "comment": "First draft: time estimates and a weekly routine",
            "sections": 3,
            "title": "Learning a Language After 30",
            "rewrites": [
                ("Twenty minutes a day will take you further than", "Daily practice will take you further than"),
                (
                    "[CEFR](https://www.coe.int/en/web/common-european-framework-reference-languages)",
                    "CEFR",
                ),
            ],
        },
        {
            "day": -48,
            "comment": "Add listening, speaking and plateaus; publish",
            "publish": True,
            "rewrites": [
                (
                    "[CEFR](https://www.coe.int/en/web/common-european-framework-reference-languages)",
                    "CEFR",
                ),
            ],
        },
        {"day": -40, "user": "sam", "comment": "Link the CEFR scale; FSI figures checked", "minor": True},
    ],
}


AAP_MEDIA_PLAN = "[Family Media Plan](https://www.healthychildren.org/English/fmp/Pages/MediaPlan.aspx)"

SCREEN_TIME = {
    "slug": "screen-time-agreements-with-children",
    "title": "Screen Time Without the Fights: Writing a Family Agreement",
    "topic": "Family",
    "author": "nadia",
    "status": "published",
    "publish_day": -14,
    "summary": (
        "A short agreement, written with your children rather than for them, settles most arguments about "
        "screens before they start. What to put in it at each age, and how to keep it fair for the adults too."
    ),
    "sections": [
        {
            "heading": "Why an agreement works better than rules",
            "body": _md(
                """
                Rules announced in the middle of an argument rarely last. A screen-time agreement is different:
                it is written together, on a calm day, and pinned where everyone can see it. Children are far more
                likely to keep limits they helped to set, and parents stop renegotiating every evening.

                An agreement is not only about minutes. It also covers when and where screens are used, what kind
                of content is fine, and what happens when things go wrong. Many families find that the *when* and
                *where* matter more than the total.
                """
            ),
        },
        {
            "heading": "What to include",
            "body": _md(
                """
                Keep it to one page. Most family agreements cover:

                - **Screen-free times**: meals, the first hour after school, and the hour before bed.
                - **Screen-free places**: bedrooms at night, with phones and tablets charging in a shared spot
                  such as the kitchen.
                - **Content**: which games and apps are fine, and how you decide about new ones. Age ratings are
                  a starting point, not the whole answer.
                - **Balance**: sleep, homework, time outdoors and chores come first; screens fit around them.
                - **Safety**: never share passwords, addresses or photos with strangers, and always tell an adult
                  if something online feels wrong, without fear of losing the device.
                - **Consequences**: agreed in advance, short, and related to screens, such as a day without the
                  game.

                The American Academy of Pediatrics offers a free
                [Family Media Plan](https://www.healthychildren.org/English/fmp/Pages/MediaPlan.aspx) tool that
                walks you through these choices.
                """
            ),
        },
        {
            "heading": "Adjust it for age",
            "body": _md(
                """
                Young children need the most structure and the least screen time. The American Academy of
                Pediatrics suggests avoiding screens other than video calls before about 18 months, and for
                children aged two to five, around an hour a day of good-quality programmes, ideally watched with
                an adult who talks about them.

                Primary-school children can take part in the discussion and start to manage a timer themselves.
                Teenagers need a say in almost everything, and agreements with them work better when they focus on
                sleep, safety and school rather than exact minutes. The aim, by the late teens, is a young person
                who can manage screens without you.
                """
            ),
        },
        {
            "heading": "Writing it together",
            "body": _md(
                """
                Choose a quiet moment, not the evening after a row. Ask each child what they love about their
                games, videos or chats, and listen properly; you will learn what matters to them. Then ask what
                they think is fair. Children often suggest stricter limits than their parents expected.

                Write the agreement in plain words, let everyone sign it, and give it a review date, perhaps at
                the start of each school term. Children grow, games change, and an agreement that never changes
                soon stops being taken seriously.
                """
            ),
        },
        {
            "heading": "The rules apply to adults too",
            "body": _md(
                """
                Children notice when a parent scrolls at the dinner table while enforcing a no-phones-at-meals
                rule. If the agreement says phones stay in the kitchen overnight, the adults' phones go there
                too; an old-fashioned alarm clock makes that easier.

                What you do matters more than any app. Put the phone down when a child is talking to you, and say
                out loud when you choose to switch off: "I'm putting my phone away so we can play." Children copy
                what they see far more than what they are told.
                """
            ),
        },
        {
            "heading": "When the agreement is broken",
            "body": _md(
                """
                It will be broken, and that is normal. Apply the consequence you agreed, calmly and briefly,
                without a lecture, and move on. If the same rule is broken every week, it may be the wrong rule:
                bring it to the next review.

                Parental controls on devices and on the home router can support the agreement, especially for
                younger children, but they are a safety net, not a replacement for conversation. Older children
                can usually find a way round them. Trust is what keeps them telling you when something online
                worries them.
                """
            ),
        },
    ],
    "history": [
        {
            "day": -20,
            "comment": "First draft",
            "sections": 4,
            "title": "A Screen-Time Agreement for Your Family",
            "rewrites": [
                ("Children often suggest stricter limits than their parents expected.", ""),
                (AAP_MEDIA_PLAN, "Family Media Plan"),
            ],
        },
        {
            "day": -14,
            "comment": "Add rules for the adults and what to do when it is broken; publish",
            "publish": True,
            "rewrites": [(AAP_MEDIA_PLAN, "Family Media Plan")],
        },
        {"day": -13, "user": "sam", "comment": "Link the AAP Family Media Plan", "minor": True},
    ],
}


COUCH_TO_5K = (
    "[Couch to 5K](https://www.nhs.uk/live-well/exercise/running-and-aerobic-exercises/get-running-with-couch-to-5k/)"
)

RUNNING = {
    "slug": "starting-to-run-after-forty",
    "title": "Starting to Run After 40: A Gentle First Eight Weeks",
    "topic": "Sports",
    "author": "maya",
    "status": "published",
    "publish_day": -35,
    "summary": (
        "You can start running at any age if you build up slowly. A run-walk plan, the strength work that keeps "
        "calves and knees happy, and the signs that mean stop and get checked."
    ),
    "sections": [
        {
            "heading": "It is not too late",
            "body": _md(
                """
                Plenty of people run their first race in their forties, fifties or later. Bodies do change with
                age: muscles and tendons take longer to recover, and stiffness arrives sooner after a hard day.
                None of this rules running out. It means the first weeks should be gentler than a
                twenty-year-old's plan, with more rest and a little strength work.

                Running is cheap, fits into half an hour and starts at the front door. Regular aerobic exercise
                helps the heart, blood pressure, mood and sleep, and it is never too late to gain those benefits.
                """
            ),
        },
        {
            "heading": "Before your first run",
            "body": _md(
                """
                Most people can start without seeing a doctor. Speak to one first if you have a heart condition,
                chest pain or dizziness on exertion, blood pressure that is not under control, or a joint problem
                that already limits walking, or if you have been told to be careful with exercise.

                The kit can be simple:

                - **Shoes that feel comfortable** the moment you try them on, ideally from a shop that lets you
                  jog a few steps. Comfort matters more than the brand or the technology.
                - **Clothes that do not rub**, and a light layer you can tie round your waist.
                - **A watch or phone** to time the intervals.
                """
            ),
        },
        {
            "heading": "The run-walk plan",
            "body": _md(
                """
                Alternating running and walking lets your heart, lungs, muscles and tendons adapt together. Go out
                three times a week with a rest day between runs, and start every session with five minutes of
                brisk walking:

                1. **Weeks 1 and 2**: run 1 minute, walk 2 minutes, eight times.
                2. **Weeks 3 and 4**: run 2 minutes, walk 2 minutes, six times.
                3. **Weeks 5 and 6**: run 4 minutes, walk 1 minute, five times.
                4. **Weeks 7 and 8**: run 8 minutes, walk 1 minute, three times.

                Run slowly enough to talk in short sentences. If a week feels hard, repeat it; there is no prize
                for keeping to the schedule. The NHS
                [Couch to 5K](https://www.nhs.uk/live-well/exercise/running-and-aerobic-exercises/get-running-with-couch-to-5k/)
                plan follows the same idea over nine weeks, with a free app that talks you through each run.
                """
            ),
        },
        {
            "heading": "Strength: the part most beginners skip",
            "body": _md(
                """
                From middle age, muscle slowly declines unless it is used, and the calves and Achilles tendons
                take much of the load when you run. Two short strength sessions a week make running feel easier
                and help prevent the niggles that stop many beginners:

                - **Calf raises** on a step: rise onto your toes and lower slowly, three sets of fifteen.
                - **Squats** to a chair, ten to fifteen times.
                - **Step-ups** onto a low step, ten on each leg.
                - **Glute bridges**, lying on your back, fifteen times.
                - **A side plank** on your knees or feet, twenty seconds each side.
                """
            ),
        },
        {
            "heading": "Recovery counts as training",
            "body": _md(
                """
                Fitness grows on the rest days, not during the run. Sleep well, eat a meal with some protein after
                running, and keep rest days genuinely easy: a walk or a swim, not another run. Some stiffness the
                next day is normal and fades as you move. Soreness that gets worse with each run is a sign to ease
                off.

                Keep building slowly once the eight weeks are done. Adding about a tenth to your weekly running
                time is a common rule of thumb; there is little science behind the exact number, but it guards
                against the classic mistake of doing too much too soon because you finally feel fit.
                """
            ),
        },
        {
            "heading": "Pain and warning signs",
            "body": _md(
                """
                Stop running and get medical help straight away if you feel chest pain or pressure, unusual
                breathlessness, a racing or irregular heartbeat, or faintness. These are rare, but they are not
                something to push through.

                For aches, a simple guide helps. Mild discomfort that eases as you warm up and is gone the next
                day is usually fine. See a physiotherapist or doctor if pain makes you limp, gets worse during a
                run, is sore at one small spot on a bone, or lasts more than a week or two. Early advice turns a
                long lay-off into a short one.
                """
            ),
        },
    ],
    "history": [
        {
            "day": -38,
            "comment": "First draft: kit and the run-walk plan",
            "sections": 3,
            "title": "Running After 40",
            "rewrites": [
                ("Run slowly enough to talk in short sentences.", "Run at a comfortable pace."),
                ("**Weeks 1 and 2**: run 1 minute, walk 2 minutes", "**Weeks 1 and 2**: run 2 minutes, walk 1 minute"),
                (COUCH_TO_5K, "Couch to 5K"),
            ],
        },
        {
            "day": -35,
            "comment": "Add strength work, recovery and warning signs; publish",
            "publish": True,
            "rewrites": [
                (COUCH_TO_5K, "Couch to 5K"),
                (
                    "there is little science behind the exact number, but it guards",
                    "stick to it and it guards",
                ),
            ],
        },
        {
            "day": -28,
            "user": "sam",
            "comment": "Link the NHS Couch to 5K plan; the ten per cent rule is a rule of thumb, not science",
        },
    ],
}


FTC_LINK = "[ReportFraud.ftc.gov](https://reportfraud.ftc.gov/)"

PHONE_SCAMS = {
    "slug": "helping-an-older-parent-stay-safe-from-phone-scams",
    "title": "Helping an Older Parent Stay Safe From Phone Scams",
    "topic": "Technology",
    "author": "tom",
    "status": "published",
    "publish_day": -24,
    "summary": (
        "Scammers reach older people by phone, text and messaging apps. The settings that filter the worst of "
        "it, a family code word, and how to help without taking over."
    ),
    "sections": [
        {
            "heading": "Why older people are targeted",
            "body": _md(
                """
                Scammers go where the money and the trust are. Older people often have savings, a phone number
                that has not changed in decades, and a habit of being polite to callers. None of that means they
                are easily fooled: modern scams are professional, rehearsed and convincing, and they catch people
                of every age, including the young and confident.

                The aim here is not to take control of someone's phone. It is to set up a few safety nets
                together, and to agree what to do when a call or message feels wrong.
                """
            ),
        },
        {
            "heading": "The scams to know",
            "body": _md(
                """
                Most scams follow a handful of scripts. Talk them through, so they are familiar when they arrive:

                - **The bank or police call**: the account is "under attack" and the money must be moved to a
                  safe account. No real bank or police force ever asks for this.
                - **"Hi Mum, I've lost my phone"**: a message from a new number, claiming to be a son or daughter
                  who urgently needs a bill paid.
                - **Parcel and bill texts**: a missed delivery or an unpaid bill, with a link to pay a small fee.
                - **Tech support**: a pop-up or a call saying the computer has a virus, asking to install
                  software that lets the caller "fix" it.
                - **Romance and friendship scams**: a warm online contact who, after weeks of chatting, suddenly
                  needs money for an emergency.

                The common thread is pressure: urgency, secrecy, and a request for money, codes or remote access.
                """
            ),
        },
        {
            "heading": "Settings that filter the worst",
            "body": _md(
                """
                Sit down together with the phone and change a few settings, explaining each one as you go:

                - **Filter unknown and spam calls.** On an iPhone, *Silence Unknown Callers* in the Phone settings
                  sends numbers that are not in the contacts straight to voicemail. Many Android phones have a
                  caller ID and spam setting in the Phone app that filters suspected spam.
                - **Keep automatic updates on** for the phone and its apps; updates close security holes.
                - **Set a screen lock** with a PIN, fingerprint or face.
                - **Save the real numbers** of the bank, the doctor's surgery and the family, so genuine callers
                  show up with a name.
                - **Register with a call-blocking service** where one exists, such as the Telephone Preference
                  Service in the UK. It will not stop criminals, but fewer genuine sales calls make an unexpected
                  one stand out.
                - **Turn on two-step verification** for email and banking, and agree never to read those codes
                  out to anyone.
                """
            ),
        },
        {
            "heading": "A family code word and a call-back rule",
            "body": _md(
                """
                Two simple agreements defeat most scripts:

                - **Hang up and call back** on a number you already know: the one on the back of the bank card,
                  or a child's saved number. Scammers can fake the number shown on the screen, so a familiar number
                  is not proof. Use a different phone if you can. In the UK, dialling 159 reaches the fraud line of
                  most major banks.
                - **A family code word**, known only to close family, for any call or message that asks for
                  money. A real son or daughter will know it; a scammer will not.

                Write both on a card and keep it beside the phone. Under pressure, people forget rules they would
                never break on a calm day.
                """
            ),
        },
        {
            "heading": "Help without taking over",
            "body": _md(
                """
                Nobody likes being treated as incapable. Talk about scams as something that happens to everyone,
                perhaps starting with one that nearly caught you. Offer to be the person they can call without
                embarrassment, at any hour, before doing anything a caller asks.

                If a parent has memory problems, more protection may be kind: extra security settings on the bank
                account, a trusted person added to it, or a formal arrangement such as a lasting power of attorney
                in England and Wales. Ask the bank what it offers; many have teams for customers who need extra
                support.
                """
            ),
        },
        {
            "heading": "If money has already gone",
            "body": _md(
                """
                Act fast and without blame. Call the bank at once on the number on the card: the sooner it knows,
                the better the chance of stopping or recovering a payment. Change any passwords that were shared,
                and report the scam. In the UK, forward scam texts to 7726 and report fraud to the police's
                national fraud reporting service; in the US, report it to the Federal Trade Commission at
                [ReportFraud.ftc.gov](https://reportfraud.ftc.gov/).

                Then look after the person. Being scammed brings shame and sleepless nights. Remind them that the
                criminals are the ones who did wrong, and that reporting it helps protect the next person.
                """
            ),
        },
    ],
    "history": [
        {
            "day": -27,
            "comment": "First draft: the common scams and phone settings",
            "sections": 3,
            "title": "Protecting Your Parents From Scams",
            "rewrites": [
                ("None of that means they\nare easily fooled", "That makes them\neasy targets"),
                (
                    "It will not stop criminals, but fewer genuine sales calls make an unexpected\n  one stand out.",
                    "It stops unwanted calls.",
                ),
            ],
        },
        {
            "day": -24,
            "comment": "Add the code word, helping without taking over, and what to do after a scam; publish",
            "publish": True,
            "rewrites": [
                (
                    "It will not stop criminals, but fewer genuine sales calls make an unexpected\n  one stand out.",
                    "It stops unwanted calls.",
                ),
                (FTC_LINK, "ReportFraud.ftc.gov"),
            ],
        },
        {
            "day": -21,
            "user": "sam",
            "comment": "Fact check: call blocking does not stop criminals; link the FTC reporting site",
        },
    ],
}


SKETCHING = {
    "slug": "sketching-ten-minutes-a-day",
    "title": "Ten Minutes a Day: Starting a Sketching Habit",
    "topic": "Arts",
    "author": "leo",
    "status": "published",
    "publish_day": -6,
    "summary": (
        "Drawing is a skill, not a talent, and ten minutes a day with a cheap pencil is enough to see real "
        "progress. What to buy, what to draw first, and how to stop worrying about mistakes."
    ),
    "sections": [
        {
            "heading": "Drawing is a skill, not a gift",
            "body": _md(
                """
                Most adults stopped drawing at about ten, when their pictures stopped looking "right" and someone
                else in the class seemed to have the gift. But drawing is mostly learned seeing: noticing the real
                shape of things instead of the symbol in our heads. Like handwriting or cooking, it improves with
                practice, and the improvement is quick at the start.

                A daily sketch also does something beyond art. Ten minutes of close looking is calming, and many
                people find it works like a short meditation, with the bonus of a book of small pictures at the
                end of the year.
                """
            ),
        },
        {
            "heading": "What you need",
            "body": _md(
                """
                Keep the kit small enough to carry everywhere:

                - **A pocket sketchbook**, A5 or smaller, with paper thick enough that ink does not show through.
                - **A soft pencil**, such as a 2B, and a sharpener.
                - **A fine black pen**, for days when you want to commit to the line.
                - **An eraser**, used sparingly.

                Expensive materials do not make better drawings. A cheap sketchbook you are not afraid to fill is
                worth more than a beautiful one kept for best.
                """
            ),
        },
        {
            "heading": "What to draw first",
            "body": _md(
                """
                Start with whatever is in front of you and holds still: a mug, a shoe, a house plant, your keys,
                a piece of fruit, the view from a window. Everyday objects teach shape, proportion and light
                without the pressure of a grand subject.

                A few exercises build skill quickly:

                - **Blind contour**: draw the edge of an object slowly without looking at the paper. The result
                  is wobbly, and that is the point: your eye learns to follow the form.
                - **Shapes first**: see the object as boxes, cylinders and balls before adding any detail.
                - **Light and shadow**: half-close your eyes, find the darkest area, and shade only that.
                - **One-minute sketches**: several quick drawings of the same thing from different sides.
                """
            ),
        },
        {
            "heading": "Make it a habit, not a project",
            "body": _md(
                """
                Tie the ten minutes to something that already happens: the first coffee, the lunch break, the
                wait for a train. Date every page; it turns the book into a diary and lets you see progress over
                the weeks. Aim to show up, not to make a good drawing. Some days the sketch will be dull, and that
                is fine.

                It helps to have a default subject for days when nothing comes to mind. Some people draw their
                breakfast every morning, others the same street corner in every season, or one object from each
                room of the house. A running theme takes the decision away and becomes a series worth looking back
                on.

                If every day is too much, three sessions a week still add up. What matters most is keeping the
                sketchbook with you, so that the chance to draw is always there.
                """
            ),
        },
        {
            "heading": "Be kind to your mistakes",
            "body": _md(
                """
                Every sketchbook is full of drawings that went wrong. Resist tearing out pages: a poor drawing
                shows you what to look at more carefully next time. If a drawing goes badly, start another beside
                it rather than rubbing out the first. Try drawing in pen for a week so that you cannot erase; it
                forces decisions and makes your lines bolder.

                Compare your drawings only with your own from a month ago, never with finished work online, which
                hides the hundreds of sketches that came before it.
                """
            ),
        },
        {
            "heading": "Drawing with others",
            "body": _md(
                """
                Sketching alone is lovely, but company helps on days when motivation is low. Many towns have
                life-drawing classes or informal groups that meet to draw in cafés, museums and parks, and the
                Urban Sketchers network has local groups in cities around the world that welcome beginners.

                Many museums allow pencil sketching in their galleries; check the rules before you go. Drawing a
                sculpture for twenty minutes is one of the best ways to really see it.
                """
            ),
        },
    ],
    "history": [
        {
            "day": -9,
            "comment": "First draft: the kit and first exercises",
            "sections": 3,
            "title": "Learn to Sketch in Ten Minutes a Day",
            "rewrites": [
                ("**A soft pencil**, such as a 2B, and a sharpener.", "**A set of drawing pencils** from 2H to 8B."),
                ("Expensive materials do not make better drawings.", "Good materials make drawing easier."),
            ],
        },
        {
            "day": -6,
            "comment": "Add the habit, mistakes and drawing with others; publish",
            "publish": True,
            "rewrites": [("check the rules before you go. Drawing a", "drawing a")],
        },
        {"day": -5, "user": "sam", "comment": "Copy edit: museum sketching rules vary"},
    ],
}


FIRST_CAR = {
    "slug": "first-car-monthly-checks",
    "title": "Your First Car: A Ten-Minute Monthly Check",
    "topic": "Autos",
    "author": "tom",
    "status": "published",
    "publish_day": -2,
    "summary": (
        "Ten minutes once a month catches most of the problems that strand drivers or fail inspections: tyres, "
        "fluids, lights and wipers, what the warning lights mean, and when to leave it to a garage."
    ),
    "sections": [
        {
            "heading": "Why a monthly check is worth it",
            "body": _md(
                """
                A car rarely fails without warning. Tyres lose pressure slowly, the oil level drops over months,
                a bulb blows and nobody notices. A short routine once a month, on a dry day with the engine cold,
                catches most of these before they become a breakdown, a failed inspection or a fine.

                You need little more than a tyre pressure gauge, a cloth and the car's handbook. Keep the handbook
                in the glovebox: it lists the right pressures, fluids and service intervals for your car, and no
                general guide can replace it.
                """
            ),
        },
        {
            "heading": "Tyres: pressure and tread",
            "body": _md(
                """
                Tyres are the only part of the car that touches the road, and they matter most for braking and
                steering:

                - **Pressure**: check it when the tyres are cold, using the figures in the handbook or on the
                  sticker inside the driver's door or fuel flap. Under-inflated tyres wear faster, use more fuel
                  and handle worse.
                - **Tread depth**: the legal minimum in the UK and across the EU is 1.6 mm across the central
                  three-quarters of the tread. A quick check in the UK is the 20p test: put a 20p coin into the
                  main grooves, and if the outer band of the coin is visible, have the tyres checked at a garage.
                - **Damage**: look for cuts, bulges and anything stuck in the tread, and check the spare wheel
                  or inflation kit too.
                """
            ),
        },
        {
            "heading": "Under the bonnet",
            "body": _md(
                """
                Park on level ground and let the engine cool for at least ten minutes. Then check:

                - **Engine oil**: pull out the dipstick, wipe it, push it fully back in and pull it out again.
                  The level should sit between the two marks. Top up a little at a time with the oil grade the
                  handbook gives.
                - **Coolant**: the level in the see-through expansion tank should be between the minimum and
                  maximum lines. Never open the cap while the engine is hot; the liquid is under pressure and can
                  scald.
                - **Screen wash**: top it up with proper washer fluid, which in winter also stops it freezing.
                - **Brake fluid**: the level should be near the maximum line. If it keeps dropping, take the car
                  to a garage, because that can mean a leak or worn brakes.
                """
            ),
        },
        {
            "heading": "Lights, wipers and windscreen",
            "body": _md(
                """
                Lights are easiest to check with a helper: ask someone to stand outside while you switch on the
                sidelights, dipped and main beams, indicators, hazard lights and fog lights, then press the brake
                pedal and select reverse. On your own, you can see the rear lights reflected in a garage door or
                a shop window after dark.

                Wiper blades that smear or judder need replacing, usually about once a year. A chip in the
                windscreen is cheaper to repair while it is small, and many insurance policies cover the repair.
                """
            ),
        },
        {
            "heading": "Warning lights on the dashboard",
            "body": _md(
                """
                Dashboard lights follow a colour code much like traffic lights:

                - **Red** means stop as soon as it is safe and find out why: oil pressure, engine temperature,
                  brakes or battery charging.
                - **Amber or yellow** means something needs attention soon, such as the engine management light,
                  low tyre pressure or an ABS fault.
                - **Green or blue** simply shows that something is switched on, such as headlights or cruise
                  control.

                Look up any symbol you do not recognise in the handbook before the day you need to.
                """
            ),
        },
        {
            "heading": "Servicing and keeping records",
            "body": _md(
                """
                Monthly checks do not replace a service. Follow the schedule in the handbook, by time or mileage,
                whichever comes first, and keep every receipt in one folder. A full history helps the car last
                and makes it easier to sell.

                In Great Britain, cars need an MOT test every year once they are three years old, and many other
                countries have a similar roadworthiness test. Set calendar reminders for the test, the service,
                the insurance and the road tax, so none of them arrives as a surprise. And if a check turns up
                something you are unsure about, ask a garage: a quick look costs far less than a breakdown.
                """
            ),
        },
    ],
    "history": [
        {
            "day": -4,
            "comment": "First draft: tyres and fluids",
            "sections": 3,
            "title": "First Car Checks",
            "rewrites": [
                (
                    "Never open the cap while the engine is hot; the liquid is under pressure and can\n  scald.",
                    "Top it up if it is low.",
                ),
            ],
        },
        {
            "day": -2,
            "comment": "Add lights, warning lights and servicing; publish",
            "publish": True,
            "rewrites": [("In Great Britain, cars need", "In the UK, cars need")],
        },
        {"day": -1, "user": "sam", "comment": "Fact check: the MOT rules quoted are those for Great Britain"},
    ],
}


ARTICLES = [
    TWITCHING,
    BATCH_COOKING,
    RESCUE_DOG,
    CARRY_ON,
    EMERGENCY_FUND,
    DRAUGHTS,
    DESK_STRETCHES,
    READING_HABIT,
    LANGUAGE,
    SCREEN_TIME,
    RUNNING,
    PHONE_SCAMS,
    SKETCHING,
    FIRST_CAR,
]
