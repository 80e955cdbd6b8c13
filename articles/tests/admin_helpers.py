"""Helpers for driving the article admin through the test client like a browser would."""

from importlib import import_module

import reversion
from django.contrib.auth.models import Group, Permission
from django.forms import SplitDateTimeWidget

from accounts.tests.factories import UserFactory

_groups = import_module("articles.migrations.0003_author_groups")
_picture_perms = import_module("articles.migrations.0005_picture_permissions").PICTURE_PERMS


def ensure_groups():
    """Give the Authors and Editors groups their permissions again (transactional tests flush migration rows)."""
    for name, codenames in (
        ("Authors", _groups.AUTHOR_PERMS + _picture_perms),
        ("Editors", _groups.EDITOR_PERMS + _picture_perms),
    ):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="articles", codename__in=codenames))


def editor(**kwargs):
    ensure_groups()
    user = UserFactory(is_staff=True, **kwargs)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def _put(data, form, name):
    field = form.fields[name]
    key = form.add_prefix(name)
    value = form[name].value()
    if isinstance(field.widget, SplitDateTimeWidget):
        value = field.widget.decompress(value) if not isinstance(value, list) else value
        for index, part in enumerate(value):
            data[f"{key}_{index}"] = "" if part is None else str(part)
        return
    if isinstance(value, bool):
        if value:
            data[key] = "on"
        return
    data[key] = "" if value is None else str(value)


def form_data(response):
    """Return the POST data a browser would send for the admin change form in response, unchanged."""
    data = {}
    form = response.context["adminform"].form
    for name in form.fields:
        _put(data, form, name)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        forms = formset.initial_forms  # leave out the empty extra forms
        management = formset.management_form
        for name in management.fields:
            _put(data, management, name)
        data[management.add_prefix("TOTAL_FORMS")] = str(len(forms))
        for sub in forms:
            for name in sub.fields:
                _put(data, sub, name)
    return data


def section_key(index, name):
    return f"sections-{index}-{name}"


def add_revisions(article, count, *, user=None):
    """Record count revisions of the article, each changing its title and first section."""
    for number in range(count):
        with reversion.create_revision():
            article.title = f"{article.title.split(' v')[0]} v{number}"
            article.save()
            section = article.sections.first()
            if section is not None:
                section.body = f"{section.body} more{number}"
                section.save()
            reversion.set_user(user or article.author)
            reversion.set_comment(f"edit {number}")
