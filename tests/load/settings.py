"""Settings for the load test: the test settings with the per-person comment brakes off.

The load test drives 50 signed-in clients that post as fast as the server answers; the spam pipeline's
rate limit, minimum form age and first-comment hold would refuse most of them, which is not what is measured.
"""

from twitchsite.settings.test import *  # noqa: F403
from twitchsite.settings.test import LOGGING

COMMENTS_RATE_LIMITS = ()
COMMENTS_MIN_SECONDS = 0
COMMENTS_HOLD_FIRST = False
LOGGING["loggers"]["ops.requests"]["level"] = "WARNING"
