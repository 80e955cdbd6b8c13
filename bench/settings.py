"""Settings for `make bench`: the production settings plus the few switches only the benchmark may turn on.

Every difference from production is listed here, so a reader of bench/RESULTS.md knows what was measured.
"""

from twitchsite.settings.production import *  # noqa: F403
from twitchsite.settings.production import env

# The benchmark talks plain HTTP to 127.0.0.1; a redirect to HTTPS would measure nothing.
SECURE_SSL_REDIRECT = False
# The baseline: a tiny view behind the same middleware (twitchsite/urls.py wires /bench/minimal/).
BENCH_MINIMAL_VIEW = True
# Requests carrying "X-Bench-Nocache: 1" skip the fragment cache: the uncached article page, same server, same run.
PAGE_CACHE_BYPASS_HEADER = "HTTP_X_BENCH_NOCACHE"
# Comment posting is measured with one bench user posting as fast as wrk can: the spam timing, the rate limit and the
# first-comment hold would refuse or hold every post after the first. Everything else in the pipeline still runs.
COMMENTS_MIN_SECONDS = 0
COMMENTS_RATE_LIMITS = ()
COMMENTS_HOLD_FIRST = False
COMMENTS_AKISMET_KEY = ""
# run.py collects the static files (and the saved article page) into a temporary folder.
STATIC_ROOT = env.path("BENCH_STATIC_ROOT", default=str(BASE_DIR / "bench" / "work" / "static"))  # noqa: F405
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "ERROR"},
}
