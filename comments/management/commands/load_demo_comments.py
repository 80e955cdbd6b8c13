from django.core.management.base import BaseCommand

from comments.demo import demo_comments_load


class Command(BaseCommand):
    help = "Add a demo conversation under the muscle-twitching demo article; running it again adds nothing."

    def handle(self, *args, **options):
        created = demo_comments_load()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Created {created} demo comments."))
        else:
            self.stdout.write("Demo comments already there (or the demo article is missing): nothing to do.")
