"""Settings shared by every environment; values come from the environment (django-environ)."""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A local .env (never committed) may hold the variables listed in .env.example.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-insecure-key-change-me")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
# A refused form (expired page, blocked cookies) gets the site's own page saying why, not Django's stock one.
CSRF_FAILURE_VIEW = "accounts.csrf.csrf_failure"

SITE_ID = 1
SITE_NAME = env("DJANGO_SITE_NAME", default="Twitchsite")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",
    # third party
    "crispy_forms",
    "crispy_bootstrap5",
    "reversion",
    "imagekit",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.google",
    "allauth.socialaccount.providers.facebook",
    "allauth.usersessions",  # accounts: tracks sessions so "sign out everywhere" can end them
    # ours: accounts is the ground floor, articles builds on it, comments on both
    "accounts",
    "articles",
    "comments",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",  # accounts
    # consent: request.consent, the CSP nonce and the Content-Security-Policy header (after auth: reads request.user)
    "accounts.consent.middleware.ConsentMiddleware",
]

ROOT_URLCONF = "twitchsite.urls"
WSGI_APPLICATION = "twitchsite.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        # APP_DIRS is off because "loaders" is set; the cached loader is on in every environment
        # except dev (see dev.py), which needs edits to show up without a restart.
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "articles.context_processors.navigation",
                # consent: csp_nonce and consent
                "accounts.consent.middleware.consent_context",
            ],
            "loaders": [
                (
                    "django.template.loaders.cached.Loader",
                    [
                        "django.template.loaders.filesystem.Loader",
                        "django.template.loaders.app_directories.Loader",
                    ],
                )
            ],
        },
    },
    {
        # Only for the comment list of the article page (comments_tags.comment_list): hundreds of comments per page,
        # which Jinja2 renders several times faster. Everything else is in Django's template language, above.
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "NAME": "jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {"autoescape": True},
    },
]

# Database: SQLite in WAL mode with IMMEDIATE transactions by default; PostgreSQL through DATABASE_URL.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            # IMMEDIATE takes the write lock at BEGIN, so concurrent writers queue instead of failing
            # with "database is locked" when a read transaction tries to upgrade.
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": (
                "PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;PRAGMA foreign_keys=ON;PRAGMA busy_timeout=20000;"
            ),
        }
    )
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASES["default"]["ATOMIC_REQUESTS"] = False

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://twitchsite")}

EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DJANGO_DEFAULT_FROM_EMAIL", default="Twitchsite <no-reply@twitchsite.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# django-allauth: email is the login identifier and must be verified.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_LOGOUT_ON_GET = False
SOCIALACCOUNT_PROVIDERS = {}

# accounts: allauth's default rate limits hold (login_failed: 5 per 5 minutes per account, 10 per minute per IP);
# they are counted in the default cache, which must be shared by every worker in production (Redis or Memcached).
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
SOCIALACCOUNT_ADAPTER = "accounts.adapters.SocialAccountAdapter"
# allauth's pages and messages ("Signed in as ...") would name people by their user name; use the public name.
ACCOUNT_USER_DISPLAY = "accounts.adapters.user_display"
ACCOUNT_FORMS = {
    "login": "accounts.forms.LoginForm",
    "signup": "accounts.forms.SignupForm",
    "change_password": "accounts.forms.ChangePasswordForm",
}
ACCOUNT_CHANGE_EMAIL = True  # one address at a time; a new one is verified before it replaces the old
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_NOTIFICATIONS = True  # tell the user by e-mail when their password or address changes
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_PRESERVE_USERNAME_CASING = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False  # never log into an existing account just because a provider says so
SOCIALACCOUNT_STORE_TOKENS = False
USERSESSIONS_TRACK_ACTIVITY = False
ACCOUNTS_AVATAR_MAX_BYTES = env.int("DJANGO_ACCOUNTS_AVATAR_MAX_BYTES", default=2 * 1024 * 1024)
ACCOUNTS_AVATAR_SIZE = 256
ACCOUNTS_HANDLE_CHANGE_DAYS = 30

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 31536000

# articles: pictures (articles/pictures/). Uploads are checked and re-encoded; renditions are made once by
# django-imagekit when a picture is uploaded or replaced, and their names recorded on the picture.
PICTURES_MAX_UPLOAD_BYTES = env.int("DJANGO_PICTURES_MAX_UPLOAD_BYTES", default=20 * 1024 * 1024)
PICTURES_MAX_PIXELS = env.int("DJANGO_PICTURES_MAX_PIXELS", default=50_000_000)
PICTURES_MASTER_EDGE = 1600  # the widest rendition: the stored master is scaled down to it
IMAGEKIT_CACHEFILE_DIR = "renditions"
IMAGEKIT_SPEC_CACHEFILE_NAMER = "imagekit.cachefiles.namers.source_name_dot_hash"
# Renditions are made on upload, never while a page renders: no existence checks on the reader's path.
IMAGEKIT_DEFAULT_CACHEFILE_STRATEGY = "imagekit.cachefiles.strategies.Optimistic"
# Rendition and picture files never change under one name (both carry a hash), so caches may keep them a year.
MEDIA_MAX_AGE = 31536000

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# Articles
ARTICLES_PER_PAGE = env.int("DJANGO_ARTICLES_PER_PAGE", default=12)
HISTORY_PER_PAGE = 25
# Addresses per sitemap page (the protocol allows 50,000); /sitemap.xml is an index of the pages.
SITEMAP_PAGE_SIZE = env.int("DJANGO_SITEMAP_PAGE_SIZE", default=50_000)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# comments: see comments/conf.py for every setting and its default; these come from the environment.
# The address the site is served on, starting every link in e-mails; `make run` sets it from HOST and PORT.
COMMENTS_SITE_URL = env("DJANGO_SITE_URL", default="http://127.0.0.1:8000")
COMMENTS_AKISMET_KEY = env("COMMENTS_AKISMET_KEY", default="")
COMMENTS_HOLD_FIRST = env.bool("COMMENTS_HOLD_FIRST", default=True)
COMMENTS_CLOSE_AFTER_DAYS = env.int("COMMENTS_CLOSE_AFTER_DAYS", default=None)
# consent: cookie and consent settings (README "Consent and cookies")
CONSENT_MAX_AGE_DAYS = env.int("DJANGO_CONSENT_MAX_AGE_DAYS", default=182)  # at most 395 (13 months)
CONSENT_RECORD_RETENTION_DAYS = env.int("DJANGO_CONSENT_RECORD_RETENTION_DAYS", default=3 * 365)
CONSENT_REGION_MODE = env("DJANGO_CONSENT_REGION_MODE", default="everyone")  # "everyone" or "eea"
CONSENT_COUNTRY_HEADER = env("DJANGO_CONSENT_COUNTRY_HEADER", default="")  # e.g. CF-IPCountry
CONSENT_COOKIE_NAME = "twitch_consent"

# bench: performance and scale-out (issue 6). Every switch is an environment variable; docs/deploy.md explains them.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env.bool("DJANGO_DB_POOL", default=False):
    # psycopg 3's connection pool replaces persistent connections (Django refuses both at once).
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env.int("DJANGO_DB_POOL_MIN_SIZE", default=2),
        "max_size": env.int("DJANGO_DB_POOL_MAX_SIZE", default=8),
        "timeout": env.int("DJANGO_DB_POOL_TIMEOUT", default=10),
    }
if env("DATABASE_REPLICA_URL", default=""):
    # A read replica: reads go there, writes (and reads inside a write transaction) to the primary.
    DATABASES["replica"] = env.db("DATABASE_REPLICA_URL")
    for _key in ("CONN_MAX_AGE", "CONN_HEALTH_CHECKS", "ATOMIC_REQUESTS", "OPTIONS"):
        DATABASES["replica"][_key] = DATABASES["default"].get(_key, {} if _key == "OPTIONS" else None)
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["twitchsite.db_router.PrimaryReplicaRouter"]
# "django.contrib.sessions.backends.cached_db" keeps sessions in Redis with the database behind it.
SESSION_ENGINE = env("DJANGO_SESSION_ENGINE", default="django.contrib.sessions.backends.db")
# HTML, feeds and JSON gzipped for browsers that accept it (a page with a full comment page is 200 kB, 25 kB gzipped).
# Whitenoise serves static files already compressed; pages from the page cache arrive compressed (articles/page_gzip)
# and are left alone. Django adds random padding against BREACH, and CSRF tokens are masked per response.
MIDDLEWARE.insert(
    MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1, "ops.media.CompressibleGZipMiddleware"
)
# Whole-page cache for anonymous visitors (articles/page_cache.py); off only to measure or debug.
PAGE_CACHE_ENABLED = env.bool("DJANGO_PAGE_CACHE", default=True)
PAGE_CACHE_TIMEOUT = env.int("DJANGO_PAGE_CACHE_TIMEOUT", default=3600)
# A request header that skips the page cache; None (the default) everywhere but the benchmark settings.
PAGE_CACHE_BYPASS_HEADER = None
# /bench/minimal/ exists only when this is on (bench/settings.py): the benchmark's baseline view.
BENCH_MINIMAL_VIEW = False
# Static files behind a CDN: set the CDN's address ending in /static/ (the CDN pulls from whitenoise at /static/).
STATIC_URL = env("DJANGO_STATIC_URL", default=STATIC_URL)
# Media (profile pictures) on S3-compatible storage when a bucket is configured; local files otherwise.
if env("DJANGO_AWS_STORAGE_BUCKET_NAME", default=""):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("DJANGO_AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("DJANGO_AWS_S3_ENDPOINT_URL", default=None),
            "region_name": env("DJANGO_AWS_S3_REGION_NAME", default=None),
            "access_key": env("DJANGO_AWS_ACCESS_KEY_ID", default=None),
            "secret_key": env("DJANGO_AWS_SECRET_ACCESS_KEY", default=None),
            "custom_domain": env("DJANGO_AWS_S3_CUSTOM_DOMAIN", default=None),
            "location": env("DJANGO_AWS_LOCATION", default="media"),
            # Profile pictures are public; random file names (accounts.models) keep them unguessable enough.
            "querystring_auth": env.bool("DJANGO_AWS_QUERYSTRING_AUTH", default=False),
            "default_acl": None,
            "file_overwrite": False,
            # Every stored name carries a hash or a random part: browsers and CDNs may keep a file for a year.
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
# Where pictures are fetched from when they are not on this host (S3 or its CDN): allowed in img-src.
_media_domain = env("DJANGO_AWS_S3_CUSTOM_DOMAIN", default="")
MEDIA_ORIGIN = env("DJANGO_MEDIA_ORIGIN", default=f"https://{_media_domain}" if _media_domain else "")
# Background tasks (Django's tasks API through the django-tasks backport). Immediate by default: tasks run in the
# request, as in dev and tests. Production sets DJANGO_TASKS_BACKEND=django_tasks_db.DatabaseBackend and runs
# `manage.py db_worker`; e-mail is then sent by the worker (twitchsite/email.py).
INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
TASKS = {
    "default": {"BACKEND": env("DJANGO_TASKS_BACKEND", default="django_tasks.backends.immediate.ImmediateBackend")}
}
if env("DJANGO_TASKS_BACKEND", default="") and env.bool("DJANGO_EMAIL_IN_BACKGROUND", default=True):
    TASKS_EMAIL_BACKEND = EMAIL_CONFIG["EMAIL_BACKEND"]  # the real backend, from EMAIL_URL
    EMAIL_BACKEND = "twitchsite.email.TaskEmailBackend"
# bench: end
# ops: operations app (health check, outage page, request log, backup). The request log is outermost so it sees
# the final status and the whole duration; the outage page sits just inside SecurityMiddleware so a 503 keeps
# the security headers.
INSTALLED_APPS.append("ops")
MIDDLEWARE.insert(0, "ops.middleware.RequestLogMiddleware")
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1, "ops.middleware.OutageMiddleware"
)
# Load balancers probe /healthz over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
LOGGING["formatters"] = {"json": {"()": "ops.logging.JsonFormatter"}}
LOGGING["handlers"]["requests"] = {"class": "logging.StreamHandler", "formatter": "json"}
LOGGING["loggers"] = {
    # One JSON line per request (no IP, e-mail or cookies); DJANGO_REQUEST_LOG_LEVEL=WARNING silences it.
    "ops.requests": {
        "handlers": ["requests"],
        "level": env("DJANGO_REQUEST_LOG_LEVEL", default="INFO"),
        "propagate": False,
    },
}
