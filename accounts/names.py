"""Neutral public names: what a person is called until they choose, never taken from their e-mail address.

Pure functions only (no models): the data migration that renamed e-mail-derived accounts uses them too.
"""

import secrets

from django.utils.text import slugify

HANDLE_MAX_LENGTH = 40
# Room for "-xxxx" when a handle is taken.
HANDLE_BASE_LENGTH = 30

_ADJECTIVES = (
    "amber autumn brave bright calm clever cosy curious daring eager gentle golden happy hazel honest humble jolly "
    "kind lively lucky mellow merry misty nimble noble patient plucky polite proud quiet rapid rosy rustic shy "
    "silver sleepy snowy sunny swift tidy tranquil valiant vivid warm wise witty young zesty"
).split()
_NOUNS = (
    "badger beacon birch bison brook cedar comet crane dolphin falcon fern finch fox gecko harbour hare heron "
    "ibis kestrel lark lemur lynx maple meadow moth newt orca otter owl panda pebble pine plover puffin quail "
    "raven robin salmon sparrow spruce swan thistle tern walrus willow wren yak"
).split()


def neutral_display_name():
    """Return a display name that says nothing about the person, such as "Reader 4821"."""
    return f"Reader {1000 + secrets.randbelow(9000)}"


def random_handle_base():
    """Return a handle made of random words, such as "quiet-heron-42"."""
    return f"{secrets.choice(_ADJECTIVES)}-{secrets.choice(_NOUNS)}-{10 + secrets.randbelow(90)}"


def handle_base(seed):
    """Return the slug a handle starts from: seed slugified, or random words when seed gives nothing usable."""
    base = slugify(seed or "")[:HANDLE_BASE_LENGTH].strip("-_")
    return base or random_handle_base()


def unique_handle(seed, *, is_taken):
    """Return a handle from seed (random words when empty) for which is_taken(handle) is False."""
    base = handle_base(seed)
    candidate = base
    while is_taken(candidate):
        candidate = f"{base}-{secrets.token_hex(2)}"
    return candidate


def email_local_part(email):
    """Return the part of an e-mail address before the @, lower-cased ("" without an address)."""
    return (email or "").split("@", 1)[0].strip().lower()


def comes_from_email(value, email):
    """Return True when value is the e-mail's local part, as typed or as the slug a handle was once made from."""
    # Handles were once the slugified local part, with "-xxxx" added when taken: "john.smith" became "johnsmith" or
    # "johnsmith-x7k2"; display names were the local part itself.
    local = email_local_part(email)
    value = (value or "").strip().lower()
    if not local or not value:
        return False
    if value == local:
        return True
    slug = slugify(local)[:HANDLE_BASE_LENGTH]
    if not slug:
        return False
    if value == slug:
        return True
    prefix, _, suffix = value.rpartition("-")
    return prefix == slug and len(suffix) == 4 and suffix.isalnum()
