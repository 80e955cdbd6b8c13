from django.core.management.base import BaseCommand

from accounts.consent.stats import rollup


class Command(BaseCommand):
    help = "Build the daily consent statistics (banners shown, answers, acceptance per purpose and service)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=2, help="How many days back, today included (default 2).")

    def handle(self, *args, days, **options):
        rows = rollup(days=days)
        self.stdout.write(f"Rolled up {len(rows)} day and policy version row(s).")
