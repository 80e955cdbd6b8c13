from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Operations: health check, outage page, request log, backup and restore.

    An app rather than modules in twitchsite/ because management commands (backup_db, restore_db) and
    templates need an installed app; twitchsite/ stays wiring only. It depends on no other app of ours.
    """

    name = "ops"
    verbose_name = "operations"
    default_auto_field = "django.db.models.BigAutoField"
