"""System checks for the consent settings, so a wrong value fails at start-up rather than on a page view."""

from django.core.checks import Error, register
from django.core.exceptions import ImproperlyConfigured

from . import conf


@register()
def consent_settings(app_configs, **kwargs):
    errors = []
    for getter in (conf.max_age_days, conf.region_mode):
        try:
            getter()
        except ImproperlyConfigured as exc:
            errors.append(Error(str(exc), id="consent.E001"))
    return errors
