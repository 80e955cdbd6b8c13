"""manage.py load_demo: add the demo authors and articles; a second run adds nothing."""

from django.core.management.base import BaseCommand

from articles.demo import demo_load


class Command(BaseCommand):
    help = "Create the demo authors and articles (with edit history) that do not exist yet."

    def handle(self, *args, **options):
        result = demo_load()
        if result.articles_created or result.authors_created:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo content: created {len(result.authors_created)} authors and "
                    f"{len(result.articles_created)} articles."
                )
            )
        if result.articles_skipped:
            self.stdout.write(f"Demo content: {len(result.articles_skipped)} articles already exist, left unchanged.")
