from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, database_backup, media_backup


class Command(BaseCommand):
    help = "Back up the database (and with --media the media folder) into a directory."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="Where to write db.sqlite3 or db.dump (and media.tar.gz)")
        parser.add_argument("--media", action="store_true", help="Also back up MEDIA_ROOT as media.tar.gz")
        parser.add_argument("--database", default="default")

    def handle(self, *args, directory, media, database, **options):
        try:
            written = [database_backup(target_dir=directory, database=database)]
            if media:
                written.append(media_backup(target_dir=directory))
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        for path in written:
            self.stdout.write(f"Wrote {path}")
