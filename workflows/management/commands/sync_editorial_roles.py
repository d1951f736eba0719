from django.core.management.base import BaseCommand

from workflows.roles import sync_editorial_roles


class Command(BaseCommand):
    help = (
        "Bring the editor, regional-network and reviewer groups, their page and collection "
        "permissions and the AgII review workflow up to date (also runs after load_municipalities)."
    )

    def handle(self, *args, **options):
        counts = sync_editorial_roles()
        self.stdout.write(", ".join(f"{value} {what}" for what, value in counts.items()))
