from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, database_restore, media_restore


class Command(BaseCommand):
    help = "Replace the database (and with --media the media folder) with a backup made by backup_db."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="A directory written by backup_db")
        parser.add_argument("--media", action="store_true", help="Also restore MEDIA_ROOT from media.tar.gz")
        parser.add_argument("--database", default="default")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive")

    def handle(self, *args, directory, media, database, interactive, **options):
        if interactive:
            answer = input("This replaces the current data with the backup. Type 'yes' to continue: ")
            if answer != "yes":
                raise CommandError("Restore cancelled.")
        try:
            restored = [database_restore(source_dir=directory, database=database)]
            if media:
                restored.append(media_restore(source_dir=directory))
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        for path in restored:
            self.stdout.write(f"Restored {path}")
