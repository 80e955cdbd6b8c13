"""Hooks through which upper apps (articles, comments) add their part to account features.

accounts is the ground floor and imports neither articles nor comments; those apps register
callables here from their AppConfig.ready(), so every import still points down.
"""

from dataclasses import dataclass, field


@dataclass
class _Registry:
    # name -> callable(user) -> JSON-serialisable data for "Download my data"
    exporters: dict = field(default_factory=dict)
    # name -> callable(user, placeholder) run inside the erasure transaction
    erasers: dict = field(default_factory=dict)
    # list of (order, template_name, callable(profile_user, viewer) -> context dict) for the public profile
    profile_sections: list = field(default_factory=list)


registry = _Registry()


def register_exporter(name, func):
    registry.exporters[name] = func


def register_eraser(name, func):
    registry.erasers[name] = func


def register_profile_section(*, order, template_name, context):
    registry.profile_sections.append((order, template_name, context))
    registry.profile_sections.sort(key=lambda item: item[0])
