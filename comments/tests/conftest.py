import pytest


@pytest.fixture(autouse=True)
def _no_first_comment_hold(settings):
    # Most tests look at published comments; the tests of the hold turn it back on.
    settings.COMMENTS_HOLD_FIRST = False
