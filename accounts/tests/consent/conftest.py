import pytest

from accounts.consent import cookie
from accounts.consent.policy import current_policy


@pytest.fixture
def policy(db):
    """The default policy published by the data migration."""
    return current_policy()


@pytest.fixture
def consent_cookie(client, policy):
    """Return a function that gives the test client a valid consent cookie with the given allowed services."""

    def give(*allowed, version=None, consent_id="11111111-1111-4111-8111-111111111111", **extra):
        decisions = {slug: slug in allowed for slug in policy.optional_slugs}
        value = cookie.encode(consent_id=consent_id, version=version or policy.number, decisions=decisions, **extra)
        client.cookies["twitch_consent"] = value
        return value

    return give


def third_party_sources(csp_header):
    """Return the https:// sources of a CSP header."""
    return {part for part in csp_header.replace(";", " ").split() if part.startswith("https://")}
