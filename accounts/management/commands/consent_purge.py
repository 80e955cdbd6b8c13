from django.core.management.base import BaseCommand

from accounts.consent import conf
from accounts.consent.services import records_purge


class Command(BaseCommand):
    help = "Delete consent records older than CONSENT_RECORD_RETENTION_DAYS (default three years)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override the retention period in days.")

    def handle(self, *args, days, **options):
        deleted = records_purge(older_than_days=days)
        self.stdout.write(
            f"Deleted {deleted} consent record(s) older than {conf.retention_days() if days is None else days} days."
        )
