"""A lively demo conversation under the muscle-twitching article, for `manage.py load_demo_comments`."""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction

from articles.models import Article

from . import services
from .models import Comment

ARTICLE_SLUG = "muscle-twitching-benign-fasciculations"

COMMENTERS = [
    {"username": "grace", "display_name": "Grace Whitlow", "location": "Dundee, Scotland"},
    {"username": "dev", "display_name": "Dev Anand", "location": "Leicester"},
    {"username": "owen", "display_name": "Owen Pryce", "location": "Cardiff"},
    {"username": "leah", "display_name": "Leah Moreau", "location": ""},
    {"username": "noor", "display_name": "Noor Haddad", "location": "Manchester"},
    {"username": "theo", "display_name": "Theo Brandt", "location": "York"},
]

# (key, parent key or None, username, days after publishing, text). Usernames maya and sam are demo authors.
THREAD = [
    (
        "grace1",
        None,
        "grace",
        3,
        "My left eyelid has been flickering on and off for about three weeks. It is exam season and I am living on "
        "coffee, so reading the list of triggers felt a bit like reading my own diary.",
    ),
    (
        "maya1",
        "grace1",
        "maya",
        3,
        "Exam stress, extra coffee and short nights together are probably the most common mix I hear about. "
        "If you can, try halving the coffee for a week and protecting one or two proper nights of sleep.",
    ),
    (
        "grace2",
        "maya1",
        "grace",
        10,
        "Update: one coffee a day and two long sleeps over the weekend, and it has nearly stopped. "
        "Thank you for the calm tone of the article.\n\nI had been reading much scarier pages before this one.",
    ),
    ("maya2", "grace2", "maya", 10, "Really glad to hear it, and thank you for coming back to tell us."),
    (
        "dev1",
        "grace1",
        "dev",
        4,
        "Same here while writing up my dissertation. I started taking magnesium in the evening and it seemed to "
        "help, although it might just have been that I handed the thing in at the same time.",
    ),
    (
        "maya3",
        "dev1",
        "maya",
        5,
        "Could well be both! If you want to try magnesium, a pharmacist can tell you whether it suits you and "
        "your other medicines. Finishing a big deadline is a very effective treatment too.",
    ),
    ("dev2", "maya3", "dev", 5, "Ha, the deadline cure. I would recommend it to anyone."),
    (
        "owen1",
        None,
        "owen",
        8,
        "My calves twitch for hours after a long run, especially in warm weather. Good to know it is normal.",
    ),
    (
        "maya4",
        "owen1",
        "maya",
        9,
        "Very normal after endurance exercise. Drinking enough before and during the run, and a gentle stretch "
        "afterwards, helps many runners. A twitch that comes with real weakness is the thing to get checked.",
    ),
    (
        "leah1",
        "owen1",
        "leah",
        9,
        "Marathon runner here: same thing. Electrolyte tablets on long days made the biggest difference for me.",
    ),
    ("owen2", "leah1", "owen", 11, "I will give those a go on Sunday's long run, thanks."),
    (
        "noor1",
        None,
        "noor",
        15,
        "Honest confession: I spent a week reading forums and convinced myself it was something serious. "
        "My GP checked my strength and reflexes, said it looked benign, and the twitching calmed down within a "
        "fortnight of me stopping the late-night searching.",
    ),
    (
        "maya5",
        "noor1",
        "maya",
        15,
        "Thank you for sharing this. Worry really does keep the cycle going, and a proper examination is the "
        "most reassuring thing there is. The section on when to see a doctor is there for exactly that.",
    ),
    (
        "sam1",
        "noor1",
        "sam",
        16,
        "Editor here: we added a paragraph about stress and health anxiety in the latest revision, partly "
        "because of comments like yours.",
    ),
    ("noor2", "sam1", "noor", 17, "That is lovely to hear. I hope it helps the next worried reader."),
    (
        "theo1",
        None,
        "theo",
        30,
        "Does anyone else get a thumb twitch while typing? It is worst on days when I have had an energy drink.",
    ),
    (
        "dev3",
        "theo1",
        "dev",
        31,
        "Yes! I swapped the afternoon energy drink for water and a walk round the block, and mine mostly went.",
    ),
]


def _person(username, display_name, location):
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={
            "email": f"{username}@demo.twitchsite.local",
            "display_name": display_name,
            "location": location,
        },
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    EmailAddress.objects.get_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
    return user


def demo_comments_load():
    """Create the demo conversation when the article exists and has none of it yet; return the number created."""
    article = Article.objects.filter(slug=ARTICLE_SLUG).select_related("author").first()
    if article is None:
        return 0
    if Comment.objects.filter(article=article, body=THREAD[0][4]).exists():
        return 0
    User = get_user_model()
    with transaction.atomic():
        people = {p["username"]: _person(p["username"], p["display_name"], p["location"]) for p in COMMENTERS}
        for staff in User.objects.filter(username__in=["maya", "sam"]):
            people[staff.username] = _person(staff.username, staff.display_name, staff.location)
        made = {}
        base = article.published_at
        for n, (key, parent_key, username, days, text) in enumerate(THREAD):
            comment = services.comment_post(
                article=article,
                author=people[username],
                body=text,
                parent=made.get(parent_key),
                run_spam=False,
                notify=False,
            )
            # Spread the conversation over the weeks after publishing.
            Comment.objects.filter(pk=comment.pk).update(
                created_at=base + timedelta(days=days, hours=9 + n % 8, minutes=7 * n % 60)
            )
            made[key] = comment
    return len(made)
