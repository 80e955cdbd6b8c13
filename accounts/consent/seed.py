"""Default purposes, services and texts, loaded by a data migration and editable in the admin afterwards.

Plain data only (no model imports) so the migration can replay it with historical models.
Which of the usual "strictly necessary" entries really are necessary is explained in docs/consent.md.
"""

GOOGLE_PRIVACY = "https://policies.google.com/privacy"
META_PRIVACY = "https://www.facebook.com/privacy/policy/"
AMAZON_PRIVACY = "https://www.amazon.com/gp/help/customer/display.html?nodeId=GX7NJQ4ZB8MHFRNJ"

TEXTS = {
    "banner_title": "Your choice about cookies and outside services",
    "banner_text": (
        "Twitchsite works without tracking you. Some extras, such as embedded videos, statistics and adverts, "
        "come from other companies that may store cookies and learn your IP address. They stay off unless you "
        "switch them on, and you can change your mind at any time under \u201cCookie settings\u201d at the "
        "bottom of every page."
    ),
    "privacy_policy_url": "/privacy/",
    "privacy_policy_text": (
        "Twitchsite keeps the data it needs to run the site: your account if you make one, what you write, and "
        "the cookies that keep you signed in and remember your consent choices. Outside services (videos, "
        "statistics, adverts) are loaded only after you agree, and each one is listed with its own privacy policy "
        "in the cookie settings. We keep a record of each consent choice for up to three years as proof, with "
        "a keyed hash of your IP address instead of the address itself. Write to privacy@twitchsite.local to "
        "ask for a copy of your data or its erasure; signed-in users can also download it from their settings."
    ),
}

PURPOSES = [
    {
        "slug": "necessary",
        "name": "Strictly necessary",
        "order": 0,
        "is_required": True,
        "description": (
            "What the site cannot work without: serving pages, keeping you signed in, protecting forms from abuse "
            "and remembering the choices you make here."
        ),
        "necessity_rationale": (
            "These items deliver the service the visitor asked for (a page, a login, a comment) or keep it secure. "
            "The ePrivacy rules exempt storage that is strictly necessary for a service the user explicitly "
            "requested, so no consent is asked. Nothing here is used for profiling or advertising."
        ),
    },
    {
        "slug": "features",
        "name": "Features and embedded content",
        "order": 1,
        "is_required": False,
        "description": (
            "Videos, maps, charts, search, payment and social login provided by other companies. They only load "
            "when you allow them, and the provider then learns that you visited the page."
        ),
    },
    {
        "slug": "statistics",
        "name": "Statistics",
        "order": 2,
        "is_required": False,
        "description": (
            "Counting visits and measuring which articles are read, so authors know what helps people. Some of "
            "these tools recognise your browser across visits."
        ),
    },
    {
        "slug": "marketing",
        "name": "Marketing and advertising",
        "order": 3,
        "is_required": False,
        "description": (
            "Adverts that pay for the site, and the measurement of whether they work. Advertising partners may "
            "build a profile of your interests from the sites you visit."
        ),
    },
]

# Each service: purpose, name, slug, description, privacy URL, hosts, storage (pattern, duration, party, kind).
SERVICES = [
    # strictly necessary
    {
        "purpose": "necessary",
        "name": "Twitchsite",
        "slug": "twitchsite",
        "description": "Our own cookies: your sign-in session, form protection and the record of your choices here.",
        "privacy_policy_url": "https://twitchsite.local/privacy/",
        "storage": [
            ("sessionid", "2 weeks, or until you log out", "first", "cookie"),
            ("csrftoken", "1 year", "first", "cookie"),
            ("twitch_consent", "6 months", "first", "cookie"),
        ],
    },
    {
        "purpose": "necessary",
        "name": "Google reCAPTCHA",
        "slug": "recaptcha",
        "description": "Tells people from spam robots on the sign-up and comment forms; loaded only on those forms.",
        "privacy_policy_url": GOOGLE_PRIVACY,
        "hosts": ["www.google.com", "www.gstatic.com", "www.recaptcha.net"],
        "storage": [("_GRECAPTCHA", "6 months", "third", "cookie")],
    },
    {
        "purpose": "necessary",
        "name": "Akismet",
        "slug": "akismet",
        "description": "Checks submitted comments for spam on our server; nothing is loaded in your browser.",
        "privacy_policy_url": "https://automattic.com/privacy/",
        "storage": [],
    },
    {
        "purpose": "necessary",
        "name": "Amazon Web Services (hosting)",
        "slug": "hosting",
        "description": "Runs our servers and stores our files; it acts only on our behalf.",
        "privacy_policy_url": "https://aws.amazon.com/privacy/",
        "storage": [],
    },
    {
        "purpose": "necessary",
        "name": "Cloudflare (CDN)",
        "slug": "cloudflare",
        "description": "Delivers our pages quickly and filters attacks before they reach our servers.",
        "privacy_policy_url": "https://www.cloudflare.com/privacypolicy/",
        "storage": [("__cf_bm", "30 minutes", "first", "cookie")],
    },
    # features
    {
        "purpose": "features",
        "name": "YouTube",
        "slug": "youtube",
        "embed": "youtube",
        "description": "Plays videos embedded in articles, from YouTube's privacy-enhanced domain.",
        "privacy_policy_url": GOOGLE_PRIVACY,
        "hosts": ["www.youtube-nocookie.com", "www.youtube.com", "i.ytimg.com", "s.ytimg.com"],
        "storage": [
            ("VISITOR_INFO1_LIVE", "6 months", "third", "cookie"),
            ("YSC", "until the browser closes", "third", "cookie"),
            ("yt-remote-*", "until cleared", "third", "local"),
        ],
    },
    {
        "purpose": "features",
        "name": "Vimeo",
        "slug": "vimeo",
        "embed": "vimeo",
        "description": "Plays videos hosted on Vimeo inside articles.",
        "privacy_policy_url": "https://vimeo.com/privacy",
        "hosts": ["player.vimeo.com", "i.vimeocdn.com", "f.vimeocdn.com"],
        "storage": [("vuid", "2 years", "third", "cookie"), ("__cf_bm", "30 minutes", "third", "cookie")],
    },
    {
        "purpose": "features",
        "name": "Google Custom Search",
        "slug": "google-custom-search",
        "description": "An optional Google-powered search box alongside our own search.",
        "privacy_policy_url": GOOGLE_PRIVACY,
        "hosts": ["cse.google.com", "www.google.com"],
        "storage": [("NID", "6 months", "third", "cookie")],
    },
    {
        "purpose": "features",
        "name": "Google Maps",
        "slug": "google-maps",
        "description": "Shows interactive maps where an article needs one.",
        "privacy_policy_url": GOOGLE_PRIVACY,
        "hosts": ["maps.googleapis.com", "maps.gstatic.com"],
        "storage": [("NID", "6 months", "third", "cookie")],
    },
    {
        "purpose": "features",
        "name": "Google Charts",
        "slug": "google-charts",
        "description": "Draws charts inside some articles.",
        "privacy_policy_url": GOOGLE_PRIVACY,
        "hosts": ["www.gstatic.com"],
        "storage": [],
    },
    {
        "purpose": "features",
        "name": "Google AdSense host API",
        "slug": "adsense-host-api",
        "description": "Lets authors connect their own AdSense account to earn from their articles.",
        "privacy_policy_url": GOOGLE_PRIVACY,
        "hosts": ["www.googleapis.com"],
        "storage": [],
    },
    {
        "purpose": "features",
        "name": "PayPal",
        "slug": "paypal",
        "description": "Pays authors their earnings; loaded only on the payout settings page.",
        "privacy_policy_url": "https://www.paypal.com/privacy-center",
        "hosts": ["www.paypal.com", "www.paypalobjects.com"],
        "storage": [("ts", "3 years", "third", "cookie"), ("x-pp-s", "until the browser closes", "third", "cookie")],
    },
    {
        "purpose": "features",
        "name": "Facebook Login",
        "slug": "facebook-login",
        "description": "Sign in with your Facebook account instead of a password.",
        "privacy_policy_url": META_PRIVACY,
        "hosts": ["connect.facebook.net", "www.facebook.com"],
        "storage": [("fr", "3 months", "third", "cookie")],
    },
    {
        "purpose": "features",
        "name": "Maven",
        "slug": "maven",
        "description": "The publishing network whose shared video player and sign-in some partner pages use.",
        "privacy_policy_url": "https://www.themaven.net/privacy",
        "hosts": ["cdn.themaven.net"],
        "storage": [],
    },
    {
        "purpose": "features",
        "name": "Hosted libraries",
        "slug": "hosted-libraries",
        "description": "JavaScript libraries fetched from a public CDN. Twitchsite serves its own files, so this is off.",
        "privacy_policy_url": "https://developers.google.com/speed/libraries/terms",
        "hosts": ["ajax.googleapis.com"],
        "storage": [],
        "is_active": False,
    },
    # statistics
    {
        "purpose": "statistics",
        "name": "Google Analytics",
        "slug": "google-analytics",
        "embed": "script",
        "description": "Counts visits and reading time per article for authors and editors.",
        "privacy_policy_url": GOOGLE_PRIVACY,
        "hosts": ["www.googletagmanager.com", "www.google-analytics.com", "region1.google-analytics.com"],
        "script_url": "https://www.googletagmanager.com/gtag/js?id=G-DEMO000000",
        "gtag_id": "G-DEMO000000",
        "storage": [("_ga", "2 years", "first", "cookie"), ("_ga_*", "2 years", "first", "cookie")],
    },
    {
        "purpose": "statistics",
        "name": "First-party analytics",
        "slug": "first-party-analytics",
        "description": "Our own page-view counter, which remembers a random visitor number between visits.",
        "privacy_policy_url": "https://twitchsite.local/privacy/",
        "storage": [("twitch_visitor", "1 year", "first", "cookie")],
    },
    {
        "purpose": "statistics",
        "name": "Traffic pixel",
        "slug": "traffic-pixel",
        "description": "A tiny image that tells us which pages are read and where readers came from.",
        "privacy_policy_url": "https://twitchsite.local/privacy/",
        "storage": [],
    },
    {
        "purpose": "statistics",
        "name": "Device ID",
        "slug": "device-id",
        "description": "A random number stored on your device to recognise repeat visits and count unique readers.",
        "privacy_policy_url": "https://twitchsite.local/privacy/",
        "storage": [("twitch_device", "1 year", "first", "local")],
    },
    {
        "purpose": "statistics",
        "name": "Comscore",
        "slug": "comscore",
        "description": "Measures the site's audience for industry rankings.",
        "privacy_policy_url": "https://www.comscore.com/About/Privacy-Policy",
        "hosts": ["sb.scorecardresearch.com"],
        "storage": [("UID", "2 years", "third", "cookie"), ("UIDR", "2 years", "third", "cookie")],
    },
    {
        "purpose": "statistics",
        "name": "Amazon tracking pixel",
        "slug": "amazon-pixel",
        "description": "Counts visits from Amazon product links for the authors' affiliate reports.",
        "privacy_policy_url": AMAZON_PRIVACY,
        "hosts": ["fls-na.amazon.com"],
        "storage": [],
    },
    # marketing
    {
        "purpose": "marketing",
        "name": "Google AdSense",
        "slug": "google-adsense",
        "description": "Shows adverts, personalised only if you allow it.",
        "privacy_policy_url": GOOGLE_PRIVACY,
        "hosts": ["pagead2.googlesyndication.com", "tpc.googlesyndication.com", "googleads.g.doubleclick.net"],
        "storage": [("__gads", "13 months", "first", "cookie"), ("__gpi", "13 months", "first", "cookie")],
    },
    {
        "purpose": "marketing",
        "name": "Google DoubleClick",
        "slug": "google-doubleclick",
        "description": "Chooses and measures adverts across many websites.",
        "privacy_policy_url": GOOGLE_PRIVACY,
        "hosts": ["securepubads.g.doubleclick.net", "ad.doubleclick.net"],
        "storage": [("IDE", "13 months", "third", "cookie"), ("test_cookie", "15 minutes", "third", "cookie")],
    },
    {
        "purpose": "marketing",
        "name": "Index Exchange",
        "slug": "index-exchange",
        "description": "An advertising exchange that auctions our ad space to advertisers.",
        "privacy_policy_url": "https://www.indexexchange.com/privacy/",
        "hosts": ["js-sec.indexww.com", "htlb.casalemedia.com"],
        "storage": [("CMID", "1 year", "third", "cookie")],
    },
    {
        "purpose": "marketing",
        "name": "Sovrn",
        "slug": "sovrn",
        "description": "An advertising exchange that bids for our ad space.",
        "privacy_policy_url": "https://www.sovrn.com/privacy-policy/",
        "hosts": ["ap.lijit.com"],
        "storage": [("ljt_reader", "1 year", "third", "cookie")],
    },
    {
        "purpose": "marketing",
        "name": "Facebook Ads",
        "slug": "facebook-ads",
        "description": "Measures visits from adverts on Facebook and Instagram and shows you related adverts there.",
        "privacy_policy_url": META_PRIVACY,
        "hosts": ["connect.facebook.net", "www.facebook.com"],
        "storage": [("_fbp", "3 months", "first", "cookie"), ("fr", "3 months", "third", "cookie")],
    },
    {
        "purpose": "marketing",
        "name": "Amazon Unified Ad Marketplace",
        "slug": "amazon-uam",
        "description": "Amazon's service that runs auctions for our ad space.",
        "privacy_policy_url": AMAZON_PRIVACY,
        "hosts": ["c.amazon-adsystem.com", "aax.amazon-adsystem.com"],
        "storage": [("ad-id", "9 months", "third", "cookie")],
    },
    {
        "purpose": "marketing",
        "name": "AppNexus (Xandr)",
        "slug": "appnexus",
        "description": "An advertising platform that buys and sells ad space.",
        "privacy_policy_url": "https://www.microsoft.com/privacy/privacystatement",
        "hosts": ["acdn.adnxs.com", "ib.adnxs.com"],
        "storage": [("uuid2", "3 months", "third", "cookie")],
    },
    {
        "purpose": "marketing",
        "name": "OpenX",
        "slug": "openx",
        "description": "An advertising exchange that bids for our ad space.",
        "privacy_policy_url": "https://www.openx.com/legal/privacy-policy/",
        "hosts": ["rtb.openx.net"],
        "storage": [("i", "1 year", "third", "cookie")],
    },
    {
        "purpose": "marketing",
        "name": "Rubicon Project (Magnite)",
        "slug": "rubicon",
        "description": "An advertising exchange that bids for our ad space.",
        "privacy_policy_url": "https://www.magnite.com/legal/advertising-technology-privacy-policy/",
        "hosts": ["fastlane.rubiconproject.com"],
        "storage": [("khaos", "1 year", "third", "cookie")],
    },
    {
        "purpose": "marketing",
        "name": "TripleLift",
        "slug": "triplelift",
        "description": "Shows adverts designed to match the look of the page.",
        "privacy_policy_url": "https://triplelift.com/privacy/",
        "hosts": ["tlx.3lift.com"],
        "storage": [("tluid", "3 months", "third", "cookie")],
    },
    {
        "purpose": "marketing",
        "name": "Say Media",
        "slug": "say-media",
        "description": "An advertising network that places adverts on partner sites.",
        "privacy_policy_url": "https://www.saymedia.com/privacy-policy",
        "hosts": ["ads.saymedia.com"],
        "storage": [],
    },
    {
        "purpose": "marketing",
        "name": "Remarketing pixels",
        "slug": "remarketing-pixels",
        "description": "Lets advertisers show you their adverts elsewhere after you visited this site.",
        "privacy_policy_url": GOOGLE_PRIVACY,
        "hosts": ["googleads.g.doubleclick.net"],
        "storage": [],
    },
    {
        "purpose": "marketing",
        "name": "Conversion tracking pixels",
        "slug": "conversion-pixels",
        "description": "Tells advertisers when a visit from their advert led to a sign-up.",
        "privacy_policy_url": GOOGLE_PRIVACY,
        "hosts": ["www.googleadservices.com"],
        "storage": [],
    },
]


def load(*, purpose_model, service_model, storage_model, text_model):
    """Create the default texts, purposes and services that do not exist yet (matched by slug)."""
    if not text_model.objects.exists():
        text_model.objects.create(**TEXTS)
    purposes = {}
    for spec in PURPOSES:
        purposes[spec["slug"]], _ = purpose_model.objects.get_or_create(slug=spec["slug"], defaults=spec)
    for order, spec in enumerate(SERVICES):
        spec = dict(spec)
        storage = spec.pop("storage", [])
        spec["purpose"] = purposes[spec["purpose"]]
        spec["hosts"] = "\n".join(spec.pop("hosts", []))
        spec.setdefault("order", order)
        service, created = service_model.objects.get_or_create(slug=spec["slug"], defaults=spec)
        if created:
            storage_model.objects.bulk_create(
                storage_model(service=service, name_pattern=name, duration=duration, party=party, kind=kind)
                for name, duration, party, kind in storage
            )
