from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts and privacy"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # consent: admin screens and the "Download my data" exporter for consent records
        from .consent import admin as _consent_admin  # noqa: F401
        from .consent import checks as _consent_checks  # noqa: F401
        from .consent.privacy import export_consent_records
        from .registry import register_exporter

        register_exporter("consent_records", export_consent_records)
