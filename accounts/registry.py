"""Hooks through which upper apps (articles, comments) add their part to account features.

accounts is the ground floor and imports neither articles nor comments; those apps register
callables here from their AppConfig.ready(), so every import still points down.
"""

from dataclasses import dataclass, field


@dataclass
class _Registry:
    # name -> callable(user) -> JSON-serialisable data for "Download my data"
    exporters: dict = field(default_factory=dict)
    # name -> callable(user, placeholder) run inside the erasure transaction (accounts.privacy.user_erase).
    # placeholder is the shared "Former author" account: give it what must stay attributed (articles);
    # things that should show "Deleted user" (comments) must drop their link to the person instead.
    erasers: dict = field(default_factory=dict)
    # list of (order, template_name, callable(profile_user, viewer) -> context dict) for the public profile
    profile_sections: list = field(default_factory=list)
    # name -> (label, callable() -> query expression counting things per user) for the admin's user list
    user_counts: dict = field(default_factory=dict)
    # callables(user) run after a user's public profile (name, handle, picture, location) changed and committed
    profile_listeners: list = field(default_factory=list)
    # list of (order, template_name, callable(user) -> context dict) for the signed-in user's settings page
    settings_sections: list = field(default_factory=list)


registry = _Registry()


def register_exporter(name, func):
    registry.exporters[name] = func


def register_eraser(name, func):
    registry.erasers[name] = func


def register_profile_section(*, order, template_name, context):
    registry.profile_sections.append((order, template_name, context))
    registry.profile_sections.sort(key=lambda item: item[0])


def register_settings_section(*, order, template_name, context):
    """Add a section to the settings page: template_name rendered with context(user), which runs the queries."""
    registry.settings_sections.append((order, template_name, context))
    registry.settings_sections.sort(key=lambda item: item[0])


def register_user_count(name, *, label, expression):
    """Add a count column to the admin's user list; expression() returns e.g. Count("comments", distinct=True)."""
    registry.user_counts[name] = (label, expression)


def register_profile_listener(func):
    """Call func(user) after a change to what others see of the user (name, handle, picture, location) is committed."""
    if func not in registry.profile_listeners:
        registry.profile_listeners.append(func)


def profile_changed(user):
    """Tell the upper apps that user's public profile changed (call after the commit)."""
    for func in registry.profile_listeners:
        func(user)
